/**
 * A GeoJSON file of unknown purpose: events (points) or regions (polygons and lines with periods).
 * Parsed once; when most placed features are polygons or lines it is the regions layer, else events
 * (an events file with a few areas still imports as events, each area placed at its centre).
 */
import { featuresOf, type GeojsonFields, type GeojsonImportResult, importGeojsonValue } from './geojson.ts';
import { metaFrom, own, parseJsonText } from './json-common.ts';
import { newReport } from './event.ts';
import { importRegionsValue } from './regions.ts';
import type { ImportResult } from './types.ts';

const AREAS = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

/** 'regions' when more than half of the features with a geometry are polygons or lines. */
export function geojsonKind(root: unknown): 'events' | 'regions' {
  const features = featuresOf(root) ?? [];
  let areas = 0;
  let placed = 0;
  for (const f of features) {
    const type = own(own(f, 'geometry'), 'type');
    if (typeof type !== 'string') continue;
    placed++;
    if (AREAS.has(type)) areas++;
  }
  return placed > 0 && areas * 2 > placed ? 'regions' : 'events';
}

export function importAnyGeojson(fileName: string, text: string, mapping?: Partial<GeojsonFields>): ImportResult | GeojsonImportResult {
  const parsed = parseJsonText(fileName, text);
  if (!parsed.ok)
    return {
      meta: metaFrom(null, fileName),
      events: [],
      regions: [],
      report: { ...newReport(fileName, 'GeoJSON'), fatal: parsed.message },
    };
  return geojsonKind(parsed.value) === 'regions'
    ? importRegionsValue(fileName, parsed.value)
    : importGeojsonValue(fileName, parsed.value, mapping);
}
