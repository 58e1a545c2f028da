/** The generic CSV result carries the file's first rows, so the mapping step can show them without parsing the file again. */
import { describe, expect, it } from 'vitest';
import { importCsv, PREVIEW_ROWS } from '../../src/data/import/csv.ts';

describe('CSV preview', () => {
  it('holds the header and the first data rows in header order, cells as text', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `r${i},2024-03-0${i + 1},15.${i},32.5,<b>x</b>`);
    const r = importCsv('t.csv', `id,date,lat,lon,title\n${rows.join('\n')}\n`, undefined, { now: '2024-12-31' });
    expect(r.preview?.header).toEqual(['id', 'date', 'lat', 'lon', 'title']);
    expect(r.preview?.rows).toHaveLength(PREVIEW_ROWS);
    expect(r.preview?.rows[0]).toEqual(['r0', '2024-03-01', '15.0', '32.5', '<b>x</b>']);
  });
  it('a short row gives empty cells, and a file with fewer rows gives them all', () => {
    const r = importCsv('t.csv', 'id,date,lat,lon\na,2024-03-01,15,32\nb,2024-03-02\n', undefined, { now: '2024-12-31' });
    expect(r.preview?.rows).toEqual([
      ['a', '2024-03-01', '15', '32'],
      ['b', '2024-03-02', '', ''],
    ]);
  });
});
