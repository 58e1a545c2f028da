import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/data/dataset';
import { toAcledCsv, toClaimlineGeojson, toUcdpCsv } from '../../src/data/export';
import { incidentsToEvents } from '../../src/data/export/from-incidents';
import { importFile } from '../../src/data/import';
import type { Incident } from '../../src/data/schema';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const incidents: Incident[] = read('data/incidents.geojson').features;
const file: DatasetFile = read('data/dataset.json');
const meta = {
  title: 'Built-in',
  description: '',
  time_zone: 'Asia/Yerevan',
  licence: 'CC BY 4.0',
  attribution: 'Claimline',
  source_url: null,
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the built-in claims in the published layouts', () => {
  const events = incidentsToEvents(incidents, file.categories, new Map());

  it.each([
    ['ACLED', (e: typeof events) => toAcledCsv(e, meta).csv, 'x.csv'],
    ['UCDP', (e: typeof events) => toUcdpCsv(e, meta).csv, 'x.csv'],
    ['Claimline', (e: typeof events) => toClaimlineGeojson({ meta, events: e, regions: [] }), 'x.geojson'],
  ])('%s: importing the export gives back every claim with its date, point and claimant', (layout, write, name) => {
    const back = importFile(name, bytes(write(events)), { now: '2026-12-02' });
    expect(back.report.fatal).toBeNull();
    expect(back.events).toHaveLength(incidents.length);
    const byId = new Map(back.events.map((e) => [e.id, e]));
    for (const f of incidents) {
      const e = byId.get(f.properties.id);
      // ACLED has one date an event: a span goes out as its middle day with a coarser precision.
      if (!(f.properties.date_end && layout === 'ACLED')) expect(e?.date).toBe(f.properties.date);
      expect(e?.lat ?? null).toBe(f.geometry?.coordinates[1] ?? null);
      expect(e?.lon ?? null).toBe(f.geometry?.coordinates[0] ?? null);
    }
  });

  it('gives an imported record back as its file had it', () => {
    const original = { ...events[0], id: 'FROM-FILE' } as (typeof events)[0];
    const first = incidents[0] as Incident;
    expect(incidentsToEvents([first], file.categories, new Map([[first.properties.id, original]]))[0]).toBe(original);
  });
});
