/**
 * Disputed regions: the features a region is drawn from, merged into one geometry, with their
 * validity dates as day numbers so the slider can show each by period. Pure and worker-safe, so
 * the data build and a browser import of a regions file derive the same fields.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { dayFromDate } from '../day.ts';
import { OPEN_END, OPEN_START } from '../open-period.ts';
import type { Region } from '../schema.ts';
import { generalize } from './generalize.ts';

/** A region's description, as text cells (data/raw/regions.csv or an import's mapping). */
export type RegionMeta = {
  id: string;
  name: string;
  kind: string;
  valid_from?: string;
  valid_to?: string;
  /** 'true' or anything else. */
  reference?: string;
  dashed?: string;
  description: string;
  source: string;
};

/**
 * The features whose properties match every `key=value` of a `;`-separated selector, compared as
 * text (`name=Lachin;admin_level=4`).
 */
export function selectFeatures(source: FeatureCollection, select: string): Feature[] {
  const tests = select.split(';').map((kv) => kv.split('=') as [string, string]);
  return source.features.filter((f) => tests.every(([k, v]) => String(f.properties?.[k]) === v));
}

/**
 * One geometry for a region drawn from several features: a single feature's own geometry, else its
 * lines joined into one MultiLineString (a line drawn in pieces; other geometries add nothing).
 */
export function mergeGeometry(features: readonly Feature[]): Geometry {
  if (features.length === 1) return features[0].geometry;
  return {
    type: 'MultiLineString',
    coordinates: features.flatMap((f) =>
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [],
    ),
  };
}

/**
 * The region feature: coordinates rounded as the basemap's (no simplification: a claimed line is
 * drawn as published), an empty validity bound open (OPEN_START / OPEN_END), flags from 'true'.
 */
export function regionFeature(meta: RegionMeta, geometry: Geometry): Region {
  const simplified = generalize(
    { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] },
    { tolerance: 0, keep: () => ({}) },
  );
  const validFrom = meta.valid_from?.trim() || null;
  const validTo = meta.valid_to?.trim() || null;
  return {
    type: 'Feature',
    geometry: simplified.features[0].geometry as Region['geometry'],
    properties: {
      id: meta.id,
      name: meta.name,
      kind: meta.kind as Region['properties']['kind'],
      valid_from: validFrom,
      valid_to: validTo,
      day_from: validFrom ? dayFromDate(validFrom) : OPEN_START,
      day_to: validTo ? dayFromDate(validTo) : OPEN_END,
      reference: meta.reference === 'true',
      dashed: meta.dashed === 'true',
      description: meta.description,
      source: meta.source,
    },
  };
}
