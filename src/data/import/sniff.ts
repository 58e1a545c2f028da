/**
 * First look at a file: is it text we can read, and which importer should read it? A file that is not
 * what it claims (an HTML login page saved as .csv, an .xlsx, UTF-16 from Excel, a cut-off download)
 * gets one line naming the file and what it looks like, instead of a thousand skipped rows.
 */

export type Sniffed = { kind: 'text'; text: string; note?: string } | { kind: 'fatal'; message: string };
export type Format = 'acled' | 'ucdp' | 'geojson' | 'timemap' | 'claimline' | 'csv' | 'unknown';

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel .xlsx workbook? save it as CSV)'],
  [[0x1f, 0x8b], 'a gzip archive (unpack it first)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls workbook (save it as CSV)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function utf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  // Without a BOM, UTF-16 Latin text has a zero byte in every other position.
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 / 2 && Math.min(even, odd) === 0;
}

/**
 * Share of control bytes (other than tab, CR, LF, FF) in the first 4 KB: text has none, binaries many.
 * NUL counts like any other control byte: one stray NUL in an export must not refuse its valid rows.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) bad++;
  }
  return bad > n / 100;
}

/** Stray NULs in text (a corrupted export) become U+FFFD, so no NUL reaches a cell, a label or an export. */
function replaceNuls(text: string): { text: string; count: number } {
  const parts = text.split('\u0000');
  return { text: parts.join('\uFFFD'), count: parts.length - 1 };
}

const HTML = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html)/i;

export function sniffText(name: string, bytes: Uint8Array): Sniffed {
  const fatal = (what: string): Sniffed => ({ kind: 'fatal', message: `${name}: ${what}` });
  if (bytes.length === 0) return fatal('the file is empty');
  if (utf16(bytes)) return fatal('this is UTF-16 text; save it again as UTF-8 (in Excel: "CSV UTF-8")');
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) return fatal(`this looks like ${what}, not a data file`);
  if (looksBinary(bytes)) return fatal('this looks like a binary file, not text');
  let text: string;
  let note: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: almost always an old Windows export; read it as such rather than refuse it.
    text = new TextDecoder('windows-1252').decode(bytes);
    note = 'not UTF-8; read as Windows-1252 (Western European); check accented names';
  }
  text = text.replace(/^\uFEFF/, '');
  const nuls = replaceNuls(text);
  if (nuls.count > 0) {
    text = nuls.text;
    const what = `${nuls.count} NUL byte${nuls.count > 1 ? 's' : ''} replaced with \uFFFD; check the rows that show it`;
    note = note ? `${note}; ${what}` : what;
  }
  if (text.trim() === '') return fatal('the file is empty');
  if (HTML.test(text.slice(0, 2048))) return fatal('this is an HTML web page (a login or error page saved instead of the data?)');
  const json = jsonProblem(text);
  if (json) return fatal(json);
  return note ? { kind: 'text', text, note } : { kind: 'text', text };
}

/** How a JSON document starts; a CSV whose first junk line is `[Exported …]` does not. */
const JSON_START = /^\s*(\{\s*["}]|\[\s*([[{"\d\-\]]|true|false|null))/;

/** A JSON document that does not end with the bracket it began with was cut off (an interrupted download). */
function jsonProblem(text: string): string | null {
  if (!JSON_START.test(text.slice(0, 256))) return null;
  const head = text.trimStart()[0];
  const tail = text.trimEnd().slice(-1);
  if ((head === '{' && tail !== '}') || (head === '[' && tail !== ']')) return 'this JSON file is cut off (truncated download?)';
  return null;
}

/** Lower-cased cells of the first lines: junk lines may come before the header. */
function headLines(text: string): Set<string>[] {
  return text
    .split(/\r?\n|\r/, 30)
    .map((line) => line.split(/[,;\t|]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()))
    .filter((cells) => cells.length >= 3)
    .map((cells) => new Set(cells));
}

const isAcled = (has: (...n: string[]) => boolean) =>
  has('event_id_cnty') ||
  has('event_id_no_cnty') ||
  has('event_date', 'actor1', 'fatalities') ||
  has('event_date', 'sub_event_type', 'interaction');
const isUcdp = (has: (...n: string[]) => boolean) =>
  has('best', 'date_start') && (has('where_prec') || has('dyad_name') || has('side_a') || has('type_of_violence'));

/** Which importer fits, from the first few kilobytes; the user can still choose another. */
export function detectFormat(name: string, text: string): Format {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '');
  if (JSON_START.test(head)) {
    if (/"claimline[_a-z]*"\s*:|"format"\s*:\s*"claimline/i.test(head)) return 'claimline';
    if (/"events"\s*:/.test(head) && /"(sources|associations)"\s*:/.test(text)) return 'timemap';
    if (/"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head) || /"features"\s*:\s*\[/.test(head)) return 'geojson';
    return 'unknown';
  }
  const lines = headLines(head);
  for (const cells of lines) {
    const has = (...names: string[]) => names.every((n) => cells.has(n));
    if (isAcled(has)) return 'acled';
    if (isUcdp(has)) return 'ucdp';
  }
  if (lines.length > 0) return 'csv';
  if (/\.(csv|tsv|txt)$/i.test(name) && /[,;\t|]/.test(head)) return 'csv';
  return 'unknown';
}
