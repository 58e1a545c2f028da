// A record from an event file's text is checked before the details panel shows it: the project's own
// records and an import's looser ids pass; a stranger's malformed record fails with its row, id and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textRecord } from '../../src/data/columns/text-record.ts';
import { convertImport } from '../../src/data/import/convert.ts';
import { importFile } from '../../src/data/import/index.ts';

const built = JSON.parse(readFileSync(new URL('../../data/incidents.geojson', import.meta.url), 'utf8')) as {
  features: { properties: Record<string, unknown> }[];
};
const own = built.features.map((f) => f.properties);
const one = own[0] as Record<string, unknown>;

describe('textRecord', () => {
  it('passes every record of the built-in dataset unchanged', () => {
    expect(own.length).toBeGreaterThan(10);
    for (const p of own) expect(textRecord(p, 'incidents, row 1')).toEqual(p);
  });

  it("takes an import's ids, categories and countries as the file gives them", () => {
    const imported = { ...one, id: 'ARM-2022_0913', event_type: 'Explosions/Remote violence', claimant_side: 'Side A', country: 'Armenia' };
    expect(textRecord(imported, 'x').id).toBe('ARM-2022_0913');
  });

  it('names the file, row, record and field of a malformed record', () => {
    expect(() => textRecord({ ...one, id: 'r-1', summary: 42 }, 'events.clcol (text), row 7')).toThrow(
      /^events\.clcol \(text\), row 7, record "r-1": summary: /,
    );
    expect(() => textRecord({ ...one, sources: 'a link' }, 'f, row 2')).toThrow(/sources: /);
    expect(() => textRecord({ ...one, date: '2022-02-30' }, 'f, row 2')).toThrow(/date: must be a real YYYY-MM-DD date/);
  });

  it('takes a link whose scheme an importer kept in capitals, and a source with no link', () => {
    const sources = [
      { title: 't', publisher: 'p', url: 'HTTPS://Example.org/a', date: null },
      { title: 't', publisher: 'p', url: null, date: '2022-09-13' },
    ];
    expect(textRecord({ ...one, sources }, 'f, row 3').sources).toEqual(sources);
  });

  it('passes what the importers write: links in any case, a file whose title is spaces', () => {
    const csv =
      'date,lat,lon,event_type,title,url,source\n2020-01-02,40.1,45.2,Shelling,A,HTTPS://Example.org/a,Radio\n2020-01-04,40.1,45.2,Shelling,C,Http://example.org/c,Radio\n';
    const meta = { title: '  ', description: '', time_zone: null, licence: '', attribution: ' ', source_url: 'HTTPS://acleddata.com' };
    const event = { claimline_kind: 'event', id: 'e1', line: 2, date: '2020-01-02', date_end: null, date_precision: 1, time: null };
    const properties = { ...event, event_type: 'X', sources: [], place_name: 'P', claimant: '', title: 't', summary: '' };
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [45, 40] }, properties };
    const geojson = JSON.stringify({ type: 'FeatureCollection', claimline_format: 1, meta, features: [feature] });
    const files: [string, string][] = [
      ['t.csv', csv],
      ['w.claimline.geojson', geojson],
    ];
    const records = files.flatMap(([name, text]) => {
      const { converted } = convertImport(importFile(name, new TextEncoder().encode(text)), { builtIn: null, imports: [] });
      return converted?.incidents.map((f) => JSON.parse(JSON.stringify(f.properties))) ?? [];
    });
    expect(records).toHaveLength(3);
    for (const p of records) expect(textRecord(p, 'x').id).toBe(p.id);
    // The dataset, named by the file when its title is blank, is the source of a record with none.
    expect(records[2].sources[0]).toMatchObject({ title: 'w.claimline.geojson', publisher: 'w.claimline.geojson' });
  });

  it('refuses a source link that is not http(s), which the panel would otherwise make clickable', () => {
    const sources = [{ title: 't', publisher: 'p', url: 'javascript:alert(1)', date: null }];
    expect(() => textRecord({ ...one, sources }, 'f, row 3')).toThrow(/sources\.0\.url: /);
  });

  it('says what is wrong with a record that is not an object, and caps a long list of faults', () => {
    expect(() => textRecord(null, 'f, row 4')).toThrow(/^f, row 4: \(record\): /);
    expect(() => textRecord('text', 'f, row 4')).toThrow(/^f, row 4: /);
    expect(() => textRecord({ id: 'x' }, 'f, row 5')).toThrow(/record "x": .*\(and \d+ more\)$/);
  });
});
