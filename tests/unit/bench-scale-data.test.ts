// The scale benchmark's synthetic sets: deterministic, spread over the whole time range and only inside the box.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acledCsvOf, BOUNDS, DAYS, pointsFile, scaleSet } from '../../scripts/bench/scale-data.ts';

const hash = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('scaleSet', () => {
  const set = scaleSet(20_000);

  it('gives the same bytes for the same seed, other bytes for another', () => {
    expect(hash(pointsFile(scaleSet(20_000)))).toBe(hash(pointsFile(set)));
    expect(hash(acledCsvOf(scaleSet(500)))).toBe(hash(acledCsvOf(scaleSet(500))));
    expect(hash(pointsFile(scaleSet(20_000, 7)))).not.toBe(hash(pointsFile(set)));
  });

  it('spans the days unevenly', () => {
    const perDay = new Array<number>(DAYS).fill(0);
    for (const d of set.day) perDay[d] = (perDay[d] ?? 0) + 1;
    expect(Math.min(...set.day)).toBeLessThanOrEqual(2);
    expect(Math.max(...set.day)).toBeGreaterThanOrEqual(DAYS - 3);
    expect(Math.max(...set.day)).toBeLessThan(DAYS);
    expect(perDay.filter((c) => c > 0).length).toBeGreaterThan(DAYS * 0.95);
    const sorted = [...perDay].sort((a, b) => a - b);
    expect(sorted[DAYS - 1]).toBeGreaterThan(3 * (sorted[DAYS >> 1] as number));
  });

  it('keeps every point inside the bounds, clustered but not all in clusters', () => {
    const [west, south, east, north] = BOUNDS;
    for (let i = 0; i < set.lon.length; i++) {
      expect(set.lon[i]).toBeGreaterThanOrEqual(west);
      expect(set.lon[i]).toBeLessThanOrEqual(east);
      expect(set.lat[i]).toBeGreaterThanOrEqual(south);
      expect(set.lat[i]).toBeLessThanOrEqual(north);
    }
    // A 1°×1° grid: clusters make some cells far fuller than even, noise leaves few cells empty.
    const cells = new Map<string, number>();
    for (let i = 0; i < set.lon.length; i++) {
      const key = `${Math.floor(set.lon[i] as number)},${Math.floor(set.lat[i] as number)}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    const even = set.lon.length / ((east - west) * (north - south));
    expect(Math.max(...cells.values())).toBeGreaterThan(5 * even);
    expect(cells.size).toBeGreaterThan(0.9 * (east - west) * (north - south));
  });

  it('writes one ACLED row per point with its date and coordinates', () => {
    const small = scaleSet(3);
    const lines = acledCsvOf(small).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain((small.lat[0] as number).toFixed(4));
    const date = new Date(Date.UTC(2023, 0, 1 + (small.day[0] as number))).toISOString().slice(0, 10);
    expect(lines[1]?.split(',')[1]).toBe(date);
  });
});
