/** What the map's sources hold: flat, filterable features made from the app's records. */
import type { FeatureCollection } from 'geojson';
import type { Incident, Region } from '../data/schema.ts';
import { regionName } from '../i18n/index.ts';

/** The map needs only flat, filterable properties; the full records stay in the app. */
export function mapFeatures(incidents: readonly Incident[], bothSides: ReadonlySet<string>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: incidents.flatMap((f) => {
      if (!f.geometry) return [];
      const p = f.properties;
      const properties = {
        id: p.id,
        day: p.day,
        day_end: p.day_end,
        event_type: p.event_type,
        claimant_side: p.claimant_side,
        geo_precision: p.geo_precision,
        location_role: p.location_role,
        both_sides: bothSides.has(p.id),
      };
      return [{ type: 'Feature' as const, geometry: f.geometry, properties }];
    }),
  };
}

/** Regions with their label in the interface language (the NKAO reference line is labelled). */
export function labelledRegions(regions: readonly Region[]): FeatureCollection {
  const features = regions.map((r) => ({ ...r, properties: { ...r.properties, label: regionName(r.properties) } }));
  return { type: 'FeatureCollection', features: features as FeatureCollection['features'] };
}
