import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/config/url-state.ts';
import { dayFromDate } from '../../src/data/day.ts';
import { LAYER_IDS, SIDES, type AppState } from '../../src/state/app-state.ts';

const first = dayFromDate('2022-08-01');
const last = dayFromDate('2022-09-30');
const ctx = { first, last, hasIncident: (id: string) => id === '2022-09-13-jermuk-armenia-mod' };

describe('parseUrlState', () => {
  it('reads an "as of" date', () => {
    const { state, warnings } = parseUrlState('?date=2022-09-13', ctx);
    expect(state).toEqual({ mode: 'asof', from: first, to: dayFromDate('2022-09-13') });
    expect(warnings).toEqual([]);
  });
  it('reads a range, layers, a map view and an incident', () => {
    const { state, warnings } = parseUrlState(
      '?from=2022-09-12&to=2022-09-14&layers=incidents,regions&map=8/40.1/45.9&incident=2022-09-13-jermuk-armenia-mod',
      ctx,
    );
    expect(warnings).toEqual([]);
    expect(state.mode).toBe('range');
    expect([state.from, state.to]).toEqual([dayFromDate('2022-09-12'), dayFromDate('2022-09-14')]);
    expect([...state.layers!]).toEqual(['incidents', 'regions']);
    expect(state.view).toEqual({ zoom: 8, lat: 40.1, lng: 45.9 });
    expect(state.selected).toBe('2022-09-13-jermuk-armenia-mod');
  });
  it('clamps dates to the data period', () => {
    expect(parseUrlState('?date=2030-01-01', ctx).state.to).toBe(last);
  });
  it('ignores malformed parameters with a warning naming each, and keeps the rest', () => {
    const { state, warnings } = parseUrlState('?date=13-09-2022&layers=incidents,bogus&map=abc&incident=<script>&from=2022-09-14', ctx);
    expect(state.mode).toBeUndefined();
    expect([...state.layers!]).toEqual(['incidents']);
    expect(state.view).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/"date"/);
    expect(warnings.join('\n')).toMatch(/"bogus"/);
    expect(warnings.join('\n')).toMatch(/"map"/);
    expect(warnings.join('\n')).toMatch(/"incident"/);
    expect(warnings.join('\n')).toMatch(/"from" and "to"/);
  });
  it('rejects a reversed range and an unknown incident', () => {
    const { state, warnings } = parseUrlState('?from=2022-09-14&to=2022-09-12&incident=no-such-id', ctx);
    expect(state).toEqual({});
    expect(warnings).toHaveLength(2);
  });
});

describe('serializeUrlState', () => {
  const base: AppState = {
    mode: 'asof',
    from: first,
    to: dayFromDate('2022-09-13'),
    layers: new Set(LAYER_IDS),
    sides: new Set(SIDES),
    selected: null,
    highlight: [],
    view: null,
    playing: false,
    speed: 2,
  };
  it('round-trips through parseUrlState', () => {
    const state: AppState = {
      ...base,
      mode: 'range',
      from: dayFromDate('2022-09-12'),
      layers: new Set(['incidents'] as const),
      selected: '2022-09-13-jermuk-armenia-mod',
      view: { lng: 45.9, lat: 40.1, zoom: 8 },
    };
    const search = serializeUrlState(state, '');
    expect(search).toBe('?from=2022-09-12&to=2022-09-13&layers=incidents&map=8.00/40.1000/45.9000&incident=2022-09-13-jermuk-armenia-mod');
    const back = parseUrlState(search, ctx).state;
    expect(back).toMatchObject({ mode: 'range', from: state.from, to: state.to, selected: state.selected, view: state.view });
  });
  it('writes the chosen claimant sides only when some are hidden, and reads them back', () => {
    expect(serializeUrlState(base, '')).not.toMatch(/sides/);
    const search = serializeUrlState({ ...base, sides: new Set(['third_party', 'armenia'] as const) }, '');
    expect(search).toBe('?date=2022-09-13&sides=armenia,third_party');
    expect([...parseUrlState(search, ctx).state.sides!]).toEqual(['armenia', 'third_party']);
    const none = parseUrlState('?sides=', ctx).state.sides!;
    expect(none.size).toBe(0);
  });
  it('drops an unknown claimant side with a warning and keeps the known ones', () => {
    const { state, warnings } = parseUrlState('?sides=armenia,martians', ctx);
    expect([...state.sides!]).toEqual(['armenia']);
    expect(warnings.join('\n')).toMatch(/"sides".*"martians"/);
    // Only unknown names: a typo, so the parameter is ignored rather than hiding every claim.
    expect(parseUrlState('?sides=martians', ctx).state.sides).toBeUndefined();
  });
  it('keeps parameters it does not own', () => {
    expect(serializeUrlState(base, '?lang=hy&date=2022-08-01')).toBe('?lang=hy&date=2022-09-13');
  });
});
