import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, shown } from '../../src/config/url-state.ts';
import { dayFromDate } from '../../src/data/day.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { baseState, FIRST, LAST } from './app-state-fixture.ts';
import { GROUPS } from './dataset-fixture.ts';

const JERMUK = '2022-09-13-jermuk-armenia-mod';
const ctx = {
  first: FIRST,
  last: LAST,
  hasIncident: (id: string) => id === JERMUK,
  stories: ['two-days'],
  defaultLang: 'en' as const,
  groups: GROUPS,
};
const page = { embed: false, childId: null };
const parse = (search: string) => parseUrlState(search, ctx);

describe('parseUrlState', () => {
  it('reads an "as of" date', () => {
    const { state, warnings } = parse('?date=2022-09-13');
    expect(state).toEqual({ mode: 'asof', from: FIRST, to: dayFromDate('2022-09-13') });
    expect(warnings).toEqual([]);
  });
  it('reads a range, layers, sides, a map view, a claim, a story step, a language and the embed options', () => {
    const { state, options, warnings } = parse(
      '?embed&lang=hy&from=2022-09-12&to=2022-09-14&layers=incidents,regions&sides=armenia&map=8/40.1/45.9&incident=2022-09-13-jermuk-armenia-mod&story=two-days&step=3&childId=map-1',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      mode: 'range',
      from: dayFromDate('2022-09-12'),
      to: dayFromDate('2022-09-14'),
      layers: new Set(['incidents', 'regions']),
      sides: new Set(['armenia']),
      view: { zoom: 8, lat: 40.1, lng: 45.9 },
      selected: JERMUK,
      story: { id: 'two-days', step: 2 },
      lang: 'hy',
    });
    expect(options).toEqual({ embed: true, childId: 'map-1', data: [] });
  });
  it('clamps dates to the data period, and says so', () => {
    const { state, warnings } = parse('?date=2030-01-01');
    expect(state.to).toBe(LAST);
    expect(warnings.join('\n')).toMatch(/"date": 2030-01-01 is outside the data \(2022-08-01 to 2022-09-30\); 2022-09-30 is used/);
  });
  it('ignores malformed parameters with a warning naming each, and keeps the rest', () => {
    const { state, warnings } = parse('?date=13-09-2022&layers=incidents,bogus&map=abc&incident=<script>&from=2022-09-14');
    expect(state.mode).toBeUndefined();
    expect([...(state.layers ?? [])]).toEqual(['incidents']);
    expect(state.view).toBeUndefined();
    expect(state.selected).toBeUndefined();
    const text = warnings.join('\n');
    for (const name of ['"date"', '"bogus"', '"map"', '"incident"', '"from" and "to"']) expect(text).toContain(name);
  });
  it('rejects a reversed range and an unknown claim', () => {
    const { state, warnings } = parse('?from=2022-09-14&to=2022-09-12&incident=no-such-id');
    expect(state).toEqual({});
    expect(warnings).toHaveLength(2);
  });
  it('reads a map view only in plain decimals: no empty parts, no hex, no exponent, nothing out of range', () => {
    for (const bad of [
      '//',
      '0x10/40/45',
      '1e1/40/45',
      '8/40',
      '8/40/45/1',
      '23/40/45',
      '8/86/45',
      '8/40/181',
      'NaN/1/2',
      'Infinity/1/2',
      '8/ 40/45',
    ]) {
      const { state, warnings } = parse(`?map=${encodeURIComponent(bad)}`);
      expect(state.view, bad).toBeUndefined();
      expect(warnings.join('\n'), bad).toMatch(/"map"/);
    }
    expect(parse('?map=7.5/-40.05/45.9').state.view).toEqual({ zoom: 7.5, lat: -40.05, lng: 45.9 });
  });
  it('looks stories up among its own names only: toString, constructor and __proto__ are not stories', () => {
    for (const name of ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty']) {
      const { state, warnings } = parse(`?story=${name}`);
      expect(state.story, name).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/"story": no story/);
    }
  });
  it('warns about a step that is not a number from 1, and about a step without a story', () => {
    expect(parse('?story=two-days&step=0').state.story).toEqual({ id: 'two-days', step: 0 });
    expect(parse('?story=two-days&step=0').warnings.join()).toMatch(/"step"/);
    expect(parse('?story=two-days&step=-1').warnings.join()).toMatch(/"step"/);
    expect(parse('?story=two-days&step=1e3').warnings.join()).toMatch(/"step"/);
    expect(parse('?step=2').warnings.join()).toMatch(/"step": needs "story"/);
  });
  it('warns about unknown and repeated parameters, and a childId that could forge a pym.js message', () => {
    const { state, options, warnings } = parse('?date=2022-09-13&date=2022-09-01&foo=1&embed&childId=claimlinexPYMxheightxPYMx19999');
    expect(state.to).toBe(dayFromDate('2022-09-13'));
    expect(options.childId).toBeNull();
    const text = warnings.join('\n');
    expect(text).toMatch(/"date": given 2 times; the first is used/);
    expect(text).toMatch(/"foo": unknown/);
    expect(text).toMatch(/"childId"/);
  });
  it('cuts long values and escapes invisible and right-to-left characters in warnings', () => {
    const long = 'x'.repeat(10_000);
    const { warnings } = parse(`?lang=${long}&incident=${encodeURIComponent('\u202Eevil')}`);
    expect(warnings.every((w) => w.length < 200)).toBe(true);
    expect(warnings.join('\n')).toContain('\\u202e');
    expect(shown('a'.repeat(50))).toBe(`"${'a'.repeat(40)}…"`);
  });
});

describe('serializeUrlState', () => {
  it('round-trips every parameter through parseUrlState', () => {
    const state: AppState = baseState({
      mode: 'range',
      from: dayFromDate('2022-09-12'),
      layers: new Set(['incidents'] as const),
      sides: new Set(['azerbaijan', 'third_party'] as const),
      selected: JERMUK,
      view: { lng: 45.9, lat: 40.1, zoom: 8 },
      story: { id: 'two-days', step: 4 },
      lang: 'ru',
    });
    const options = { embed: true, childId: 'story-map', data: ['events.csv', 'https://data.example/a b.json?x=1&y=2'] };
    const search = serializeUrlState(state, options, ctx);
    expect(search).toBe(
      '?embed&data=events.csv&data=https%3A//data.example/a%20b.json%3Fx%3D1%26y%3D2&lang=ru&from=2022-09-12&to=2022-09-13&layers=incidents&sides=azerbaijan,third_party&map=8.00/40.1000/45.9000&incident=2022-09-13-jermuk-armenia-mod&story=two-days&step=5&childId=story-map',
    );
    const back = parseUrlState(search, ctx);
    expect(back.warnings).toEqual([]);
    expect(back.options).toEqual(options);
    expect({ ...state, ...back.state }).toEqual(state);
  });
  it('writes the sides and layers only when some are hidden, and reads an empty set back as empty', () => {
    expect(serializeUrlState(baseState(), page, ctx)).toBe('?date=2022-09-13');
    const search = serializeUrlState(baseState({ sides: new Set(['third_party', 'armenia'] as const) }), page, ctx);
    expect(search).toBe('?date=2022-09-13&sides=armenia,third_party');
    expect(parse('?sides=').state.sides?.size).toBe(0);
  });
  it('drops an unknown claimant side with a warning and keeps the known ones; only unknown ones: ignored', () => {
    const { state, warnings } = parse('?sides=armenia,martians');
    expect([...(state.sides ?? [])]).toEqual(['armenia']);
    expect(warnings.join('\n')).toMatch(/"sides".*"martians"/);
    expect(parse('?sides=martians').state.sides).toBeUndefined();
  });
  it('names the language only when it is not the reader’s default, or always when asked to', () => {
    expect(serializeUrlState(baseState({ lang: 'en' }), page, ctx)).not.toMatch(/lang/);
    expect(serializeUrlState(baseState({ lang: 'az' }), page, ctx)).toMatch(/lang=az/);
    expect(serializeUrlState(baseState({ lang: 'az' }), page, { defaultLang: 'az' })).not.toMatch(/lang/);
    expect(serializeUrlState(baseState({ lang: 'en' }), page, { defaultLang: null })).toMatch(/lang=en/);
  });
  it('passes on nothing it did not parse: hostile names and values never reach the URL it writes', () => {
    const { state, options } = parse('?date=2022-09-13&x=%22%3E%3Csvg%20onload%3Dalert(1)%3E&lang=javascript:alert(1)');
    expect(serializeUrlState(baseState(state), options, ctx)).toBe('?date=2022-09-13');
  });
});
