import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { combineDatasets } from '../../src/data/combine';
import type { Category } from '../../src/data/dataset';
import { convertImport, reportLine } from '../../src/data/import/convert';
import { newEvent, newReport } from '../../src/data/import/event';
import { toIncidents } from '../../src/data/import/to-incidents';
import type { ImportedEvent, ImportResult } from '../../src/data/import/types';
import { IncidentSchema } from '../../src/data/schema';

function ev(line: number, id: string, set: Partial<ImportedEvent>): ImportedEvent {
  return { ...newEvent(line, id), ...set };
}

function result(file: string, events: ImportedEvent[]): ImportResult {
  return {
    meta: { title: `${file} title`, description: '', time_zone: null, licence: 'CC BY', attribution: `Data: ${file}`, source_url: null },
    events,
    regions: [],
    report: { ...newReport(file, 'ACLED CSV'), imported: events.length },
  };
}

const fresh = () => ({ groups: new Set<string>(), ids: new Set<string>(), eventTypes: new Map<string, Category>() });

describe('toIncidents', () => {
  const events = [
    ev(2, 'SDN1', {
      date: '2024-05-02',
      lat: 15.5,
      lon: 32.5,
      geo_precision: 1,
      event_type: 'Battles',
      claimant: 'ACLED',
      title: 'Clash in Testville',
    }),
    ev(3, 'SDN2', { date: '2024-05-01', date_end: '2024-05-03', lat: null, lon: null, event_type: 'Battles', fatalities: 4 }),
    ev(4, 'SDN3', { date: '2024-05-04', lat: 15, lon: 30, point_kind: 'country_centroid', event_type: 'Riots' }),
    ev(5, 'SDN4', { date: null, lat: 15, lon: 31, event_type: 'Riots' }),
    ev(6, 'SDN5', { date: '2024-05-05', lat: 16, lon: 33, point_kind: 'water_or_air', event_type: 'Explosions/Remote violence' }),
  ];
  const out = toIncidents(result('sudan-acled.csv', events), 100, fresh());

  it('gives every dated event a valid record of the app schema, in one group named after the file', () => {
    expect(out.group).toMatchObject({ id: 'sudan_acled', label: { en: 'sudan-acled.csv title' } });
    expect(out.incidents).toHaveLength(4);
    for (const f of out.incidents) {
      const parsed = v.safeParse(IncidentSchema, f);
      expect(parsed.issues?.map((i) => i.message) ?? []).toEqual([]);
      expect(f.properties.claimant_side).toBe('sudan_acled');
      expect(f.properties.sources.length).toBeGreaterThan(0);
    }
    expect(new Set(out.incidents.map((f) => f.properties.id)).size).toBe(4);
  });

  it('keeps an undated event out of the timeline records, as a point of its own, never inventing a date', () => {
    expect(out.incidents.some((f) => f.properties.notes.includes('SDN4'))).toBe(false);
    expect(out.undated).toHaveLength(1);
    const [point] = out.undated;
    expect(point?.geometry.coordinates).toEqual([31, 15]);
    expect(point?.properties.claimant_side).toBe('sudan_acled');
    expect(out.originals.get(point?.properties.id ?? '')?.id).toBe('SDN4');
    expect(out.undatedUnplaced).toBe(0);
    const none = toIncidents(result('n.csv', [ev(2, 'N1', { date: null, lat: null, lon: null, event_type: 'A' })]), 100, fresh());
    expect([none.undated.length, none.undatedUnplaced, none.incidents.length]).toEqual([0, 1, 0]);
  });

  it('leaves events without a located point unplotted, with the reason', () => {
    const [noPoint, centroid] = [out.incidents[1], out.incidents[2]];
    expect(noPoint?.geometry).toBeNull();
    expect(noPoint?.properties.unplotted_kind).toBe('no_place');
    expect(centroid?.geometry).toBeNull();
    expect(centroid?.properties.unplotted_kind).toBe('area');
    const water = out.incidents[3];
    expect(water?.geometry?.coordinates).toEqual([33, 16]);
    expect(water?.properties.geo_precision).toBe(3);
    expect(water?.properties.place_name).toContain('at sea or in the air');
  });

  it('maps the file event types to categories, with the file labels', () => {
    expect(out.eventTypes.map((c) => c.label.en)).toEqual(['Battles', 'Riots', 'Explosions/Remote violence']);
    expect(out.incidents.map((f) => f.properties.event_type)).toContain('explosions_remote_violence');
  });

  it('uses the dataset as the source of a record with none, and keeps the original for exports', () => {
    const first = out.incidents[0];
    expect(first?.properties.sources).toEqual([
      { title: 'sudan-acled.csv title', publisher: 'Data: sudan-acled.csv', url: null, date: null },
    ]);
    expect(out.originals.get(first?.properties.id ?? '')?.id).toBe('SDN1');
  });

  it('keeps hostile keys of extra columns as text in the notes', () => {
    const e = ev(2, 'X1', { date: '2024-01-01', lat: 1, lon: 1, event_type: 'A' });
    // As a parsed file gives it: an own key, set on the prototype-free record.
    Object.assign(e.extra, JSON.parse('{"__proto__": "<img src=x onerror=alert(1)>"}'));
    const one = toIncidents(result('x.csv', [e]), 100, fresh());
    expect(one.incidents[0]?.properties.notes).toContain('__proto__: <img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('combineDatasets and convertImport', () => {
  it('adds each file as a group beside the earlier ones, with ids and groups that never collide', () => {
    const a = convertImport(result('events.csv', [ev(2, '1', { date: '2024-01-01', lat: 1, lon: 1, event_type: 'A' })]), {
      builtIn: null,
      imports: [],
    });
    expect(a.converted).not.toBeNull();
    const b = convertImport(result('events.csv', [ev(2, '1', { date: '2023-12-31', lat: 2, lon: 2, event_type: 'A' })]), {
      builtIn: null,
      imports: a.converted ? [a.converted] : [],
    });
    const imports = [a.converted, b.converted].filter((x) => x !== null);
    expect(imports.map((i) => i.group.id)).toEqual(['events', 'events_2']);
    const combined = combineDatasets(null, imports);
    expect(combined?.dataset.categories.groups.map((g) => g.id)).toEqual(['events', 'events_2']);
    // One event type shared by label across files; records in day order.
    expect(combined?.dataset.categories.eventTypes).toHaveLength(1);
    expect(combined?.dataset.incidents.map((f) => f.properties.date)).toEqual(['2023-12-31', '2024-01-01']);
    const ids = combined?.dataset.incidents.map((f) => f.properties.id) ?? [];
    expect(new Set(ids).size).toBe(2);
    expect(combined?.datasetOf.get(ids[0] ?? '')).toBe('events_2');
    expect(combined?.dataset.meta.attribution.en).toBe('Data: events.csv · Data: events.csv');
  });

  it('gives a fatal file one message and no dataset, and a cancelled one nothing', () => {
    const bad = result('page.csv', []);
    bad.report.fatal = 'page.csv: this is an HTML page, not a data file';
    expect(convertImport(bad, { builtIn: null, imports: [] })).toEqual({ converted: null, messages: [bad.report.fatal] });
    bad.report.fatal = 'cancelled';
    expect(convertImport(bad, { builtIn: null, imports: [] }).messages).toEqual([]);
  });

  it('summarises a report in one line', () => {
    const r = result('e.csv', []);
    r.report.imported = 1;
    r.report.skipped.push({ line: 4, column: 'latitude', reason: 'not a number' });
    expect(reportLine(r)).toBe('e.csv: 1 event imported, 1 skipped (ACLED CSV)');
  });

  it('says so when no dataset is given', () => {
    expect(combineDatasets(null, [])).toBeNull();
  });
});
