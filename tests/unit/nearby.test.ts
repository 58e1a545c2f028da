/** Records of the other datasets near a record: distance, day slack, order, counts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayGap, haversineKm, nearbyCounts, nearbyRecords } from '../../src/data/nearby.ts';
import type { Incident } from '../../src/data/schema.ts';
import { JERMUK, north, record } from './nearby-fixture.ts';

const target = record('ours-1', JERMUK, 100);
const all = [
  target,
  record('ours-2', north(1), 100),
  record('acled-far', north(40), 100),
  record('acled-near', north(3), 100),
  record('acled-late', north(2), 103),
  record('acled-span', north(2), 95, { day_end: 99 }),
  record('ucdp-1', north(8), 101),
  record('ucdp-none', null, 100),
  record('unknown', north(1), 100),
];
const datasetOf = new Map([
  ['ours-1', 'ours'],
  ['ours-2', 'ours'],
  ['acled-far', 'acled'],
  ['acled-near', 'acled'],
  ['acled-late', 'acled'],
  ['acled-span', 'acled'],
  ['ucdp-1', 'ucdp'],
  ['ucdp-none', 'ucdp'],
]);
const ids = (found: { incident: Incident }[]) => found.map((f) => f.incident.properties.id);

describe('haversineKm', () => {
  it('measures great-circle km', () => {
    expect(haversineKm(JERMUK, JERMUK)).toBe(0);
    expect(haversineKm([0, 0], [0, 1])).toBeCloseTo(111.195, 2);
    // Yerevan–Baku, about 460 km.
    expect(haversineKm([44.5152, 40.1872], [49.8671, 40.4093])).toBeGreaterThan(450);
    expect(haversineKm([44.5152, 40.1872], [49.8671, 40.4093])).toBeLessThan(460);
  });
});

describe('dayGap', () => {
  it('is 0 for overlapping windows and the days between them otherwise', () => {
    expect(dayGap({ day: 10, day_end: 12 }, { day: 12, day_end: 13 })).toBe(0);
    expect(dayGap({ day: 10, day_end: 12 }, { day: 14, day_end: 14 })).toBe(2);
    expect(dayGap({ day: 10, day_end: 12 }, { day: 5, day_end: 7 })).toBe(3);
  });
});

describe('nearbyRecords', () => {
  it('lists only other datasets’ records with a point, within the distance and the day slack, nearest first', () => {
    const found = nearbyRecords(target, all, datasetOf, { km: 25, days: 1 });
    expect(ids(found)).toEqual(['acled-span', 'acled-near', 'ucdp-1']);
    expect(found[0]?.dayGap).toBe(1);
    expect(found[1]?.km).toBeCloseTo(3, 1);
  });
  it('widens with the day slack and the distance', () => {
    expect(ids(nearbyRecords(target, all, datasetOf, { km: 25, days: 3 }))).toEqual(['acled-span', 'acled-late', 'acled-near', 'ucdp-1']);
    expect(ids(nearbyRecords(target, all, datasetOf, { km: 50, days: 0 }))).toEqual(['acled-near', 'acled-far']);
  });
  it('sorts equal distances by day', () => {
    const found = nearbyRecords(target, all, datasetOf, { km: 5, days: 7 });
    expect(ids(found)).toEqual(['acled-span', 'acled-late', 'acled-near']);
  });
  it('gives nothing for a target with no point', () => {
    expect(nearbyRecords(record('ours-3', null, 100), all, new Map([...datasetOf, ['ours-3', 'ours']]), { km: 100, days: 7 })).toEqual([]);
  });
  it('counts per dataset', () => {
    expect(nearbyCounts(target, all, datasetOf, { km: 25, days: 1 })).toEqual(
      new Map([
        ['acled', 2],
        ['ucdp', 1],
      ]),
    );
  });
});

describe('nearbyRecords, random points', () => {
  const point = fc.tuple(fc.double({ min: 44, max: 47, noNaN: true }), fc.double({ min: 38.5, max: 41.5, noNaN: true }));
  const rec = fc.record({
    at: fc.option(point, { nil: null }),
    day: fc.integer({ min: 0, max: 20 }),
    span: fc.integer({ min: 0, max: 3 }),
    dataset: fc.constantFrom('a', 'b', 'c'),
  });
  it('returns exactly what a naive scan finds, each within the distance and the slack', () => {
    fc.assert(
      fc.property(
        rec,
        fc.array(rec, { maxLength: 60 }),
        fc.constantFrom(5, 10, 25, 50, 100),
        fc.constantFrom(0, 1, 3, 7),
        (t, others, km, days) => {
          const make = (r: typeof t, id: string) => record(id, r.at, r.day, { day_end: r.day + r.span });
          const target = make(t, 'target');
          const list = [target, ...others.map((r, i) => make(r, `r-${i}`))];
          const datasetOf = new Map([['target', t.dataset], ...others.map((r, i) => [`r-${i}`, r.dataset] as const)]);
          const found = nearbyRecords(target, list, datasetOf, { km, days });
          for (const f of found) {
            expect(f.km).toBeLessThanOrEqual(km);
            expect(f.dayGap).toBeLessThanOrEqual(days);
            expect(datasetOf.get(f.incident.properties.id)).not.toBe(t.dataset);
          }
          for (let i = 1; i < found.length; i++) expect((found[i]?.km ?? 0) >= (found[i - 1]?.km ?? 0)).toBe(true);
          const naive = list.filter((o) => {
            const p = o.properties;
            if (!t.at || !o.geometry || datasetOf.get(p.id) === t.dataset) return false;
            const overlaps = p.day <= target.properties.day_end + days && p.day_end >= target.properties.day - days;
            return overlaps && haversineKm(t.at, o.geometry.coordinates) <= km;
          });
          expect(new Set(ids(found))).toEqual(new Set(naive.map((o) => o.properties.id)));
        },
      ),
    );
  });
});
