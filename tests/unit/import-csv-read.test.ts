import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/import/csv-read';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('readCsvText', () => {
  it('reads a plain CSV with 1-based physical line numbers', () => {
    const t = readCsvText('id,place\n1,Testville\n2,Sampleton\n');
    expect(t.header).toEqual(['id', 'place']);
    expect(t.delimiter).toBe(',');
    expect(t.headerLine).toBe(1);
    expect(t.rows.map((r) => [r.line, r.cells.id, r.cells.place])).toEqual([
      [2, '1', 'Testville'],
      [3, '2', 'Sampleton'],
    ]);
    expect(t.skipped).toEqual([]);
  });

  it('strips a UTF-8 BOM and reads CRLF', () => {
    const t = readCsvText('\uFEFFid,place\r\n1,Testville\r\n2,"Two\r\nlines"\r\n3,Last\r\n');
    expect(t.header).toEqual(['id', 'place']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(t.rows[1].cells.place).toBe('Two\nlines');
  });

  it.each([
    [';', 'id;place;lat\n1;Testville;40,5\n2;Sampleton;41,25\n'],
    ['\t', 'id\tplace\tlat\n1\tTestville, North\t40.5\n2\tSampleton\t41.25\n'],
    ['|', 'id|place|lat\n1|Testville|40.5\n'],
  ])('detects the %j delimiter', (d, text) => {
    const t = readCsvText(text);
    expect(t.delimiter).toBe(d);
    expect(t.header).toEqual(['id', 'place', 'lat']);
    expect(t.rows[0].cells.place).toMatch(/^Testville/);
  });

  it('skips junk lines before the header, with isHeader', () => {
    const text = 'Export from Example Portal\nGenerated: 2024-11-02\n\nevent_id_cnty,event_date,location\nTST1,2024-11-01,Testville\n';
    const t = readCsvText(text, { isHeader: (cells) => cells.includes('event_id_cnty') });
    expect(t.headerLine).toBe(4);
    expect(t.header).toEqual(['event_id_cnty', 'event_date', 'location']);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].line).toBe(5);
    expect(t.warnings.some((w) => /before the header/.test(w.message))).toBe(true);
  });

  it('drops an HXL hashtag row under the header', () => {
    const t = readCsvText('event_id_cnty,event_date,fatalities\n#event+code,#date+occurred,#affected+killed\nTST1,2024-11-01,3\n');
    expect(t.hxl).toBe(true);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({ line: 3 });
    expect(t.rows[0].cells.fatalities).toBe('3');
  });

  it('keeps quoted fields with delimiters, quotes and newlines', () => {
    const t = readCsvText('id,notes\n1,"On 1 Nov, ""shelling"" was\nreported in Testville"\n2,plain\n');
    expect(t.rows[0].cells.notes).toBe('On 1 Nov, "shelling" was\nreported in Testville');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reads doubled quotes at the edges of a cell ("""…""")', () => {
    const t = readCsvText('id,source_headline\n1,"""Testville shelled"", says agency"\n2,"""Quoted"""\n');
    expect(t.rows.map((r) => r.cells.source_headline)).toEqual(['"Testville shelled", says agency', '"Quoted"']);
  });

  it('recovers stray quotes inside a quoted cell with a warning on its line', () => {
    const t = readCsvText('id,title\n1,"He said "no" twice"\n2,ok\n');
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0].cells.title).toBe('He said "no" twice');
    expect(t.warnings).toContainEqual(expect.objectContaining({ line: 2 }));
  });

  it('reports an unterminated quote and reads the rows after it', () => {
    const t = readCsvText('id,title\n1,"never closed\n2,fine\n3,also fine\n');
    expect(t.skipped).toEqual([expect.objectContaining({ line: 2 })]);
    expect(t.rows.map((r) => r.cells.id)).toEqual(['2', '3']);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('skips rows with extra cells and keeps short rows with a warning', () => {
    const t = readCsvText('a,b,c\n1,2,3\n1,2,3,4\n1,2\n1,2,3,,\n');
    expect(t.skipped).toEqual([{ line: 3, column: null, reason: expect.stringMatching(/4 cells/) }]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(t.rows[1].cells.c).toBe('');
    expect(t.warnings).toContainEqual(expect.objectContaining({ line: 4, column: 'c' }));
  });

  it('returns an empty table for empty or blank text', () => {
    for (const text of ['', '\uFEFF', '\n\n  \n']) {
      const t = readCsvText(text);
      expect(t.rows).toEqual([]);
      expect(t.header).toEqual([]);
      expect(t.headerLine).toBe(0);
    }
  });

  it('keeps hostile header names as plain keys and duplicates apart', () => {
    const t = readCsvText('__proto__,constructor,notes,notes\nx,y,first,second\n');
    const cells = t.rows[0].cells;
    expect(Object.getPrototypeOf(cells)).toBeNull();
    const proto = '__proto__';
    expect(cells[proto]).toBe('x');
    expect(cells.constructor).toBe('y');
    expect(t.header).toEqual(['__proto__', 'constructor', 'notes', 'notes_2']);
    expect(cells.notes_2).toBe('second');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads a fixture file with junk, BOM, CRLF and semicolons', () => {
    const t = readCsvText(fixture('semicolon-junk.csv'), { isHeader: (c) => c.includes('event_id_cnty') });
    expect(t.delimiter).toBe(';');
    expect(t.rows.map((r) => r.cells.location)).toEqual(['Testville', 'Sampleton']);
    expect(t.rows.map((r) => r.line)).toEqual([4, 5]);
  });
});
