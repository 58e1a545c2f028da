import { describe, expect, it } from 'vitest';
import { makeIds } from '../../src/data/derive/ids.ts';

const row = (rowId: string, place_id: string, claimant = 'armenia_mod') => ({
  rowId,
  date: '2022-09-13',
  place_id,
  place_name: place_id,
  event_type: 'shelling',
  claimant,
});

describe('makeIds', () => {
  it('numbers repeats of one date, place and claimant', () => {
    expect(makeIds([row('r1', 'sotk'), row('r2', 'sotk')], new Map())).toEqual([
      '2022-09-13-sotk-armenia-mod',
      '2022-09-13-sotk-armenia-mod-2',
    ]);
  });

  it('keeps a pinned id and does not hand its number to another row', () => {
    const pins = new Map([['r2', '2022-09-13-sotk-armenia-mod-2']]);
    // r2 moved elsewhere but keeps its old id; r3 must not take "-2".
    const ids = makeIds([row('r1', 'sotk'), row('r2', 'gegharkunik'), row('r3', 'sotk')], pins);
    expect(ids).toEqual(['2022-09-13-sotk-armenia-mod', '2022-09-13-sotk-armenia-mod-2', '2022-09-13-sotk-armenia-mod-3']);
  });

  it('fails when a pin collides with another id', () => {
    const pins = new Map([['r2', '2022-09-13-sotk-armenia-mod']]);
    expect(() => makeIds([row('r1', 'sotk'), row('r2', 'kut')], pins)).not.toThrow();
    const clash = new Map([
      ['r1', 'x'],
      ['r2', 'x'],
    ]);
    expect(() => makeIds([row('r1', 'sotk'), row('r2', 'kut')], clash)).toThrow(/used twice/);
  });
});
