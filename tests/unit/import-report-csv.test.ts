import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/import/csv-read';
import { newReport } from '../../src/data/import/event';
import { csvCell, reportToCsv } from '../../src/data/import/report-csv';

describe('reportToCsv', () => {
  it('lists fatal, skipped and warnings with a header', () => {
    const r = newReport('events.csv', 'ACLED CSV');
    r.fatal = 'events.csv: this is an HTML web page';
    r.skipped.push({ line: 4, column: 'latitude', reason: 'not a number: "abc"' });
    r.warnings.push({ line: null, column: null, message: 'dates in the future, e.g. 2099-01-01' });
    expect(reportToCsv(r)).toBe(
      'file,line,column,kind,message\r\n' +
        'events.csv,,,fatal,events.csv: this is an HTML web page\r\n' +
        'events.csv,4,latitude,skipped,"not a number: ""abc"""\r\n' +
        'events.csv,,,warning,"dates in the future, e.g. 2099-01-01"\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['plain', 'plain'],
    ['a\nb', '"a\nb"'],
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('round-trips through the CSV reader', () => {
    const r = newReport('we,ird "name".csv', 'csv');
    r.skipped.push({ line: 2, column: 'a;b', reason: 'line one\nline two' });
    const t = readCsvText(reportToCsv(r));
    expect(t.header).toEqual(['file', 'line', 'column', 'kind', 'message']);
    expect({ ...t.rows[0].cells }).toEqual({
      file: 'we,ird "name".csv',
      line: '2',
      column: 'a;b',
      kind: 'skipped',
      message: 'line one\nline two',
    });
  });
});
