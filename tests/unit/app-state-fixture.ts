/** A default store state for unit tests: the 2022 dataset's period, everything shown. */
import { dayFromDate } from '../../src/data/day.ts';
import { type AppState, LAYER_IDS } from '../../src/state/app-state.ts';
import { GROUPS } from './dataset-fixture.ts';

export const FIRST = dayFromDate('2022-08-01');
export const LAST = dayFromDate('2022-09-30');

export function baseState(patch: Partial<AppState> = {}): AppState {
  return {
    mode: 'asof',
    from: FIRST,
    to: dayFromDate('2022-09-13'),
    layers: new Set(LAYER_IDS),
    sides: new Set(GROUPS),
    selected: null,
    panel: null,
    story: null,
    highlight: [],
    view: null,
    lang: 'en',
    playing: false,
    speed: 2,
    ...patch,
  };
}
