/**
 * `npm run build -- --data file`: the dataset also as an event file (docs/columnar-file.md), the
 * columns (.clcol), each record's text read by range (.cltext) and the names and ids (.clcol.json).
 * Made from the shipped Claimline GeoJSON as the page will load it (the same importer, the same file
 * name, so the same group and record ids), with the columns the mounted app builds (mount-app.ts).
 */
import { gzipSync } from 'node:zlib';
import { bothSidesIds } from '../../src/data/claim-groups.ts';
import { type EventMeta, EVENT_TEXT_CHUNK, writeEventFile } from '../../src/data/columns/event-file.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import { combineDatasets } from '../../src/data/combine.ts';
import { groupIds } from '../../src/data/dataset.ts';
import { convertImport } from '../../src/data/import/convert.ts';
import { importFile } from '../../src/data/import/index.ts';

/**
 * From this many records on, a built page shows the event file, not the GeoJSON: every view reads a
 * GeoJSON dataset in full (about 1.8 KB of heap a record), while an event file holds columns only.
 */
export const COLUMNS_FROM = 50_000;

/** "x.claimline.geojson" → the event file's three names. */
export function eventFileNames(geojsonName: string): { columns: string; text: string; meta: string } {
  const stem = geojsonName.replace(/\.claimline\.geojson$/, '');
  return { columns: `${stem}.clcol`, text: `${stem}.cltext`, meta: `${stem}.clcol.json` };
}

export type EventFiles = { columns: Uint8Array; text: Uint8Array; meta: EventMeta; metaText: string };

/**
 * The event file of the shipped GeoJSON `geojson`, named `name` as served. Rows are the records the
 * map draws, in the app's order; events without a date (drawn apart, as hollow circles) are not rows.
 * Each row's text is its full record (IncidentProperties), so the details panel can be rebuilt from it.
 */
export function eventFilesOf(name: string, geojson: string, chunkSize = EVENT_TEXT_CHUNK): EventFiles {
  const result = importFile(name, new TextEncoder().encode(geojson));
  const { converted, messages } = convertImport(result, { builtIn: null, imports: [] });
  const combined = converted && combineDatasets(null, [converted]);
  if (!combined) throw new Error(`${name}: does not import back (${messages.join('; ') || result.report.fatal})`);
  const { dataset, datasetOf } = combined;
  // In the claims table's date order (table-order.ts), which a page then takes as it is instead of
  // ranking a million rows on its main thread.
  const collator = new Intl.Collator();
  const incidents = [...dataset.incidents].sort(
    ({ properties: a }, { properties: b }) =>
      a.day - b.day || a.day_end - b.day_end || collator.compare(a.time ?? '99', b.time ?? '99') || collator.compare(a.id, b.id),
  );
  const cols = columnsFromIncidents(incidents, {
    groups: groupIds(dataset),
    bothSides: bothSidesIds(incidents, dataset.meta.parties),
    datasetOf: (p) => datasetOf.get(p.id) ?? '',
  });
  const written = writeEventFile(
    cols,
    incidents.map((f) => f.properties),
    chunkSize,
    { meta: dataset.meta, categories: dataset.categories, claimants: dataset.claimants },
  );
  return { ...written, metaText: JSON.stringify(written.meta) };
}

const mb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} KB`);

/** One line a file: its size raw and gzip -9 (what a host that compresses would send). */
export function formatSizes(files: readonly { path: string; bytes: Uint8Array | string }[]): string {
  return files
    .map(({ path, bytes }) => {
      const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
      return `  ${path}: ${mb(raw.byteLength)} raw, ${mb(gzipSync(raw, { level: 9 }).byteLength)} gzip`;
    })
    .join('\n');
}
