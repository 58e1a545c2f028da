// A record from an event file's text is checked before the details panel shows it: the project's own
// records and an import's looser ids pass; a stranger's malformed record fails with its row, id and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textRecord } from '../../src/data/columns/text-record.ts';

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
