import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/import/csv-read';

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
    // Nothing inherited: the prototype is an empty, frozen object with a null prototype.
    const proto0 = Object.getPrototypeOf(cells);
    expect(proto0 === null || (Object.getOwnPropertyNames(proto0).length === 0 && Object.getPrototypeOf(proto0) === null)).toBe(true);
    expect('toString' in cells).toBe(false);
    expect('hasOwnProperty' in cells).toBe(false);
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

describe('readCsvText, awkward files', () => {
  it("honours Excel's sep= line", () => {
    const t = readCsvText('\nsep=;\r\nid;place\r\n1;Testville, North\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['id', 'place']);
    expect(t.rows).toEqual([{ line: 4, cells: expect.objectContaining({ place: 'Testville, North' }) }]);
  });

  it('reports a stray quote that swallows the next lines, and reads those lines', () => {
    const t = readCsvText('id,title,n\n1,"Testville "shelled\n2,"fine",3\n3,ok,4\n');
    expect(t.skipped).toEqual([expect.objectContaining({ line: 2 })]);
    expect(t.rows.map((r) => [r.line, r.cells.id, r.cells.title])).toEqual([
      [3, '2', 'fine'],
      [4, '3', 'ok'],
    ]);
  });

  it('reports ""…"" outside a quoted cell by its line', () => {
    const t = readCsvText('id,h,n\n1,""Testville shelled"",2\n2,ok,3\n');
    expect(t.skipped).toEqual([expect.objectContaining({ line: 2 })]);
    expect(t.rows.map((r) => r.cells.id)).toEqual(['2']);
  });

  it('keeps line numbers right after multi-line cells and blank lines', () => {
    const t = readCsvText('id,notes\n\n1,"a\n\nb"\n\n2,x\n3,"y\nz"\n4,w\n');
    expect(t.rows.map((r) => [r.cells.id, r.line])).toEqual([
      ['1', 3],
      ['2', 7],
      ['3', 8],
      ['4', 10],
    ]);
  });

  it('stops recovering from a file that is broken on every line, in bounded time', () => {
    const t = readCsvText(`a,b\n${'"x,1\n'.repeat(3000)}`);
    expect(t.rows).toEqual([]);
    expect(t.skipped.length).toBeGreaterThan(0);
    expect(t.skipped.length).toBeLessThanOrEqual(1001);
  });

  it('reads a 10 MB single line', () => {
    const t = readCsvText(`a,b\n${'x'.repeat(10_000_000)},y\n`);
    expect(t.rows[0].cells.b).toBe('y');
  });
});
