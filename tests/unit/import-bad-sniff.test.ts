/** Bad files through the first two steps every importer shares: sniffing, then reading the CSV (the dispatcher suite is import-bad-input.test.ts). */
// A broken .json fixture is stored as .json.part, since biome lints every .json file under tests/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/import/csv-read';
import { sniffText } from '../../src/data/import/sniff';

const open = (name: string) => {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/import/bad/${name}`, import.meta.url)));
  return sniffText(name, bytes);
};
const textOf = (name: string) => {
  const r = open(name);
  if (r.kind !== 'text') throw new Error(r.message);
  return r.text;
};

describe('files that are not what they claim', () => {
  it.each([
    ['empty.csv', /empty/],
    ['blank-lines.csv', /empty/],
    ['login-page.csv', /HTML/],
    ['utf16-bom.csv', /UTF-16/],
    ['utf16-nobom.csv', /UTF-16/],
    ['image.csv', /PNG/],
    ['workbook.csv', /ZIP/],
    ['truncated.geojson', /cut off/],
    ['truncated-array.json.part', /cut off/],
  ])('%s: one line naming the file', (name, pattern) => {
    const r = open(name);
    expect(r.kind).toBe('fatal');
    if (r.kind === 'fatal') {
      expect(r.message).toMatch(pattern);
      expect(r.message.startsWith(`${name}: `)).toBe(true);
      expect(r.message).not.toContain('\n');
    }
  });
});

describe('awkward but readable files', () => {
  it('latin1.csv: read as Windows-1252, with a note', () => {
    const r = open('latin1.csv');
    expect(r).toMatchObject({ kind: 'text', note: expect.stringMatching(/Windows-1252/) });
    expect(readCsvText(textOf('latin1.csv')).rows[0].cells.place).toBe('Testvillé');
  });

  it('junk-and-hxl.csv: BOM, junk, semicolons, CRLF, HXL', () => {
    const t = readCsvText(textOf('junk-and-hxl.csv'), { isHeader: (c) => c.includes('event_id_cnty') });
    expect(t).toMatchObject({ delimiter: ';', headerLine: 3, hxl: true });
    expect(t.rows.map((r) => [r.line, r.cells.location, r.cells.latitude])).toEqual([
      [5, 'Testville', '40,5'],
      [6, 'Sampleton', '41,25'],
    ]);
  });

  it('broken-quotes.csv: valid rows kept, broken ones reported by line', () => {
    const t = readCsvText(textOf('broken-quotes.csv'));
    expect(t.rows.map((r) => r.cells.id)).toEqual(['1', '3', '5']);
    expect(t.rows[0].cells.source_headline).toBe('"Testville shelled" agency says');
    expect(t.rows[1].cells.source_headline).toBe('Border "incident" near Examplegrad');
    expect(t.skipped.map((s) => s.line)).toEqual([3, 5]);
  });

  it('ragged.csv: long rows reported, short rows kept with a warning', () => {
    const t = readCsvText(textOf('ragged.csv'));
    expect(t.rows.map((r) => r.cells.id)).toEqual(['1', '2', '4']);
    expect(t.skipped).toEqual([expect.objectContaining({ line: 4 })]);
    expect(t.warnings).toContainEqual(expect.objectContaining({ line: 3, column: 'fatalities' }));
  });

  it('formula.csv: formulas stay text', () => {
    const t = readCsvText(textOf('formula.csv'));
    expect(t.rows[0].cells.place).toBe('=HYPERLINK("http://evil.example","click")');
    expect(t.rows[1].cells.notes).toBe('-2');
  });

  it('proto-keys.csv: no prototype is touched', () => {
    const t = readCsvText(textOf('proto-keys.csv'));
    const cells = t.rows[0].cells;
    expect(Object.keys(cells)).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(cells.toString).toBe('w');
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  });

  it('tab.tsv and crlf-multiline.csv', () => {
    expect(readCsvText(textOf('tab.tsv')).rows[0].cells.place).toBe('Testville, North');
    const t = readCsvText(textOf('crlf-multiline.csv'));
    expect(t.rows.map((r) => [r.line, r.cells.notes])).toEqual([
      [2, 'first\nsecond'],
      [4, 'plain'],
    ]);
  });
});

describe('a stray NUL byte', () => {
  it('nul-byte.csv: read as text, the NUL replaced and noted (a binary still is refused)', () => {
    const r = open('nul-byte.csv');
    expect(r).toMatchObject({ kind: 'text', note: expect.stringMatching(/1 NUL byte replaced/) });
    const t = readCsvText(textOf('nul-byte.csv'));
    expect(t.rows.map((row) => row.cells.location)).toEqual(['Testville', 'Nul\uFFFDville', 'Aftertown']);
    expect(open('image.csv').kind).toBe('fatal');
  });
});

describe('a header of many same-named columns', () => {
  it('is renamed x, x_2, x_3 … in linear time (it was quadratic: a 10 MB `x,x,x` line froze the import)', () => {
    const t = readCsvText(`${'x,'.repeat(49_999)}x\n${'1,'.repeat(49_999)}1\n`);
    expect(t.header).toHaveLength(50_000);
    expect(t.header.slice(0, 3)).toEqual(['x', 'x_2', 'x_3']);
    expect(t.header[49_999]).toBe('x_50000');
    expect(new Set(t.header).size).toBe(50_000);
  }, 20_000);
});
