/**
 * `npm run build -- --data file`: the dataset also as an event file (docs/columnar-file.md), the
 * columns (.clcol), each record's text read by range (.cltext) and the names and ids (.clcol.json).
 * Made from the shipped Claimline GeoJSON as the page will load it (the same importer, the same file
 * name, so the same group and record ids), with the columns the mounted app builds (mount-app.ts).
 */
import { gzipSync } from 'node:zlib';
import { COLUMNS_FROM, type EventFiles, eventFileOfImport } from '../../src/data/columns/from-import.ts';
import { EVENT_TEXT_CHUNK } from '../../src/data/columns/event-file.ts';
import { importFile } from '../../src/data/import/index.ts';

/** From this many records on, a built page shows the event file, not the GeoJSON (see from-import.ts). */
export { COLUMNS_FROM, type EventFiles };

/** "x.claimline.geojson" → the event file's three names. */
export function eventFileNames(geojsonName: string): { columns: string; text: string; meta: string } {
  const stem = geojsonName.replace(/\.claimline\.geojson$/, '');
  return { columns: `${stem}.clcol`, text: `${stem}.cltext`, meta: `${stem}.clcol.json` };
}

/**
 * The event file of the shipped GeoJSON `geojson`, named `name` as served: imported as the page
 * imports it, then built as the import worker builds a large file (eventFileOfImport).
 */
export function eventFilesOf(name: string, geojson: string, chunkSize = EVENT_TEXT_CHUNK): EventFiles {
  const result = importFile(name, new TextEncoder().encode(geojson));
  const built = eventFileOfImport(result, chunkSize);
  if ('error' in built) throw new Error(`${name}: does not import back (${built.error})`);
  return built.files;
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
