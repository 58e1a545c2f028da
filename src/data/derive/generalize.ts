/**
 * Basemap layers (and region outlines) from boundary files: simplified for the zooms the app
 * uses (5–11) and rounded to about 10 m, which roughly quarters the bytes with no visible loss.
 */
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function roundPositions(coords: unknown, digits: number): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const p = coords as Position;
    return [round(p[0], digits), round(p[1], digits)];
  }
  return (coords as unknown[]).map((c) => roundPositions(c, digits));
}

/** Drops repeated vertices that rounding creates, and rings that collapse to nothing. */
function cleanGeometry(geometry: Geometry): Geometry | null {
  const dedupe = (ring: Position[]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
  switch (geometry.type) {
    case 'Polygon': {
      const rings = geometry.coordinates.map(dedupe).filter((r) => r.length >= 4);
      return rings.length ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates.map((p) => p.map(dedupe).filter((r) => r.length >= 4)).filter((p) => p.length > 0);
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    case 'LineString': {
      const line = dedupe(geometry.coordinates);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map(dedupe).filter((l) => l.length >= 2);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    default:
      return geometry;
  }
}

export type GeneralizeOptions = {
  tolerance: number;
  digits?: number;
  keep: (properties: Record<string, unknown>) => Record<string, unknown>;
};

export function generalize(fc: FeatureCollection, options: GeneralizeOptions): FeatureCollection {
  const digits = options.digits ?? 4;
  const features: Feature[] = [];
  for (const feature of fc.features) {
    if (!feature.geometry) continue;
    const simple = options.tolerance > 0 ? simplify(feature, { tolerance: options.tolerance, highQuality: true, mutate: false }) : feature;
    const rounded = {
      ...simple.geometry,
      coordinates: roundPositions((simple.geometry as { coordinates: unknown }).coordinates, digits),
    } as Geometry;
    const geometry = cleanGeometry(rounded);
    if (!geometry) continue;
    features.push({ type: 'Feature', properties: options.keep(feature.properties ?? {}), geometry });
  }
  return { type: 'FeatureCollection', features };
}
