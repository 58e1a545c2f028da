import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * Reads a UTF-8 CSV file with a header row into plain records: papaparse, the parser the importers
 * use, so the build and the browser read CSV the same way. A missing cell reads as '', extra cells
 * are dropped, and the blank line a final newline leaves is not a record.
 */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { data } = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const last = data.at(-1);
  if (last && last.length === 1 && last[0] === '' && /\r?\n$/.test(text)) data.pop();
  const [header = [], ...rows] = data;
  return rows.map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    return record;
  });
}
