import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAnyGeojson } from '../../src/data/import/geojson-any.ts';
import { importRegions } from '../../src/data/import/regions.ts';

const text = readFileSync(new URL('../fixtures/import/regions-snapshots.geojson', import.meta.url), 'utf8');

describe('regions importer', () => {
  const r = importRegions('front.geojson', text);

  it('turns dated snapshots of one area into consecutive periods of one region, each with its source', () => {
    const front = r.regions
      .filter((g) => g.name === 'Testville front')
      .sort((a, b) => (a.valid_from ?? '').localeCompare(b.valid_from ?? ''));
    expect(front.map((g) => [g.id, g.valid_from, g.valid_to, g.source])).toEqual([
      ['Testville front', '2024-03-01', '2024-03-07', 'https://example.org/map-0301'],
      ['Testville front', '2024-03-08', '2024-03-14', 'https://example.org/map-0308'],
      ['Testville front', '2024-03-15', null, 'Weekly bulletin 11'],
    ]);
    expect(front[1].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [30.1, 48.1],
        [30.2, 48.2],
      ],
    });
  });

  it('keeps explicit validity dates (valid_from/valid_to or date/date_end) as given', () => {
    const d = r.regions.filter((g) => g.name === 'Sample district');
    expect(d.map((g) => [g.valid_from, g.valid_to, g.geometry.type])).toEqual([
      ['2024-01-01', '2024-02-29', 'Polygon'],
      ['2024-03-01', '2024-12-31', 'MultiPolygon'],
    ]);
    expect(d[0].source).toBe('front.geojson');
  });

  it('skips points, bad coordinates and backwards periods with line and reason', () => {
    expect(r.report.skipped.map((s) => s.line)).toEqual([6, 7, 8]);
    expect(r.report.skipped[1].reason).toMatch(/out of range/);
    expect(r.report.skipped[2].reason).toMatch(/before it starts/);
    expect(r.report.imported).toBe(5);
  });

  it('reports a duplicate snapshot date and bad JSON', () => {
    const dup = importRegions(
      'd.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [1, 2].map(() => ({
          type: 'Feature',
          properties: { id: 'z', date: '2024-01-01' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        })),
      }),
    );
    expect(dup.regions).toHaveLength(1);
    expect(dup.report.skipped[0]).toMatchObject({ line: 2, column: 'date' });
    expect(importRegions('x.geojson', '{"type":').report.fatal).toMatch(/^x\.geojson: not valid JSON/);
    expect(importRegions('x.geojson', '[]').report.fatal).toMatch(/not a GeoJSON FeatureCollection/);
  });
});

describe('GeoJSON of unknown purpose', () => {
  it('goes to the regions importer when most features are polygons or lines, else to events', () => {
    const regions = importAnyGeojson('front.geojson', text);
    expect(regions.report.format).toBe('GeoJSON regions');
    expect(regions.regions).toHaveLength(5);
    const events = importAnyGeojson('p.geojson', JSON.stringify({ type: 'Point', coordinates: [1, 2] }));
    expect(events.report.format).toBe('GeoJSON');
    expect(events.events).toHaveLength(1);
    expect(importAnyGeojson('t.geojson', '{').report.fatal).toMatch(/^t\.geojson: not valid JSON/);
  });
});
