/**
 * Regions that change with time, from GeoJSON polygons or lines:
 * - with validity dates (`valid_from`/`valid_to`, or `date`/`date_end`): one period each, as given;
 * - as dated snapshots (several features of the same id or name, each with only a `date`, the way
 *   front-line and control maps are published, one polygon per day or week): consecutive periods
 *   of ONE region, each snapshot valid until the day before the next one's date, the last open-ended.
 * Every period keeps its own source (the feature's `source`/`url` property, else the file name).
 */
import { addWarning, newReport } from './event.ts';
import { dayBefore, isObject, looseDate, metaFrom, normKey, own, parseJsonText, position, textOf } from './json-common.ts';
import type { ImportedRegion, ImportReport, ImportResult } from './types.ts';
import { plainRecord } from './types.ts';

type RegionGeometry = ImportedRegion['geometry'];

/** Lists between the coordinates and its positions, per geometry type (a LineString's items are positions). */
const DEPTH: Record<RegionGeometry['type'], number> = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };

/**
 * A fresh copy of the coordinates as [lon, lat] pairs (altitude dropped), or the reason they are
 * unusable. Walks exactly the type's depth with an explicit stack, never the file's own nesting.
 */
function copyCoords(coords: unknown, depth: number): { ok: true; value: unknown[] } | { ok: false; reason: string } {
  if (!Array.isArray(coords)) return { ok: false, reason: 'coordinates are not a list' };
  const root: unknown[] = [];
  const stack: { src: unknown[]; dst: unknown[]; d: number }[] = [{ src: coords, dst: root, d: depth }];
  while (stack.length > 0) {
    const { src, dst, d } = stack.pop() as { src: unknown[]; dst: unknown[]; d: number };
    for (const item of src) {
      if (d === 0) {
        const p = position(item);
        if (!p) return { ok: false, reason: 'a position is not a number or out of range' };
        dst.push([p.lon, p.lat]);
      } else {
        if (!Array.isArray(item)) return { ok: false, reason: 'coordinates nested wrongly for the geometry type' };
        const child: unknown[] = [];
        dst.push(child);
        stack.push({ src: item, dst: child, d: d - 1 });
      }
    }
  }
  return { ok: true, value: root };
}

/** The first own property whose normalised name is one of `names`, as trimmed text. */
function prop(props: unknown, names: readonly string[]): { key: string; value: string } | null {
  if (!isObject(props)) return null;
  for (const name of names) {
    for (const key of Object.keys(props)) {
      if (normKey(key) !== name) continue;
      const value = textOf(props[key]).trim();
      if (value !== '') return { key, value };
    }
  }
  return null;
}

function dateOf(props: unknown, names: readonly string[], line: number, report: ImportReport): string | null {
  const p = prop(props, names);
  if (!p) return null;
  const d = looseDate(own(props, p.key));
  if (!d) addWarning(report, line, p.key, `date "${p.value.slice(0, 40)}" not understood`);
  return d ? d.date : null;
}

const FROM = ['validfrom', 'date', 'datestart', 'startdate', 'from'];
const TO = ['validto', 'dateend', 'enddate', 'until', 'to'];

type Row = { region: ImportedRegion; key: string; hasTo: boolean };

export function importRegions(fileName: string, text: string): ImportResult {
  const parsed = parseJsonText(fileName, text);
  if (parsed.ok) return importRegionsValue(fileName, parsed.value);
  const report = { ...newReport(fileName, 'GeoJSON regions'), fatal: parsed.message };
  return { meta: metaFrom(null, fileName), events: [], regions: [], report };
}

/** The same, from an already parsed file. */
export function importRegionsValue(fileName: string, root: unknown): ImportResult {
  const report = newReport(fileName, 'GeoJSON regions');
  const meta = metaFrom(root, fileName);
  const features = own(root, 'type') === 'FeatureCollection' ? own(root, 'features') : own(root, 'type') === 'Feature' ? [root] : null;
  if (!Array.isArray(features)) {
    return {
      meta,
      events: [],
      regions: [],
      report: { ...report, fatal: `${fileName}: JSON, but not a GeoJSON FeatureCollection of regions` },
    };
  }
  const rows: Row[] = [];
  features.forEach((f, i) => {
    const line = i + 1;
    const geom = own(f, 'geometry');
    const type = own(geom, 'type');
    if (typeof type !== 'string' || !Object.hasOwn(DEPTH, type)) {
      report.skipped.push({ line, column: 'geometry', reason: `not a polygon or line (${textOf(type) || 'no geometry'})` });
      return;
    }
    const t = type as RegionGeometry['type'];
    const coords = copyCoords(own(geom, 'coordinates'), DEPTH[t]);
    if (!coords.ok) {
      report.skipped.push({ line, column: 'geometry', reason: coords.reason });
      return;
    }
    const props = own(f, 'properties');
    const name = prop(props, ['name', 'title', 'region', 'label'])?.value ?? '';
    const id = prop(props, ['id', 'regionid', 'fid'])?.value ?? (textOf(own(f, 'id')).trim() || name || `region-${line}`);
    const validFrom = dateOf(props, FROM, line, report);
    const validTo = dateOf(props, TO, line, report);
    if (validFrom && validTo && validTo < validFrom) {
      report.skipped.push({ line, column: 'valid_to', reason: `ends (${validTo}) before it starts (${validFrom})` });
      return;
    }
    const source = prop(props, ['source', 'sourceurl', 'url', 'link'])?.value ?? fileName;
    const region: ImportedRegion = {
      id,
      name: name || id,
      valid_from: validFrom,
      valid_to: validTo,
      geometry: { type: t, coordinates: coords.value },
      source,
      line,
    };
    rows.push({ region, key: id, hasTo: validTo !== null });
  });

  // Snapshots: a group of several dated features with no end dates becomes consecutive periods.
  const groups = plainRecord<Row[]>();
  for (const r of rows) {
    if (!Object.hasOwn(groups, r.key)) groups[r.key] = [];
    groups[r.key].push(r);
  }
  const regions: ImportedRegion[] = [];
  for (const key of Object.keys(groups)) {
    const g = groups[key];
    const snapshots = g.length > 1 && g.every((r) => !r.hasTo && r.region.valid_from !== null);
    if (!snapshots) {
      if (g.length > 1 && g.some((r) => r.region.valid_from === null))
        addWarning(report, g[0].region.line, null, `several outlines for ${key}, not all dated`);
      regions.push(...g.map((r) => r.region));
      continue;
    }
    const sorted = [...g].sort(
      (a, b) => (a.region.valid_from as string).localeCompare(b.region.valid_from as string) || a.region.line - b.region.line,
    );
    const kept: ImportedRegion[] = [];
    for (const r of sorted) {
      const prev = kept[kept.length - 1];
      if (prev && prev.valid_from === r.region.valid_from) {
        report.skipped.push({
          line: r.region.line,
          column: 'date',
          reason: `a second snapshot of ${key} for ${prev.valid_from} (line ${prev.line} kept)`,
        });
      } else kept.push(r.region);
    }
    kept.forEach((r, k) => {
      r.valid_to = k + 1 < kept.length ? dayBefore(kept[k + 1].valid_from as string) : null;
    });
    regions.push(...kept);
  }
  regions.sort((a, b) => a.line - b.line);
  report.imported = regions.length;
  if (regions.length > 0 && regions.every((r) => r.valid_from === null && r.valid_to === null)) {
    addWarning(report, null, null, 'no validity dates: the regions are shown for the whole period');
  }
  return { meta, events: [], regions, report };
}
