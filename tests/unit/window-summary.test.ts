// @vitest-environment happy-dom
// The window summary over columns only (a published event file: no record objects): the numbers at
// once, each winning toll's source date when its record arrives, and an answer for a window the
// view has left dropped. With records it shows the same text at once.
import { describe, expect, it } from 'vitest';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { setDatasetNames } from '../../src/i18n/index.ts';
import { Store } from '../../src/state/app-state.ts';
import { WindowSummary } from '../../src/ui/window-summary.ts';
import { baseState } from './app-state-fixture.ts';
import { BUILT_IN, GROUPS } from './dataset-fixture.ts';
import { incident, SEP_13 } from './record-fixture.ts';

const source = (date: string) => [{ title: 't', publisher: 'p', url: 'https://example.org/', date }];
const incidents = [
  incident('a', [46, 40], { fatalities_claimed: 5, fatalities_of: 'armenia', sources: source('2022-09-20') }),
  incident('b', [46, 40], { day: SEP_13 + 5, day_end: SEP_13 + 5, fatalities_claimed: 9, sources: source('2022-10-01') }),
];
const cols = columnsFromIncidents(incidents, { groups: GROUPS });
const byId = new Map(incidents.map((f) => [f.properties.id, f.properties]));
const texts = (s: WindowSummary) => [...s.element.querySelectorAll('.cl-summary__tolls li')].map((li) => li.textContent);

/** A record fetch that answers when told to. */
function deferred() {
  const asked: [string, () => void][] = [];
  const fetch = (id: string) =>
    new Promise<IncidentProperties>((resolve) => asked.push([id, () => resolve(byId.get(id) as IncidentProperties)]));
  return { asked, fetch };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the window summary with columns only', () => {
  setDatasetNames(BUILT_IN);
  it('shows the numbers at once and the source date when the record arrives', async () => {
    const store = new Store(baseState({ to: SEP_13 }));
    const { asked, fetch } = deferred();
    const summary = new WindowSummary(document, store, [], cols, GROUPS, () => {}, fetch);
    const withRecords = new WindowSummary(document, store, incidents, cols, GROUPS, () => {});
    expect(summary.element.querySelector('tfoot')?.textContent).toContain('1');
    expect(texts(summary)[0]).toContain('5');
    expect(texts(summary)[0]).not.toContain('2022');
    expect(asked.map(([id]) => id)).toEqual(['a']);
    const button = summary.element.querySelector('button');
    asked[0]?.[1]();
    await settle();
    expect(texts(summary)).toEqual(texts(withRecords));
    expect(texts(summary)[0]).toContain('20 September 2022');
    // The answer fills the text in place: the toll's button is the same element.
    expect(summary.element.querySelector('button')).toBe(button);
  });

  it('drops an answer for a window it has moved on from', async () => {
    const store = new Store(baseState({ to: SEP_13 }));
    const { asked, fetch } = deferred();
    const summary = new WindowSummary(document, store, [], cols, GROUPS, () => {}, fetch);
    store.update({ from: SEP_13 + 1, to: SEP_13 + 6, mode: 'range' }, { history: 'none' });
    summary.render();
    expect(asked.map(([id]) => id)).toEqual(['a', 'b']);
    asked[0]?.[1]();
    await settle();
    expect(texts(summary).join()).not.toContain('2022');
    // Every later ask answered (the store's own next-frame render may have asked again).
    for (const [, answer] of asked.slice(1)) answer();
    await settle();
    expect(texts(summary)[0]).toContain('1 October 2022');
  });

  it('counts a wide window after steps, the newest step shown', async () => {
    const many = Array.from({ length: 40_000 }, (_, i) =>
      incident(`m${i}`, [46, 40], {
        day: SEP_13 + (i % 50),
        day_end: SEP_13 + (i % 50),
        place_id: `p${i % 997}`,
        claimant_side: GROUPS[i % GROUPS.length] as string,
        fatalities_claimed: (i * 7919) % 1009,
      }),
    );
    const wide = columnsFromIncidents(many, { groups: GROUPS });
    const store = new Store(baseState({ from: SEP_13, to: SEP_13 + 49, mode: 'range' }));
    const summary = new WindowSummary(document, store, many, wide, GROUPS, () => {});
    store.update({ to: SEP_13 + 40 }, { history: 'none' });
    await new Promise((r) => requestAnimationFrame(r));
    store.update({ to: SEP_13 + 30 }, { history: 'none' });
    // The same numbers as counted at once for the last window.
    const want = new WindowSummary(document, new Store(store.state), many, wide, GROUPS, () => {}).element.textContent;
    for (let i = 0; i < 200 && summary.element.textContent !== want; i++) await settle();
    expect(summary.element.textContent).toBe(want);
  });
});
