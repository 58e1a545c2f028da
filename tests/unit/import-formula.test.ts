import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/import/csv-read.ts';
import { neutraliseFormula, restoreFormula } from '../../src/data/import/formula.ts';

describe('formula neutralisation', () => {
  it('puts an apostrophe before formula-like text, never before a plain number', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.test")')).toBe(`'=HYPERLINK("http://evil.test")`);
    expect(neutraliseFormula('+1+2')).toBe(`'+1+2`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('\tx')).toBe(`'\tx`);
    expect(neutraliseFormula('-Testville')).toBe(`'-Testville`);
    expect(neutraliseFormula("'=x")).toBe(`''=x`);
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('+3')).toBe('+3');
    expect(neutraliseFormula('Testville')).toBe('Testville');
  });

  it('restoring undoes neutralising, for any text', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom("'", "''", ''), fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', '1'), fc.string())
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => restoreFormula(neutraliseFormula(t)) === t),
      { numRuns: 500 },
    );
  });

  it('the CSV reader restores neutralised header and data cells', () => {
    const t = readCsvText(`name,'=note\r\n'=1+1,''@x\r\n-12.5,'-Testville\r\n`);
    expect(t.header).toEqual(['name', '=note']);
    expect(t.rows.map((r) => [r.cells.name, r.cells['=note']])).toEqual([
      ['=1+1', "'@x"],
      ['-12.5', '-Testville'],
    ]);
  });
});

describe('delimiter guess, checked against the header', () => {
  it('tries the other delimiters when the guessed one hides the header', () => {
    // Two rows whose quoted cells hold `|` and line breaks read as more same-sized `|` records than `,` ones.
    const text = 'id,name,type_of_violence,"|;"\n#,"|\n!","|,",x\n';
    const isHeader = (cells: string[]) => cells.includes('type_of_violence');
    const t = readCsvText(text, { isHeader });
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['id', 'name', 'type_of_violence', '|;']);
    expect(t.rows[0]?.cells.name).toBe('|\n!');
  });
});
