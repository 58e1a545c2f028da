import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, middleDay, spanDays } from '../../src/data/export/csv-write.ts';

describe('csv-write', () => {
  it('quotes quotes, line breaks and every delimiter the importers sniff', () => {
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a|b')).toBe('"a|b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('a\r\nb')).toBe('"a\nb"');
    expect(csvCell('Testville')).toBe('Testville');
  });

  it('neutralises text but writes numbers as they are', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-x,y')).toBe(`"'-x,y"`);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('ends rows with CRLF and adds a BOM only when asked', () => {
    expect(
      csvDocument([
        ['a', 1],
        [null, '=x'],
      ]),
    ).toBe("a,1\r\n,'=x\r\n");
    expect(csvDocument([['a']], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('finds the middle and the length of a date span', () => {
    expect(middleDay('2024-10-01', '2024-10-31')).toBe('2024-10-16');
    expect(middleDay('2024-10-01', null)).toBe('2024-10-01');
    expect(spanDays('2024-02-28', '2024-03-01')).toBe(2);
  });
});
