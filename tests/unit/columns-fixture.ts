/**
 * EventColumns for unit tests: `n` rows of one dated, plotted claim each, with the given arrays and
 * names in place of the defaults (group 0 of ['a', 'b', 'c'], one event type, no toll, no time).
 */
import type { EventColumns } from '../../src/data/columns/store.ts';

export function testColumns(n: number, given: Partial<EventColumns> = {}): EventColumns {
  return {
    count: n,
    firstDay: 19000,
    lon: new Float32Array(n),
    lat: new Float32Array(n),
    day: new Int32Array(n),
    dayEnd: new Int32Array(n),
    group: new Uint16Array(n),
    eventType: new Uint16Array(n),
    dataset: new Uint16Array(n),
    geoPrecision: new Uint8Array(n),
    flags: new Uint8Array(n),
    place: new Uint32Array(n),
    claimant: new Uint16Array(n),
    time: new Uint16Array(n),
    toll: new Float32Array(n).fill(Number.NaN),
    party: new Uint8Array(n),
    ids: Array.from({ length: n }, (_, i) => `r${i}`),
    places: [''],
    claimants: [{ claimant: 'c', claimant_label: 'C' }],
    times: [''],
    groups: ['a', 'b', 'c'],
    eventTypes: ['t'],
    datasets: [''],
    ...given,
  };
}
