/**
 * The claims files in columns mode (export/column-claims.ts) against normal mode (claims-files.ts):
 * the same dataset shown as records (its GeoJSON imported, as `?data=x.claimline.geojson`) and as
 * the event file `npm run build -- --data` writes of it gives the same CSV lines and the same GeoJSON
 * features, up to order; progress is told a batch at a time, a cancel stops it, and the cap refuses.
 */
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { convertDataFile } from '../../scripts/build/default-data.ts';
import { eventFilesOf } from '../../scripts/build/event-files.ts';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { parseEventMeta, readEventFile } from '../../src/data/columns/event-file.ts';
import { textReader } from '../../src/data/columns/text-chunks.ts';
import { combineDatasets } from '../../src/data/combine.ts';
import { convertImport } from '../../src/data/import/convert.ts';
import { importFile } from '../../src/data/import/index.ts';
import { shownClaims } from '../../src/data/matches-window.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { claimsCsv, claimsGeoJson } from '../../src/export/claims-files.ts';
import {
  type ColumnRecords,
  columnClaimsFile,
  columnIncident,
  EXPORT_ROW_CAP,
  ExportCancelled,
  ExportTooLarge,
  float32Decimal,
  exportedRows,
} from '../../src/export/column-claims.ts';

const ROOT = join(import.meta.dirname, '../..');
const META = { window: 'w', licence: 'l', dataset: { id: 'd', title: 'T', attribution: 'A', licence: 'CC', sourceUrl: null } };

/** One dataset both ways: its records as the page holds them, and its event file with a text reader that counts chunk reads. */
function bothWays(path: string, name: string, chunkSize = 7) {
  const geojson = convertDataFile(path).geojson as string;
  const { converted } = convertImport(importFile(name, new TextEncoder().encode(geojson)), { builtIn: null, imports: [] });
  const incidents = combineDatasets(null, [converted!])!.dataset.incidents;
  const files = eventFilesOf(name, geojson, chunkSize);
  const file = readColumns(files.columns);
  const cols = readEventFile(file, parseEventMeta(JSON.parse(files.metaText)));
  const index = { count: cols.count, chunkSize, offsets: file.text!.offsets };
  // Chunks fetched, and the most one reader held at once (counting the one being fetched).
  const reads = { chunks: 0, held: 0 };
  const source: ColumnRecords = {
    cols,
    reader: () => {
      const r = textReader(index, async (s, e) => {
        reads.chunks++;
        reads.held = Math.max(reads.held, r.cached() + 1);
        return files.text.slice(s, e);
      });
      return { read: async (row) => (await r.text(row)) as IncidentProperties, forget: r.forget };
    },
  };
  return { incidents, cols, source, reads };
}

const lines = (csv: string) => csv.split('\r\n');
const features = (text: string) => {
  const parsed = JSON.parse(text) as { claimline: unknown; features: { properties: { id: string } }[] };
  return { claimline: parsed.claimline, features: parsed.features.sort((a, b) => a.properties.id.localeCompare(b.properties.id)) };
};
const noPause = async () => {};

describe.each([
  ['the built-in claims (sources, claimants, tolls)', join(ROOT, 'data/incidents.geojson'), 'incidents.claimline.geojson'],
  ['an ACLED file', join(ROOT, 'tests/fixtures/import/acled/current.csv'), 'current.claimline.geojson'],
])('%s: normal mode and columns mode export the same claims', (_, path, name) => {
  const { incidents, cols, source } = bothWays(path, name);
  const days = incidents.map((f) => f.properties.day).sort((a, b) => a - b);
  const sides = new Set(cols.groups);
  const windows = [
    { from: days[0]!, to: days.at(-1)!, sides },
    { from: days[Math.floor(days.length / 3)]!, to: days[Math.floor((2 * days.length) / 3)]!, sides },
    { from: days[0]!, to: days.at(-1)!, sides: new Set(cols.groups.slice(0, 1)) },
  ];

  it.each(windows.map((w, i) => [i, w] as const))('window %i: identical CSV lines and GeoJSON features', async (_, w) => {
    const shown = shownClaims(incidents, w);
    const rows = exportedRows(cols, w);
    expect(rows.length).toBe(shown.length);
    expect(rows.length).toBeGreaterThan(0);
    const csv = (await columnClaimsFile('csv', source, rows, META, { pause: noPause, batch: 5 })).join('');
    const normal = lines(claimsCsv(shown));
    const got = lines(csv);
    expect(got[0]).toBe(normal[0]);
    expect(got.slice(1).sort()).toEqual(normal.slice(1).sort());
    // Every record carries its claimant and its sources (the built-in ones: URLs; ACLED's: the source named).
    const head = got[0]!.replace(/^\uFEFF/, '').split(',');
    const cells = csvParseRows(csv.replace(/^\uFEFF/, ''))
      .slice(1)
      .filter((r) => r.length > 1);
    for (const column of ['claimant', 'source_publishers']) expect(cells.every((r) => r[head.indexOf(column)] !== '')).toBe(true);
    const geo = (await columnClaimsFile('geojson', source, rows, META, { pause: noPause, batch: 5 })).join('');
    expect(features(geo)).toEqual(features(claimsGeoJson(shown, META)));
    expect(features(geo).features.every((f) => 'sources' in f.properties && 'claimant_label' in f.properties)).toBe(true);
  });
});

describe('columnClaimsFile', () => {
  const { cols, source, reads } = bothWays(join(ROOT, 'data/incidents.geojson'), 'incidents.claimline.geojson', 4);
  const all = exportedRows(cols, { from: -1e9, to: 1e9, sides: new Set(cols.groups) });

  it('writes the same text as claimsGeoJson for records in the same order', async () => {
    const reader = source.reader();
    const ordered = await Promise.all(Array.from(all.subarray(0, 9), async (row) => columnIncident(cols, row, await reader.read(row))));
    const parts = await columnClaimsFile('geojson', source, all.subarray(0, 9), META, { pause: noPause, batch: 4 });
    expect(parts.join('')).toBe(claimsGeoJson(ordered, META));
    expect((await columnClaimsFile('geojson', source, new Uint32Array(0), META, { pause: noPause })).join('')).toBe(
      claimsGeoJson([], META),
    );
    expect((await columnClaimsFile('csv', source, new Uint32Array(0), META, { pause: noPause })).join('')).toBe(claimsCsv([]));
  });

  it('tells its progress a batch at a time, pausing between batches', async () => {
    const told: number[] = [];
    let pauses = 0;
    await columnClaimsFile('csv', source, all, META, {
      batch: 50,
      pause: async () => void pauses++,
      onProgress: (done, total) => {
        expect(total).toBe(all.length);
        told.push(done);
      },
    });
    expect(told).toEqual(Array.from({ length: Math.ceil(all.length / 50) }, (_, i) => Math.min(all.length, (i + 1) * 50)));
    expect(pauses).toBe(told.length);
  });

  it('stops when cancelled, reading no further chunk', async () => {
    const controller = new AbortController();
    reads.chunks = 0;
    const run = columnClaimsFile('csv', source, all, META, {
      batch: 20,
      signal: controller.signal,
      pause: noPause,
      onProgress: (done) => done >= 40 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    // Two batches of 20 rows, 4 rows a chunk: the 10 chunks of the first 40 rows, none read twice.
    expect(reads.chunks).toBeLessThanOrEqual(10);
  });

  it('reads each chunk once in a whole export, though batches end inside chunks, and holds only a batch’s', async () => {
    reads.chunks = 0;
    reads.held = 0;
    await columnClaimsFile('geojson', source, all, META, { pause: noPause, batch: 10 });
    // 4 rows a chunk, batches of 10: every other batch starts inside a chunk the last one read.
    expect(reads.chunks).toBe(new Set(Array.from(all, (row) => Math.floor(row / 4))).size);
    // A batch of 10 rows spans at most 4 chunks; the ones before it are let go.
    expect(reads.held).toBeLessThanOrEqual(4);
  });

  it('names the row, record and field of a record whose text it cannot write', async () => {
    const row = all[3] as number;
    const spoiled: ColumnRecords = {
      cols,
      reader: () => {
        const { read, forget } = source.reader();
        return { read: async (r) => (r === row ? { ...(await read(r)), sources: 'a string' as unknown as [] } : read(r)), forget };
      },
    };
    const id = cols.ids.at(row);
    await expect(columnClaimsFile('csv', spoiled, all.subarray(0, 9), META, { pause: noPause })).rejects.toThrow(
      `row ${row + 1}, record "${id}": sources: `,
    );
  });

  it('refuses a window over the cap before reading anything', async () => {
    reads.chunks = 0;
    const rows = new Uint32Array(EXPORT_ROW_CAP + 1);
    await expect(columnClaimsFile('csv', source, rows, META)).rejects.toBeInstanceOf(ExportTooLarge);
    expect(reads.chunks).toBe(0);
  });
});

describe('float32Decimal', () => {
  it('gives back coordinates written with up to 7 significant digits', () => {
    for (const x of [45.1234, -0.5, 39.84, 179.9999, 46.75121, 0]) expect(float32Decimal(Math.fround(x))).toBe(x);
  });
});
