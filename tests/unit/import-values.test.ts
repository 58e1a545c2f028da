import { describe, expect, it } from 'vitest';
import { httpUrl, parseCount, parseLatLon, parseNumber } from '../../src/data/import/values';

describe('httpUrl', () => {
  it('keeps http(s) URLs, trimmed', () => {
    expect(httpUrl(' https://example.org/a?b=1#c ')).toBe('https://example.org/a?b=1#c');
    expect(httpUrl('HTTP://example.org')).toBe('HTTP://example.org');
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.org/file',
    '//example.org/x',
    '/relative/path',
    'example.org',
    'https://',
    'https://exa mple.org',
    'https://example.org/\u0000x',
    'Reuters, 2 November',
    '',
  ])('rejects %j', (text) => {
    expect(httpUrl(text)).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    [' -3.5 ', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['1e3', 1000],
    ['40,5', 40.5],
    ['-0,5', -0.5],
    ['\u22123.5', -3.5],
  ])('%j -> %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
  it.each(['', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', '1,234', '1.2.3', '12 km', 'twelve'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['12.0', 12],
    ['1,234', 1234],
    ['1 234', 1234],
    ['+3', 3],
  ])('%j -> %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
  it.each(['', '-1', '2.5', 'NaN', 'Infinity', '12a', '1,23', '99999999999999999999'])('rejects %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('parseLatLon', () => {
  it('reads strings and numbers', () => {
    expect(parseLatLon('40.5', '45.25')).toEqual({ lat: 40.5, lon: 45.25 });
    expect(parseLatLon(-90, 180)).toEqual({ lat: -90, lon: 180 });
    expect(parseLatLon('40,5', '45,25')).toEqual({ lat: 40.5, lon: 45.25 });
    // Ambiguous as a number, but only a decimal comma makes sense in a coordinate.
    expect(parseLatLon('40,123', '45,250')).toEqual({ lat: 40.123, lon: 45.25 });
  });
  it.each([
    ['', ''],
    ['40', ''],
    ['91', '10'],
    ['10', '181'],
    ['NaN', '1'],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ] as [string | number, string | number][])('rejects %j, %j', (lat, lon) => {
    expect(parseLatLon(lat, lon)).toBeNull();
  });
});
