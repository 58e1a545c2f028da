import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';

/** Reads a UTF-8 CSV file with a header row into plain records. */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return csvParse(text).map((row) => ({ ...row }) as Record<string, string>);
}
