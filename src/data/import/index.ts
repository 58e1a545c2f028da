/**
 * One entry for every file a reader brings: sniff the bytes (HTML, binary, UTF-16, cut-off JSON get
 * one line naming the file), detect the format, run its importer. Never throws: an unexpected
 * exception becomes `report.fatal`, so one odd file cannot break the page or the build. Runs in the
 * import worker (worker.ts) and in Node; the UI reaches it only through a dynamic import().
 */
import { importAcled } from './acled.ts';
import { importClaimline } from './claimline.ts';
import { CSV_FORMAT, importCsvTable, readGenericCsv } from './csv.ts';
import { type CsvMapping, detectCsvMapping, type MappingOverride, mergeMapping } from './csv-mapping.ts';
import { newReport } from './event.ts';
import { importAnyGeojson } from './geojson-any.ts';
import { metaFrom } from './json-common.ts';
import { detectFormat, sniffText } from './sniff.ts';
import { importTimemap } from './timemap.ts';
import type { ImportResult } from './types.ts';
import { importUcdp } from './ucdp.ts';
import { CANCELLED } from './worker-protocol.ts';

export type ImportOptions = {
  /** "Today" (YYYY-MM-DD) for future-date warnings; defaults to the clock. */
  now?: string;
  /** The user's corrections from the mapping step (generic CSV only). */
  mapping?: CsvMapping | MappingOverride;
  /** Checked between phases; an aborted import returns `report.fatal` "cancelled". */
  signal?: { aborted: boolean };
  /** 0 at the start, 1 at the end, values between at phase boundaries. */
  onProgress?: (fraction: number) => void;
};

export type { CsvMapping, MappingOverride } from './csv-mapping.ts';
export type { ImportResult } from './types.ts';

export { CANCELLED } from './worker-protocol.ts';

class Cancelled extends Error {}

function failed(name: string, format: string, fatal: string): ImportResult {
  return { meta: metaFrom(null, name), events: [], regions: [], report: { ...newReport(name, format), fatal } };
}

/** What an unrecognised text looks like, for the one-line message. */
function describe(text: string): string {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return 'JSON, but not GeoJSON, timemap or a Claimline file';
  if (t.startsWith('<')) return 'XML or markup, not a data file';
  return 'text without a table or JSON structure';
}

/** More columns than any events table has (ACLED has 31, UCDP 49). */
const MAX_COLUMNS = 2000;

function run(name: string, bytes: Uint8Array, opts: ImportOptions, step: (f: number) => void): ImportResult {
  const sniffed = sniffText(name, bytes);
  if (sniffed.kind === 'fatal') return failed(name, 'unknown', sniffed.message);
  const { text } = sniffed;
  const format = detectFormat(name, text);
  step(0.1);
  let result: ImportResult;
  switch (format) {
    case 'acled':
      result = importAcled(name, text, { now: opts.now });
      break;
    case 'ucdp':
      result = importUcdp(name, text, { today: opts.now?.slice(0, 10) });
      break;
    case 'geojson':
      result = importAnyGeojson(name, text);
      break;
    case 'timemap':
      result = importTimemap(name, text);
      break;
    case 'claimline':
      result = importClaimline(name, text);
      break;
    case 'csv': {
      // Phases a cancel can land between: reading the table, the mapping, the rows.
      const table = readGenericCsv(text, opts.mapping?.delimiter);
      // A "table" of thousands of columns is a file that is not one (e.g. one 10 MB line of commas); mapping it would
      // take minutes, so it gets one line instead.
      if (table.header.length > MAX_COLUMNS)
        return failed(
          name,
          CSV_FORMAT,
          `${name}: ${table.header.length} columns on line ${table.headerLine}, more than the ${MAX_COLUMNS} Claimline reads: this does not look like a table`,
        );
      step(0.5);
      const mapping = mergeMapping(detectCsvMapping(table), opts.mapping);
      step(0.6);
      result = importCsvTable(name, table, mapping, { now: opts.now });
      break;
    }
    default:
      return failed(name, 'unknown', `${name}: not a format Claimline reads (this looks like ${describe(text)})`);
  }
  if (sniffed.note) result.report.warnings.unshift({ line: null, column: null, message: sniffed.note });
  return result;
}

/** Reads one file's bytes into events and a report. Never throws. */
export function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  const step = (fraction: number) => {
    if (opts.signal?.aborted) throw new Cancelled();
    opts.onProgress?.(fraction);
  };
  try {
    step(0);
    const result = run(name, bytes, opts, step);
    step(1);
    return result;
  } catch (err) {
    if (err instanceof Cancelled) return failed(name, 'unknown', CANCELLED);
    const why = err instanceof Error ? err.message : String(err);
    return failed(name, 'unknown', `${name}: the import failed unexpectedly (${why.slice(0, 200)})`);
  }
}
