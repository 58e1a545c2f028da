import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectGeojsonFields, importGeojson, NO_DATES } from '../../src/data/import/geojson.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('GeoJSON events importer', () => {
  const r = importGeojson('testville.geojson', fixture('geojson-events.geojson'));

  it('detects the date, title, description, link and category properties by name and value', () => {
    expect(r.fields).toMatchObject({
      date: 'Event Date',
      date_end: 'end_date',
      title: 'headline',
      description: 'notes',
      url: 'link',
      category: 'category',
    });
    expect(r.meta.title).toBe('Testville incidents');
    expect(r.report.fatal).toBeNull();
  });

  it('reads a 3D Point, dropping the altitude, with date, time, title and an http link', () => {
    const e = r.events[0];
    expect(e).toMatchObject({
      id: 'f1',
      lon: 32.5,
      lat: 15.6,
      point_kind: 'located',
      date: '2024-11-01',
      time: '10:30',
      title: 'Shelling near Testville',
    });
    expect(e.summary).toBe('Two reports.');
    expect(e.event_type).toBe('Shelling');
    expect(e.sources).toEqual([{ title: 'Shelling near Testville', publisher: '', url: 'https://example.org/a', date: null }]);
    expect(e.extra.district).toBe('North');
    expect(e.claimant).toBe('testville');
  });

  it('splits a MultiPoint into one event per point; a month date is a coarse span; a non-http link stays text', () => {
    const multi = r.events.filter((e) => e.id.startsWith('f2#'));
    expect(multi.map((e) => [e.id, e.lon, e.lat])).toEqual([
      ['f2#1', 32.6, 15.7],
      ['f2#2', 32.7, 15.8],
    ]);
    expect(multi[0]).toMatchObject({ date: '2024-11-01', date_end: '2024-11-30', date_precision: 3 });
    expect(multi[0].sources[0].url).toBeNull();
    expect(r.report.warnings.some((w) => /MultiPoint of 2 points/.test(w.message))).toBe(true);
  });

  it('keeps a null geometry and bad coordinates as unplaced events; prototype keys stay plain', () => {
    const unplaced = r.events.find((e) => e.title === 'Unplaced report');
    expect(unplaced).toMatchObject({ lon: null, lat: null, date: '2024-11-01', date_end: '2024-11-03', date_precision: 2 });
    expect(Object.getPrototypeOf(unplaced?.extra)).toBeNull();
    expect(unplaced?.extra.constructor).toBe('y');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const bad = r.events.find((e) => e.title === 'Bad coordinates');
    expect(bad).toMatchObject({ lon: null, lat: null, date: null });
    expect(r.report.warnings.some((w) => w.line === 4 && /out of range/.test(w.message))).toBe(true);
    expect(r.report.warnings.some((w) => w.line === 4 && /not understood/.test(w.message))).toBe(true);
  });

  it('places a polygon at its bounding-box centre as a centroid', () => {
    expect(r.events.find((e) => e.title === 'Area event')).toMatchObject({ lon: 31, lat: 11, point_kind: 'centroid', geo_precision: 3 });
    expect(r.report.imported).toBe(6);
  });

  it('a collection without dates imports with the "no dates" warning', () => {
    const n = importGeojson('points.geojson', fixture('geojson-nodates.geojson'));
    expect(n.events).toHaveLength(2);
    expect(n.events.every((e) => e.date === null && e.lon !== null)).toBe(true);
    expect(n.report.warnings.map((w) => w.message)).toContain(NO_DATES);
  });

  it('takes a bare Feature, a bare geometry and a mapping override', () => {
    const f = importGeojson(
      'f.json',
      JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { when: '2024-01-02', what: 'X' } }),
    );
    expect(f.events[0]).toMatchObject({ lon: 1, lat: 2, date: '2024-01-02' });
    const o = importGeojson('f.json', JSON.stringify({ type: 'Feature', geometry: null, properties: { when: '2024-01-02', what: 'X' } }), {
      title: 'what',
      date: null,
    });
    expect(o.events[0]).toMatchObject({ title: 'X', date: null });
    const g = importGeojson('g.json', JSON.stringify({ type: 'Point', coordinates: [5, 6] }));
    expect(g.events[0]).toMatchObject({ id: 'row-1', lon: 5, lat: 6 });
  });

  it('NaN-like and Infinity coordinates, deep nesting, truncated JSON and non-GeoJSON never throw', () => {
    const nan = importGeojson('n.json', '{"type":"Point","coordinates":["NaN", 1e999]}');
    expect(nan.events[0].lon).toBeNull();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const d = importGeojson('deep.json', JSON.stringify({ type: 'Feature', geometry: null, properties: { x: 1 } }).replace('1', deep));
    expect(d.events).toHaveLength(1);
    expect(importGeojson('t.geojson', '{"type":"FeatureCollection","features":[').report.fatal).toMatch(
      /t\.geojson: not valid JSON \(it looks truncated\)/,
    );
    expect(importGeojson('o.json', '{"a":1}').report.fatal).toMatch(/not GeoJSON/);
  });

  it('detectGeojsonFields finds a date column by its values when no name matches', () => {
    const f = detectGeojsonFields([{ reported_on: '2024-03-01', where: 'Testville' }, { reported_on: '2024-03-02' }, null]);
    expect(f.date).toBe('reported_on');
    expect(detectGeojsonFields([{ date: 'yesterday' }]).date).toBeNull();
  });
});
