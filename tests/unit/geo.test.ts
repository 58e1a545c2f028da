import { describe, expect, it } from 'vitest';
import { borderPosition, containingIds, type Country } from '../../src/geo/locate.ts';
import { regionActiveOn, regionsAtDay } from '../../src/geo/regions-at-day.ts';
import type { Region } from '../../src/data/schema.ts';

const square = (iso: string, west: number, east: number): Country => ({
  type: 'Feature',
  properties: { iso },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, -1],
        [east, -1],
        [east, 1],
        [west, 1],
        [west, -1],
      ],
    ],
  },
});
// Two neighbours sharing the meridian 1°E as their border.
const countries = [square('AM', 0, 1), square('AZ', 1, 2)];

describe('borderPosition', () => {
  it('gives the side and the distance to the other country, checked by hand', () => {
    // On the equator, 0.1° of longitude is 2π × 6371.0088 km / 3600 = 11.1195 km (turf's mean Earth radius).
    const west = borderPosition([0.9, 0], countries)!;
    expect(west.side).toBe('AM');
    expect(west.km).toBeCloseTo(11.1195, 2);
    const east = borderPosition([1.25, 0], countries)!;
    expect(east.side).toBe('AZ');
    expect(east.km).toBeCloseTo(27.799, 2); // 0.25° = 2.5 × 11.1195
  });
  it('gives a point in a hole of the outlines (a lake) the nearer side if it is within 1 km, else nothing', () => {
    const withLake: Country[] = [
      {
        ...countries[0]!,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, -1],
              [1, -1],
              [1, 1],
              [0, 1],
              [0, -1],
            ],
            [
              [0.5, -0.1],
              [0.5, 0.1],
              [0.7, 0.1],
              [0.7, -0.1],
              [0.5, -0.1],
            ],
          ],
        },
      },
      countries[1]!,
    ];
    expect(borderPosition([0.505, 0], withLake)).toEqual({ side: 'AM', km: expect.closeTo(55.04, 1) });
    expect(borderPosition([0.6, 0], withLake)).toBeNull(); // 11 km from the lake shore
    expect(borderPosition([5, 0], countries)).toBeNull(); // in neither country
  });
});

const region = (id: string, from: number, to: number, reference = false, type = 'Polygon'): Region => ({
  type: 'Feature',
  geometry: {
    type: type as 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  },
  properties: {
    id,
    name: id,
    kind: 'de_facto_control',
    valid_from: null,
    valid_to: null,
    day_from: from,
    day_to: to,
    reference,
    dashed: false,
    description: 'd',
    source: 's',
  },
});

describe('the region at a date', () => {
  const regions = [
    region('held_1994', 100, 199),
    region('held_2020', 200, 300),
    region('nkao', -1e6, 1e6, true),
    region('line', 200, 300, false, 'LineString'),
  ];
  const byId = new Map(regions.map((r) => [r.properties.id, r]));

  it('finds the polygons containing a point, never a line', () => {
    expect(containingIds([1, 1], regions)).toEqual(['held_1994', 'held_2020', 'nkao']);
    expect(containingIds([3, 3], regions)).toEqual([]);
  });
  it('keeps only the regions whose period includes the day (references always)', () => {
    const ids = containingIds([1, 1], regions);
    expect(regionsAtDay(ids, byId, 150).map((r) => r.properties.id)).toEqual(['held_1994', 'nkao']);
    expect(regionsAtDay(ids, byId, 200).map((r) => r.properties.id)).toEqual(['held_2020', 'nkao']);
    expect(regionsAtDay(ids, byId, 301).map((r) => r.properties.id)).toEqual(['nkao']);
    expect(regionActiveOn(region('x', 200, 300).properties, 199)).toBe(false);
  });
});
