/** The world city grid (src/geo/world-cells.ts) and the cells `npm run data` wrote with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellName, cellOf, cellsForBbox } from '../../src/geo/world-cells.ts';

const root = join(import.meta.dirname, '..', '..');
const cellDir = join(root, 'public', 'world', 'cities');

describe('cellOf', () => {
  it('counts from 180°W and 90°S, folding the far edges into the last cell', () => {
    expect(cellOf(-180, -90)).toEqual([0, 0]);
    expect(cellOf(179.99, 89.99)).toEqual([35, 17]);
    expect(cellOf(180, 90)).toEqual([0, 17]); // 180° is -180°
    expect(cellOf(44.5, 40.2)).toEqual([22, 13]); // Yerevan
    expect(cellOf(-190, 0)).toEqual([35, 9]); // 170°E
  });
});

describe('cellsForBbox', () => {
  it('one cell for a view inside it', () => {
    expect(cellsForBbox([44, 40, 45, 41])).toEqual(['22_13']);
  });
  it('every cell a view touches, and no more', () => {
    expect(cellsForBbox([38, 35, 52, 42]).sort()).toEqual(['21_12', '21_13', '22_12', '22_13', '23_12', '23_13']);
  });
  it('wraps across the antimeridian (west > east, or east past 180° as maplibre reports it)', () => {
    expect(cellsForBbox([175, -20, -175, -15]).sort()).toEqual(['0_7', '35_7']);
    expect(cellsForBbox([175, -20, 185, -15]).sort()).toEqual(['0_7', '35_7']);
  });
  it('a view wider than the world takes every column; bad numbers take none', () => {
    expect(cellsForBbox([-400, -10, 400, -5])).toHaveLength(36);
    expect(cellsForBbox([Number.NaN, 0, 1, 1])).toEqual([]);
    expect(cellsForBbox([0, -95, 1, 95])).toHaveLength(18);
  });
});

describe('the built city cells', () => {
  const names = JSON.parse(readFileSync(join(cellDir, 'index.json'), 'utf8')) as string[];
  it('the index names each cell file, every city lies in its cell, and each cell stays small', () => {
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const text = readFileSync(join(cellDir, `${name}.geojson`), 'utf8');
      expect(text.length, name).toBeLessThan(64_000);
      for (const f of JSON.parse(text).features) {
        const [lng, lat] = f.geometry.coordinates;
        expect(cellName(...cellOf(lng, lat)), f.properties.name).toBe(name);
        expect(f.properties.population).toBeGreaterThanOrEqual(50_000);
      }
    }
  });
});
