/**
 * Reads delimited text (CSV, TSV, European `;` CSV) into rows keyed by header name, the shared first
 * step of every tabular importer. Parsing is papaparse's; this module adds what real exports need:
 * a BOM, junk lines before the header, an HXL hashtag row, physical line numbers for the report, and
 * row-by-row recovery so one bad row never costs the rest of the file.
 */
import Papa from 'papaparse';
import { plainRecord, type ImportWarning, type SkippedRow } from './types';

export type CsvRow = { line: number; cells: Record<string, string> };
export type CsvTable = {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /** 1-based physical line of the header; 0 when the text has none. */
  headerLine: number;
  hxl: boolean;
  skipped: SkippedRow[];
  warnings: ImportWarning[];
};
export type CsvOptions = { isHeader?: (cells: string[]) => boolean };

const DELIMITERS = [',', ';', '\t', '|'];
/** After this many unterminated quotes the file is not CSV in any useful sense; re-parsing the rest each time would be quadratic. */
const MAX_RECOVERIES = 50;

/** Which delimiter splits most sample lines into the same number (>1) of cells; quotes are ignored, the most common count is robust to them. */
export function guessDelimiter(lines: string[]): string {
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = line.split(d).length;
      if (n > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, freq] of counts) score = Math.max(score, freq * 1000 + n);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

type RawRow = { line: number; cells: string[]; error: string | null };

/** Line starts of the normalised text, for turning a parser offset into a physical line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Every record of the text with its first physical line. An unterminated quote swallows the rest of
 * the file in any CSV parser, so that row is reported and parsing restarts on the next line.
 */
function parseRaw(text: string, delimiter: string, warnings: ImportWarning[], skipped: SkippedRow[]): RawRow[] {
  const starts = lineStarts(text);
  const rows: RawRow[] = [];
  let from = 0;
  let recoveries = 0;
  while (from < text.length) {
    let restart = -1;
    let prevEnd = -1;
    Papa.parse<string[]>(text.slice(from), {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      step: (result, parser) => {
        const start = from + (prevEnd < 0 ? 0 : prevEnd + 1);
        prevEnd = result.meta.cursor;
        const line = lineAt(starts, start);
        const codes = new Set(result.errors.map((e) => e.code));
        if (codes.has('MissingQuotes')) {
          skipped.push({ line, column: null, reason: 'a quoted cell is never closed; the row was not read' });
          const next = text.indexOf('\n', start);
          restart = next === -1 ? text.length : next + 1;
          parser.abort();
          return;
        }
        const error = codes.has('InvalidQuotes') ? 'stray quote marks' : null;
        rows.push({ line, cells: result.data, error });
      },
    });
    if (restart < 0) break;
    recoveries++;
    if (recoveries >= MAX_RECOVERIES && restart < text.length) {
      skipped.push({
        line: lineAt(starts, restart),
        column: null,
        reason: `too many unclosed quotes; the rest of the file (from line ${lineAt(starts, restart)}) was not read`,
      });
      warnings.push({ line: null, column: null, message: 'the file has many broken quotes; is it really CSV?' });
      break;
    }
    from = restart;
  }
  return rows;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const defaultIsHeader = (cells: string[]) => !isBlank(cells);

/** Unique, non-empty header names: a file with two `notes` columns must not lose one of them. */
function headerNames(cells: string[], line: number, warnings: ImportWarning[]): string[] {
  const seen = new Set<string>();
  return cells.map((raw, i) => {
    const base = raw.trim() || `column_${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}_${n}`;
    if (name !== base) warnings.push({ line, column: base, message: `column "${base}" appears twice; the second is read as "${name}"` });
    seen.add(name);
    return name;
  });
}

export function readCsvText(input: string, opts: CsvOptions = {}): CsvTable {
  // One newline form, so offsets map to physical lines and a CRLF file reads like an LF one.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sample = text.split('\n', 60).filter((l) => l.trim() !== '');
  const delimiter = guessDelimiter(sample);
  const skipped: SkippedRow[] = [];
  const warnings: ImportWarning[] = [];
  const empty: CsvTable = { header: [], rows: [], delimiter, headerLine: 0, hxl: false, skipped, warnings };
  if (sample.length === 0) return empty;

  const raw = parseRaw(text, delimiter, warnings, skipped);
  const isHeader = opts.isHeader ?? defaultIsHeader;
  const at = raw.findIndex((r) => !isBlank(r.cells) && isHeader(r.cells.map((c) => c.trim())));
  if (at < 0) {
    warnings.push({ line: null, column: null, message: 'no header row found' });
    return empty;
  }
  const headerLine = raw[at].line;
  if (at > 0) {
    const junk = raw.slice(0, at).filter((r) => !isBlank(r.cells)).length;
    if (junk > 0) warnings.push({ line: headerLine, column: null, message: `${junk} line(s) before the header were ignored` });
  }
  const header = headerNames(raw[at].cells, headerLine, warnings);
  let first = at + 1;
  let hxl = false;
  const tags = raw[first]?.cells.filter((c) => c.trim() !== '');
  if (tags && tags.length > 0 && tags.every((c) => c.trim().startsWith('#'))) {
    hxl = true;
    first++;
  }

  const rows: CsvRow[] = [];
  for (let i = first; i < raw.length; i++) {
    const { line, cells, error } = raw[i];
    if (isBlank(cells)) continue;
    if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      skipped.push({
        line,
        column: null,
        reason: `${cells.length} cells but the header has ${header.length}${error ? ` (${error})` : ''}`,
      });
      continue;
    }
    if (cells.length < header.length) {
      warnings.push({
        line,
        column: header[cells.length],
        message: `${cells.length} cells but the header has ${header.length}; the rest read as empty`,
      });
    }
    if (error) warnings.push({ line, column: null, message: `${error}; read as written, check this row` });
    const record = plainRecord<string>();
    for (let c = 0; c < header.length; c++) record[header[c]] = cells[c] ?? '';
    rows.push({ line, cells: record });
  }
  return { header, rows, delimiter, headerLine, hxl, skipped, warnings };
}
