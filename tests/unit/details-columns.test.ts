// @vitest-environment happy-dom
/**
 * The details panel with a dataset loaded as columns: no record in memory, so opening a claim shows a
 * loading line at once, then the record read through ColumnData (its related claims too); a failed
 * read names what failed and offers a retry; an answer for a claim the reader has left is dropped.
 */
import { describe, expect, it } from 'vitest';
import { MalformedRecord } from '../../src/data/columns/malformed-record.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import type { ColumnData } from '../../src/load-column-data.ts';
import { REPLACE, Store } from '../../src/state/app-state.ts';
import { DetailsPanel } from '../../src/ui/details/details-panel.ts';
import { baseState } from './app-state-fixture.ts';
import { incident } from './record-fixture.ts';

const records = [
  incident('a', [45, 40], { place_name: 'Alpha', related: ['b'] }),
  incident('b', null, {
    place_name: 'Beta',
    claimant: 'azerbaijan_mod',
    claimant_label: 'MoD AZ',
    claimant_side: 'azerbaijan',
    related: ['a'],
  }),
  incident('c', [46, 40], { place_name: 'Gamma' }),
];

/** ColumnData over `records` whose reads wait until the test settles them. */
function fakeColumns() {
  const cols = columnsFromIncidents(records);
  const pending: { row: number; resolve: (p: IncidentProperties) => void; reject: (e: Error) => void }[] = [];
  const record = (row: number) => new Promise<IncidentProperties>((resolve, reject) => pending.push({ row, resolve, reject }));
  const data: ColumnData = {
    cols,
    record,
    reader: () => ({ read: record, forget: () => {} }),
    rowOf: (id) => {
      const i = cols.ids.indexOf(id);
      return i < 0 ? undefined : i;
    },
  };
  /** Answers every read asked so far (and those they lead to). */
  const settle = async (fail?: string | Error) => {
    // Rounds enough for the view's module import and the related reads that follow the first.
    for (let round = 0; round < 40; round++) {
      await new Promise((r) => setTimeout(r, 5));
      for (const p of pending.splice(0)) {
        if (fail) p.reject(typeof fail === 'string' ? new Error(fail) : fail);
        else p.resolve((records[p.row] as (typeof records)[number]).properties);
      }
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { data, settle };
}

function mount() {
  const store = new Store(baseState({ sides: new Set(['armenia', 'azerbaijan']) }));
  const { data, settle } = fakeColumns();
  const panel = new DetailsPanel({
    doc: document,
    store,
    incidentsById: new Map(),
    placesById: new Map(),
    regionsById: new Map(),
    groups: ['armenia', 'azerbaijan'],
    parties: ['armenia', 'azerbaijan'],
    fallbackFocus: () => null,
    columnData: data,
  });
  document.body.append(panel.element);
  const heading = () => panel.element.querySelector('h2')?.textContent ?? '';
  const body = () => panel.element.querySelector('.cl-details__body')?.textContent ?? '';
  return { store, panel, settle, heading, body };
}

describe('DetailsPanel with columns', () => {
  it('shows a loading line at once, then the record and its related claim', async () => {
    const { store, panel, settle, heading, body } = mount();
    store.update({ selected: 'a' }, REPLACE);
    expect(panel.element.hidden).toBe(false);
    expect(body()).toBe('Loading this claim…');
    expect(panel.element.getAttribute('aria-busy')).toBe('true');
    await settle();
    expect(heading()).toMatch(/ — Alpha$/);
    expect(panel.element.hasAttribute('aria-busy')).toBe(false);
    // The related claim was read too: the claims section lists the other claimant.
    expect(body()).toContain('MoD AZ');
    panel.destroy();
  });

  it('drops an answer for a claim the reader has left', async () => {
    const { store, panel, settle, heading } = mount();
    store.update({ selected: 'a' }, REPLACE);
    store.update({ selected: 'c' }, REPLACE);
    await settle();
    expect(heading()).toMatch(/ — Gamma$/);
    store.update({ selected: null }, REPLACE);
    expect(panel.element.hidden).toBe(true);
    panel.destroy();
  });

  it('a failed read names what failed, as text, and a retry reads again', async () => {
    const { store, panel, settle, heading, body } = mount();
    store.update({ selected: 'c' }, REPLACE);
    await settle('x.cltext: HTTP 503 for bytes 0–99 <b>');
    expect(body()).toContain('This claim could not be read: x.cltext: HTTP 503 for bytes 0–99 <b>');
    expect(panel.element.querySelector('b')).toBeNull();
    // The heading no longer says the claim is loading.
    expect(heading()).toBe('Claim not shown');
    const retry = [...panel.element.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    expect(retry).toBeDefined();
    retry?.click();
    expect(body()).toBe('Loading this claim…');
    await settle();
    expect(heading()).toMatch(/ — Gamma$/);
    panel.destroy();
  });

  it('a malformed record is named, with no retry: reading it again gives the same text', async () => {
    const { store, panel, settle, heading, body } = mount();
    store.update({ selected: 'c' }, REPLACE);
    await settle(new MalformedRecord('x.cltext, row 3, record "c": sources: Invalid type'));
    expect(heading()).toBe('Claim not shown');
    expect(body()).toBe('This claim could not be read: x.cltext, row 3, record "c": sources: Invalid type');
    expect([...panel.element.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Try again');
    panel.destroy();
  });
});
