/**
 * Reads delimited text (CSV, TSV, European `;` CSV) into rows keyed by header name, the shared first
 * step of every tabular importer. Parsing is papaparse's; this module adds what real exports need:
 * a BOM, junk lines before the header, an HXL hashtag row, physical line numbers for the report, and
 * row-by-row recovery so one bad row never costs the rest of the file, and the apostrophe that
 * formula-neutralised exports put before `=`/`+`/`-`/`@` text is removed again (formula.ts).
 */
import Papa from 'papaparse';
import { restoreFormula } from './formula.ts';
import type { ImportWarning, SkippedRow } from './types';

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
export type CsvOptions = {
  isHeader?: (cells: string[]) => boolean;
  /** The delimiter when known (the user corrected the guess in the mapping step); guessed otherwise. */
  delimiter?: string;
};

const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 60;
/**
 * Each recovery re-parses the rest of the file, so a file broken on every line would take quadratic
 * time: recoveries stop after this many rows or this much re-parsed text, and the rest is reported.
 */
const MAX_RECOVERIES = 1000;
const MAX_REPARSED = 32 * 1024 * 1024;

/**
 * Which delimiter splits most of the first records into the same number (>1) of cells. The sample is
 * parsed, not split by line, so quoted text ("Testville; North", cells over several lines) does not
 * count; the most common count is robust to junk lines before the header.
 */
export function guessDelimiter(text: string): string {
  const cut = text.lastIndexOf('\n', SAMPLE_CHARS);
  const sample = text.length <= SAMPLE_CHARS ? text : text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    const { data, errors } = Papa.parse<string[]>(sample, { delimiter: d, newline: '\n', preview: SAMPLE_ROWS, skipEmptyLines: true });
    // The wrong delimiter cuts quoted cells apart, which leaves quote marks where they cannot be.
    const broken = new Set(errors.map((e) => e.row));
    data.forEach((cells, i) => {
      if (cells.length > 1 && !broken.has(i)) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
    });
    let score = 0;
    for (const [n, freq] of counts) score = Math.max(score, freq * 1000 + n);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Line starts of the normalised text, for restarting on the line after a broken row. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Physical lines a record spans beyond its first: the newlines inside its quoted cells. */
function innerNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Every record of the text with its first physical line. A broken quote swallows the following rows
 * in any CSV parser (up to the next quote that happens to close it, or the end of the file), so such
 * a row is reported and parsing restarts on the physical line after its first. A stray quote that
 * stays within one line is read as written, with a warning.
 */
function parseRaw(
  text: string,
  delimiter: string,
  warnings: ImportWarning[],
  skipped: SkippedRow[],
  onRow: (line: number, cells: string[], error: string | null) => void,
): void {
  let starts: number[] | null = null;
  let from = 0;
  let line = 1;
  let recoveries = 0;
  let reparsed = 0;
  while (from < text.length) {
    let broken = false;
    Papa.parse<string[]>(from === 0 ? text : text.slice(from), {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      step: (result, parser) => {
        const cells = result.data;
        const spans = innerNewlines(cells);
        let error: string | null = null;
        for (const e of result.errors) {
          if (e.code === 'MissingQuotes' || (e.code === 'InvalidQuotes' && spans > 0)) broken = true;
          else if (e.code === 'InvalidQuotes') error = 'stray quote marks';
        }
        if (broken) {
          skipped.push({ line, column: null, reason: 'a quote mark is not closed or not doubled; the row was not read' });
          parser.abort();
          return;
        }
        onRow(line, cells, error);
        line += 1 + spans;
      },
    });
    if (!broken) break;
    starts ??= lineStarts(text);
    // `line` is still the broken row's first line; the next one starts at starts[line].
    from = line < starts.length ? starts[line] : text.length;
    line++;
    reparsed += text.length - from;
    if ((++recoveries >= MAX_RECOVERIES || reparsed > MAX_REPARSED) && from < text.length) {
      skipped.push({ line, column: null, reason: `too many broken quotes; the rest of the file (from line ${line}) was not read` });
      warnings.push({ line: null, column: null, message: 'the file has many broken quotes; is it really CSV?' });
      break;
    }
  }
}

/**
 * Rows are prototype-free like `plainRecord()`, but made by a constructor whose prototype is a frozen,
 * empty, null-prototype object: nothing is inherited and `__proto__` is an ordinary own key, yet V8
 * keeps these objects in fast mode (`Object.create(null)` ones are dictionaries, several times slower
 * to build for a 100k-row file).
 */
const NO_PROTOTYPE: object = Object.freeze(Object.create(null));
function CellRecord(): void {}
CellRecord.prototype = NO_PROTOTYPE;
const newCells = (): Record<string, string> => new (CellRecord as unknown as new () => Record<string, string>)();

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const defaultIsHeader = (cells: string[]) => !isBlank(cells);

/** Unique, non-empty header names: a file with two `notes` columns must not lose one of them. */
function headerNames(cells: string[], line: number, warnings: ImportWarning[]): string[] {
  const seen = new Set<string>();
  // The next suffix to try per base name: a header of a million `x` columns stays linear, not quadratic.
  const next = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.trim() || `column_${i + 1}`;
    let name = base;
    let n = next.get(base) ?? 2;
    for (; seen.has(name); n++) name = `${base}_${n}`;
    next.set(base, n);
    if (name !== base) warnings.push({ line, column: base, message: `column "${base}" appears twice; the second is read as "${name}"` });
    seen.add(name);
    return name;
  });
}

export function readCsvText(input: string, opts: CsvOptions = {}): CsvTable {
  // One newline form, so offsets map to physical lines and a CRLF file reads like an LF one.
  const bomless = input.replace(/^\uFEFF/, '');
  const text = bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless;
  const firstLine = /^\s*([^\n]*)/.exec(text)?.[1].trim() ?? '';
  // Excel's `sep=;` first line names the delimiter outright; it is not part of the table.
  const sep = /^sep=(.)$/i.exec(firstLine);
  const known = opts.delimiter || (sep ? sep[1] : null);
  const guess = known ?? guessDelimiter(text);
  const table = readWith(text, guess, sep !== null, opts);
  if (known || table.headerLine > 0 || !opts.isHeader) return table;
  // The guess can be fooled by a short file whose quoted cells hold another delimiter and line breaks
  // (two rows read with `|` give more same-sized records than with `,`). A delimiter under which the
  // caller's header is not found is the wrong one: the others are tried before giving up.
  for (const d of DELIMITERS) {
    if (d === guess) continue;
    const other = readWith(text, d, false, opts);
    if (other.headerLine > 0) return other;
  }
  return table;
}

function readWith(text: string, delimiter: string, hasSep: boolean, opts: CsvOptions): CsvTable {
  const skipped: SkippedRow[] = [];
  const warnings: ImportWarning[] = [];
  const empty: CsvTable = { header: [], rows: [], delimiter, headerLine: 0, hxl: false, skipped, warnings };
  if (text.trim() === '') return empty;

  const isHeader = opts.isHeader ?? defaultIsHeader;
  // Rows are made as papaparse reads them, never kept twice: a 100k-row file held as cell arrays and
  // as records at once spent most of its import in the garbage collector.
  let header: string[] | null = null;
  let headerLine = 0;
  let junk = 0;
  // Excel's `sep=` line (first non-blank line) is not the header; it counts as a line before it.
  let sepLine = hasSep;
  let hxlNext = false;
  let hxl = false;
  const rows: CsvRow[] = [];
  const onRow = (line: number, cells: string[], error: string | null) => {
    if (!header) {
      if (isBlank(cells)) return;
      if (!sepLine && isHeader(cells.map((c) => c.trim()))) {
        headerLine = line;
        if (junk > 0) warnings.push({ line, column: null, message: `${junk} line(s) before the header were ignored` });
        header = headerNames(cells.map(restoreFormula), line, warnings);
        hxlNext = true;
        return;
      }
      sepLine = false;
      junk++;
      return;
    }
    if (hxlNext) {
      hxlNext = false;
      const tags = cells.filter((c) => c.trim() !== '');
      if (tags.length > 0 && tags.every((c) => c.trim().startsWith('#'))) {
        hxl = true;
        return;
      }
    }
    if (isBlank(cells)) return;
    if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      skipped.push({
        line,
        column: null,
        reason: `${cells.length} cells but the header has ${header.length}${error ? ` (${error})` : ''}`,
      });
      return;
    }
    if (cells.length < header.length) {
      warnings.push({
        line,
        column: header[cells.length],
        message: `${cells.length} cells but the header has ${header.length}; the rest read as empty`,
      });
    }
    if (error) warnings.push({ line, column: null, message: `${error}; read as written, check this row` });
    const record = newCells();
    for (let c = 0; c < header.length; c++) record[header[c]] = restoreFormula(cells[c] ?? '');
    rows.push({ line, cells: record });
  };
  parseRaw(text, delimiter, warnings, skipped, onRow);
  if (!header) {
    warnings.push({ line: null, column: null, message: 'no header row found' });
    return empty;
  }
  return { header, rows, delimiter, headerLine, hxl, skipped, warnings };
}
