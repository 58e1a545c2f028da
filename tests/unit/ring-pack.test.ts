import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRing, encodeRing, packCollection, unpackCollection } from '../../src/geo/ring-pack.ts';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8'));

describe('ring-pack', () => {
  it('round-trips a ring with negative and large steps exactly', () => {
    const ring = [
      [-179.9999, -85.0001],
      [44.1234, 40.5],
      [44.1235, 40.4999],
      [-179.9999, -85.0001],
    ];
    expect(decodeRing(encodeRing(ring))).toEqual(ring);
  });

  it('refuses a point off the 1e-4 grid rather than moving it', () => {
    expect(() => encodeRing([[44.12345, 40]])).toThrow(/grid/);
  });

  it('keeps lines and points as they are', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: { a: 1 }, geometry: { type: 'LineString' as const, coordinates: [[1.5, 2.25]] } }],
    };
    expect(unpackCollection(packCollection(fc))).toEqual(fc);
  });

  // The packed files are what the app ships: they must hold exactly the borders of the GeoJSON the build writes.
  for (const name of ['basemap/countries', 'basemap/admin1']) {
    it(`data/${name}.packed.json is ${name}.geojson, point for point`, () => {
      expect(unpackCollection(read(`${name}.packed.json`))).toEqual(read(`${name}.geojson`));
    });
  }
});
