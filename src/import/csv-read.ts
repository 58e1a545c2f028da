/** STUB of the i11-core API (replaced by i11-core's module on merge). */
import Papa from 'papaparse';
import type { ImportWarning, SkippedRow } from './types.ts';

export type CsvRow = { line: number; cells: Record<string, string> };
export type CsvTable = {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  headerLine: number;
  hxl: boolean;
  skipped: SkippedRow[];
  warnings: ImportWarning[];
};

export function readCsvText(text: string, opts?: { isHeader?: (cells: string[]) => boolean }): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false });
  const table: CsvTable = {
    header: [],
    rows: [],
    delimiter: parsed.meta.delimiter,
    headerLine: 0,
    hxl: false,
    skipped: [],
    warnings: [],
  };
  const bad = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) bad.set(e.row, e.message);
  let line = 1;
  const isHeader = opts?.isHeader ?? ((cells: string[]) => cells.some((c) => c.trim() !== ''));
  parsed.data.forEach((cells, i) => {
    const here = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (cells.length === 1 && cells[0].trim() === '') return;
    if (table.headerLine === 0) {
      if (isHeader(cells)) {
        table.header = cells.map((c) => c.trim());
        table.headerLine = here;
      }
      return;
    }
    if (bad.has(i)) {
      table.skipped.push({ line: here, column: null, reason: bad.get(i) ?? 'malformed' });
      return;
    }
    const rec = Object.create(null) as Record<string, string>;
    table.header.forEach((h, k) => {
      rec[h] = cells[k] ?? '';
    });
    table.rows.push({ line: here, cells: rec });
  });
  return table;
}
