// loadColumnData's two sources, an event file by URL (the project's static server on loopback) and
// one in memory (text read by Blob slices), through the column worker's handler run in-process with
// every message structured-cloned and its buffers transferred, as a real Worker would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleSet } from '../../scripts/bench/scale-data.ts';
import { SCALE_HEAD, scaleEventFiles } from '../../scripts/bench/scale-events.ts';
import { buildCells } from '../../src/data/columns/cells.ts';
import { seededDateOrder } from '../../src/data/columns/date-order.ts';
import { dayCounts, dayCountsOf } from '../../src/data/columns/day-counts.ts';
import { dayIndex, sortByDay } from '../../src/data/columns/day-index.ts';
import { rowOf } from '../../src/data/columns/row-of.ts';
import { placeSlots } from '../../src/data/columns/window-stats.ts';
import { handleLoad } from '../../src/load-columns/build.ts';
import { type ColumnSource, loadColumnData, type RunWorker } from '../../src/load-column-data.ts';
import { seededClaims } from '../../src/map/gpu/prepared.ts';
import { TableOrder } from '../../src/ui/table-order.ts';

// @ts-expect-error: plain ESM helper without types
const { startServer } = await import('../../scripts/static-server.mjs');

const set = scaleSet(1500, 7);
const files = scaleEventFiles(set, SCALE_HEAD);
const headless = scaleEventFiles(set);

const run: RunWorker = (msg, transfer, post) =>
  void handleLoad(structuredClone(msg, { transfer }), (reply, back) => {
    const sent = structuredClone(reply, { transfer: back });
    // Transferred, not copied: the buffers are gone from the worker's side.
    for (const b of back) expect(b.byteLength).toBe(0);
    post(sent);
  });
const bytes = (b: Uint8Array | string) => (typeof b === 'string' ? new TextEncoder().encode(b) : b).slice().buffer as ArrayBuffer;
const inMemory = (name: string, f = files): ColumnSource => ({
  name,
  columns: bytes(f.columns),
  meta: bytes(f.meta),
  text: new Blob([f.text.slice()]),
});

let dir: string;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-load-columns-'));
  writeFileSync(join(dir, 'ev.clcol'), files.columns);
  writeFileSync(join(dir, 'ev.clcol.json'), files.meta);
  writeFileSync(join(dir, 'ev.cltext'), files.text);
  writeFileSync(join(dir, 'nometa.clcol'), files.columns);
  server = await startServer({ root: dir, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const meta = JSON.parse(files.meta) as { ids: string[]; places: string[] };

describe('loadColumnData', () => {
  const sources: [string, () => ColumnSource][] = [
    ['by URL', () => `${server.url}ev.clcol`],
    ['in memory', () => inMemory('big.csv')],
  ];
  it.each(sources)('%s: the columns, ids and places as written, indices seeded as the page would build them', async (_, source) => {
    const loaded = await loadColumnData(source(), run);
    if (!('combined' in loaded)) throw new Error(loaded.error);
    const { cols } = loaded.columns;
    expect(cols.count).toBe(1500);
    expect([...cols.ids]).toEqual(meta.ids);
    expect([...cols.places]).toEqual(meta.places);
    expect(loaded.combined.dataset.meta.id).toBe('scale');
    for (const row of [0, 17, 1499]) expect(loaded.columns.rowOf(cols.ids.at(row) as string)).toBe(row);
    expect(rowOf(cols, 'nope')).toBeUndefined();
    expect(dayCountsOf(cols)).toEqual(dayCounts(cols));
    const { cols: _c, ...index } = dayIndex(cols);
    expect(index.byDay.length).toBeGreaterThan(0);
    const prepared = await seededClaims(cols);
    expect(prepared?.instances.rows.length).toBe(1500);
    expect(prepared?.index.size).toBe(1500);
    // The cells and the cell counter's day sort (cell-steps.ts) as the page would build them.
    const { days, ...cells } = prepared?.cells ?? {};
    expect(cells).toEqual(buildCells(cols));
    const built = buildCells(cols);
    expect(days).toEqual(sortByDay(built.n, built.day, built.dayEnd));
    // The place slots of the window's numbers (window-stats.ts), seeded: equal to a fresh build on a copy.
    expect(placeSlots(cols)).toEqual(placeSlots({ ...cols }));
    // The table's date order as the table would find it (a copy of the columns: nothing seeded for it).
    const order = seededDateOrder(cols);
    const fresh = new TableOrder({ ...cols }, { place: (k) => k, claimant: (c) => c.claimant }).dates();
    expect(order && [order.dateRank, order.rowAt]).toEqual(fresh);
    const record = await loaded.columns.record(1234);
    expect(record.place_name).toBe(`Place ${1234 + 1}`);
  });

  it('names the file and the fault', async () => {
    const missing = await loadColumnData(`${server.url}nometa.clcol`, run);
    expect(missing).toEqual({ error: expect.stringMatching(/^\?data=nometa\.clcol: .*nometa\.clcol\.json: HTTP 404/) });
    const notMeta = await loadColumnData({ ...(inMemory('big.csv') as object), meta: bytes('<html>') } as ColumnSource, run);
    expect(notMeta).toEqual({ error: expect.stringMatching(/^big\.csv: big\.csv \(meta\): not JSON/) });
    const noHead = await loadColumnData(inMemory('plain.csv', headless), run);
    expect(noHead).toEqual({ error: expect.stringMatching(/^plain\.csv: /) });
  });

  it("reads a record's text from the Blob by its chunk's slice", async () => {
    const loaded = await loadColumnData(inMemory('big.csv'), run);
    if (!('combined' in loaded)) throw new Error(loaded.error);
    const first = await loaded.columns.record(0);
    expect(first.place_name).toBe('Place 1');
  });
});
