import { describe, expect, it } from 'vitest';
import { detectFormat, sniffText } from '../../src/data/import/sniff';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fatalOf = (name: string, bytes: Uint8Array) => {
  const r = sniffText(name, bytes);
  return r.kind === 'fatal' ? r.message : null;
};

describe('sniffText', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    expect(sniffText('a.csv', utf8('\uFEFFid,place\n1,Թեստավան\n'))).toEqual({ kind: 'text', text: 'id,place\n1,Թեստավան\n' });
  });

  it('reads non-UTF-8 bytes as Windows-1252 with a note', () => {
    const r = sniffText('a.csv', new Uint8Array([0x69, 0x64, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(r).toMatchObject({ kind: 'text', text: 'id\nCafé\n' });
    expect(r.kind === 'text' && r.note).toMatch(/Windows-1252/);
  });

  it('names the file and the problem in one line', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(), /empty/],
      [utf8(' \n\n '), /empty/],
      [new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), /UTF-16/],
      [new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]), /UTF-16/],
      [new Uint8Array([...'id,place\n1,x\n'].flatMap((c) => [c.charCodeAt(0), 0])), /UTF-16/],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /ZIP.*xlsx/],
      [new Uint8Array([0x01, 0x02, 0x03, 0x00, 0x05]), /binary/],
      [utf8('<!DOCTYPE html>\n<html><body>Sign in</body></html>'), /HTML/],
      [utf8('\n  <html lang="en"><head><title>404</title></head></html>'), /HTML/],
      [utf8('{"type":"FeatureCollection","features":[{"type":"Feature"'), /cut off/],
      [utf8('[{"id":1},{"id":2}'), /cut off/],
    ];
    for (const [bytes, pattern] of cases) {
      const message = fatalOf('events.csv', bytes);
      expect(message, String(pattern)).toMatch(pattern);
      expect(message).toMatch(/^events\.csv: /);
      expect(message).not.toMatch(/\n/);
    }
  });

  it('lets complete JSON and CSV through', () => {
    expect(sniffText('a.geojson', utf8('{"type":"FeatureCollection","features":[]}\n')).kind).toBe('text');
    expect(sniffText('a.csv', utf8('a,b\n"<html>",2\n')).kind).toBe('text');
    expect(sniffText('a.csv', utf8('[Exported by Example Portal]\nid,place\n1,Testville\n')).kind).toBe('text');
    expect(sniffText('a.json', utf8('  [ 1, 2 ]  \n')).kind).toBe('text');
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'event_id_cnty,event_date,year,actor1,fatalities\nTST1,2024-11-01,2024,Group A,0\n', 'acled'],
    ['a.csv', 'junk line\ndata_id;event_date;actor1;fatalities;iso3\n', 'acled'],
    ['a.csv', '#event+code\n', 'unknown'],
    ['a.csv', 'Exported by Example Portal, 2 November 2024, all regions\nevent_id_cnty,event_date,actor1\n', 'acled'],
    ['a.csv', 'data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year\n', 'acled'],
    ['a.csv', '"event_id_cnty";"event_date";"fatalities"\n', 'acled'],
    ['g.csv', 'id,type_of_violence,date_start,date_end,best\n', 'ucdp'],
    [
      'g.csv',
      'id,relid,year,side_a,side_b,where_prec,date_start,date_end,best,high,low\n1,X,2024,A,B,1,2024-01-01,2024-01-01,1,1,1\n',
      'ucdp',
    ],
    ['g.csv', ',id,dyad_name,date_start,best\n', 'ucdp'],
    ['x.csv', 'name,lat,lng,date\nTestville,40,45,2024-11-01\n', 'csv'],
    ['x.tsv', 'name\tlat\tlng\n', 'csv'],
    ['x.geojson', '{"type": "FeatureCollection", "features": []}', 'geojson'],
    ['x.json', '{"features": [{"type":"Feature"}]}', 'geojson'],
    ['t.json', '{"events":[],"sources":{},"associations":[]}', 'timemap'],
    ['c.geojson', '{"type":"FeatureCollection","claimline_format":1,"features":[]}', 'claimline'],
    ['x.json', '{"hello":1}', 'unknown'],
    ['x.txt', 'just some words', 'unknown'],
    ['x.csv', '[Exported]\nname,lat,lon\n', 'csv'],
  ])('%s %j -> %s', (name, text, expected) => {
    expect(detectFormat(name, text)).toBe(expected);
  });
});
