/**
 * The claims in the window as CSV or GeoJSON when the page holds columns only (an event file,
 * docs/columnar-file.md): the window's rows from the columns (filter.ts, the table's rule), each
 * row's full record from its text chunk, written a batch at a time with a pause between batches, so
 * the tab stays live, progress is told and a cancel is heard. The text is exactly claims-files.ts'
 * for the same records, in the file's row order (date order) rather than the dataset's.
 */
import { textRecord } from '../data/columns/text-record.ts';
import { namedMask, windowIndex } from '../data/columns/filter.ts';
import type { EventColumns } from '../data/columns/store.ts';
import type { Incident, IncidentProperties } from '../data/schema.ts';
import { CSV_HEAD, csvLine, type GeoJsonMeta, geoJsonParts } from './claims-files.ts';

/**
 * The most rows one download reads. Each is one record's text (about 150–600 bytes, up to 2 KB of heap
 * while its batch is written); at 200,000 the file is some 100 MB and the reading a minute or so on a
 * slow line. Above it the reader is asked to narrow the window or the sides instead.
 */
export const EXPORT_ROW_CAP = 200_000;

/**
 * Rows read, then written, between two pauses: two text chunks of the build's files (512 records each).
 * Batches of 2048 held Chromium's main thread up to 170 ms writing GeoJSON; of 1024, about 100 ms.
 */
export const EXPORT_BATCH = 1024;

/** Reads rows' records; `forget(row)` lets go of what only rows before `row` need. */
export type RecordReader = { read: (row: number) => Promise<IncidentProperties>; forget: (row: number) => void };

export type ColumnRecords = {
  cols: EventColumns;
  /** A record reader of its own, not the page's: the chunks it reads are dropped with it, not kept. */
  reader: () => RecordReader;
};

/** The rows an export of the window writes: shownClaims' rule (matches-window.ts), as the claims table applies it. */
export function exportedRows(cols: EventColumns, state: { from: number; to: number; sides: ReadonlySet<string> }): Uint32Array {
  return windowIndex(cols, { from: state.from, to: state.to, mode: 'range', groups: namedMask(cols.groups, state.sides) });
}

/**
 * A float32 coordinate as the decimal it was written from: the shortest one that rounds to the same
 * float32. Exact for coordinates given with up to 7 significant digits (4 decimals, about 10 m, and
 * finer near the equator); a finer one comes back as its float32 (about 1 m off at most).
 */
export function float32Decimal(x: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const d = Number(x.toPrecision(digits));
    if (Math.fround(d) === x) return d;
  }
  return x;
}

/** Row `row` as the record object the page holds in normal mode (rows always have a point). */
export function columnIncident(cols: EventColumns, row: number, properties: IncidentProperties): Incident {
  const lon = cols.lon[row] as number;
  const lat = cols.lat[row] as number;
  return {
    type: 'Feature',
    geometry: Number.isNaN(lon) ? null : { type: 'Point', coordinates: [float32Decimal(lon), float32Decimal(lat)] },
    properties,
  };
}

export type ExportRun<P> = {
  /** Called after each batch with the rows written so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The pause between batches; a macrotask by default, so input and paint get their turn. */
  pause?: () => Promise<void>;
  batch?: number;
  /**
   * Each batch's text as the part kept: the text itself by default; the page passes `(text) => new Blob([text])`,
   * so a batch's text leaves the script heap for the browser's blob store as it is written.
   */
  part?: (text: string) => P;
};

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

export class ExportTooLarge extends Error {
  override name = 'ExportTooLarge';
  constructor(readonly rows: number) {
    super(`${rows} rows, over the limit of ${EXPORT_ROW_CAP}`);
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file's text in parts (for a Blob), the records read from their chunks a batch at a time. */
export async function columnClaimsFile<P = string>(
  kind: 'csv' | 'geojson',
  source: ColumnRecords,
  rows: Uint32Array,
  meta: GeoJsonMeta,
  run: ExportRun<P> = {},
): Promise<(string | P)[]> {
  if (rows.length > EXPORT_ROW_CAP) throw new ExportTooLarge(rows.length);
  const { signal, onProgress, pause = macrotask, batch = EXPORT_BATCH, part } = run;
  const geo = kind === 'geojson' ? geoJsonParts(meta) : null;
  const parts: (string | P)[] = [geo ? geo.head : CSV_HEAD];
  // One reader for the whole file: the rows come in file order, so each batch lets go of the chunks
  // before its first row and keeps the one it shares with the last batch (read and parsed once).
  const reader = source.reader();
  for (let start = 0; start < rows.length; start += batch) {
    if (signal?.aborted) throw new ExportCancelled('cancelled');
    const slice = rows.subarray(start, Math.min(rows.length, start + batch));
    reader.forget(slice[0] as number);
    const records = await Promise.all(Array.from(slice, (row) => reader.read(row)));
    if (signal?.aborted) throw new ExportCancelled('cancelled');
    let text = '';
    records.forEach((p, i) => {
      const row = slice[i] as number;
      try {
        const f = columnIncident(source.cols, row, p);
        text += geo ? geo.feature(f, start + i === 0) : csvLine(f);
      } catch (e) {
        // A record the file wrote wrong: checked only now (the check costs ~10 µs a record), so that
        // the message names its row, id and field instead of a bare TypeError.
        textRecord(p, `row ${row + 1}`);
        throw e;
      }
    });
    parts.push(part ? part(text) : text);
    onProgress?.(start + slice.length, rows.length);
    await pause();
  }
  if (signal?.aborted) throw new ExportCancelled('cancelled');
  if (geo) parts.push(geo.end(rows.length));
  return parts;
}
