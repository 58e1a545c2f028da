import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/data/csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimline-csv-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readCsv (data build)', () => {
  it.each([
    ['plain', 'id,name\n1,Testville\n2,Sampleton\n'],
    ['no final newline', 'id,name\n1,Testville'],
    ['BOM and CRLF', '\uFEFFid,name\r\n1,Testville\r\n'],
    ['quotes and newlines', 'id,note\n1,"a, ""b""\nc"\n2,\n'],
    ['short and long rows', 'a,b,c\n1,2\n1,2,3,4\n'],
  ])('reads %s as the d3 reader it replaced did', (_, text) => {
    const expected = csvParse(text.replace(/^\uFEFF/, '')).map((r) => ({ ...r }));
    expect(readCsv(write('t.csv', text))).toEqual(expected);
  });
});
