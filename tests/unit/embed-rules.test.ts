/** The rules the embed page and the loader share: which childId is usable, what counts as a size. */
import { describe, expect, it } from 'vitest';
import { isValidChildId, parseChildId } from '../../src/embed/child-id.ts';
import { MAX_HEIGHT, MIN_HEIGHT, parseHeight, parseWidth } from '../../src/embed/pym-size.ts';

const INJECTED = 'claimlinexPYMxheightxPYMx19999';

describe('parseChildId', () => {
  it('keeps a plain id, and uses "claimline" when there is none', () => {
    expect(parseChildId('story-map')).toEqual({ id: 'story-map', warning: null });
    expect(parseChildId('A_1-b')).toEqual({ id: 'A_1-b', warning: null });
    expect(parseChildId('x'.repeat(64))).toEqual({ id: 'x'.repeat(64), warning: null });
    expect(parseChildId(null)).toEqual({ id: 'claimline', warning: null });
  });

  it.each([
    ['the pym separator (a forged height)', INJECTED],
    ['the separator in another case', 'aXpYmXb'],
    ['the separator alone', 'xPYMx'],
    ['an empty value', ''],
    ['65 characters', 'x'.repeat(65)],
    ['a space', 'story map'],
    ['a dot', 'story.map'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a line break', 'a\nb'],
    ['a non-ASCII letter', 'kärta'],
  ])('falls back to "claimline" with a warning for %s', (_, value) => {
    const { id, warning } = parseChildId(value);
    expect(id).toBe('claimline');
    expect(warning).toContain('childId');
    expect(isValidChildId(value)).toBe(false);
  });

  it('shows at most about 40 characters of the value in the warning', () => {
    const value = `${'a'.repeat(40)}xPYMx${'b'.repeat(1000)}`;
    const { warning } = parseChildId(value);
    expect(warning).toContain('a'.repeat(40));
    expect(warning).not.toContain('xPYMxb');
    expect(warning?.length).toBeLessThan(250);
  });
});

describe('pym message sizes', () => {
  it('a height is a plain decimal integer from 50 to 10000', () => {
    expect([MIN_HEIGHT, MAX_HEIGHT]).toEqual([50, 10_000]);
    expect(parseHeight('812')).toBe(812);
    expect(parseHeight('50')).toBe(50);
    expect(parseHeight('10000')).toBe(10_000);
  });

  it.each([
    '777px',
    '1.5e3',
    '8.12e2',
    'Infinity',
    '-Infinity',
    'NaN',
    '-5',
    '0',
    '49',
    '10001',
    '99999',
    '19999',
    ' 812',
    '812 ',
    '0x300',
    '+812',
    '812.0',
    '',
    '１２３',
  ])('rejects the height %j', (value) => {
    expect(parseHeight(value)).toBeNull();
  });

  it.each([812, null, undefined, {}, ['812']])('rejects the non-string height %j', (value) => {
    expect(parseHeight(value)).toBeNull();
  });

  it('a width is a plain decimal integer from 1 to 99999', () => {
    expect(parseWidth('640')).toBe(640);
    expect(parseWidth('1')).toBe(1);
    expect(parseWidth('99999')).toBe(99_999);
    for (const value of ['0', '-1', '640px', '6.4e2', 'Infinity', 'NaN', '100000', '', ' 640', 640]) expect(parseWidth(value)).toBeNull();
  });
});
