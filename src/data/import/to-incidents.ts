/**
 * An imported file as records the app draws: each ImportedEvent becomes an Incident of the app's
 * schema, in one claimant group named after the dataset (issue 11 §5: a dataset is a claimant the
 * reader can toggle and compare), with the file's own event types as categories. Pure and
 * worker-safe. Nothing is invented: a missing point stays unplotted with the reason, a missing
 * source becomes the dataset itself, and what has no field of its own goes into the notes.
 */
import type { Category, DatasetMeta as AppMeta } from '../dataset.ts';
import { dayFromDate } from '../day.ts';
import { dayFields } from '../derive/incidents.ts';
import { slug } from '../derive/slug.ts';
import type { Incident, IncidentProperties, Region, Source } from '../schema.ts';
import type { ImportedEvent, ImportedRegion, ImportResult } from './types.ts';

export type ConvertedImport = {
  /** The claimant group of every record of this file: `?sides=` value and legend entry. */
  group: Category;
  meta: AppMeta;
  eventTypes: Category[];
  incidents: Incident[];
  regions: Region[];
  /** App record id → the event as imported, for exports in the file's own layouts. */
  originals: Map<string, ImportedEvent>;
  /**
   * Events without a date are never given one: those with a point are drawn at every date as hollow
   * circles (on the map, not on the timeline; their originals are in `originals` for the popup), the
   * others are only in the report and the saved file.
   */
  undated: UndatedPoint[];
  undatedUnplaced: number;
};

export type UndatedPoint = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; claimant_side: string };
};

/** An id made of lowercase letters, digits and `sep`, never one of `taken` (which it then joins). */
export function uniqueId(text: string, sep: '-' | '_', taken: Set<string>, fallback: string): string {
  const base = (slug(text, 40) || fallback).replace(/-/g, sep);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${sep}${n}`;
  taken.add(id);
  return id;
}

function sourcesOf(e: ImportedEvent, meta: ImportResult['meta'], fileName: string): Source[] {
  // A file's title or credit of spaces alone is none.
  const title = meta.title?.trim() || fileName;
  const attribution = meta.attribution?.trim() || title;
  const given = e.sources
    .filter((s) => s.title.trim() || s.url)
    .map((s) => ({
      title: s.title.trim() || s.url || fileName,
      publisher: s.publisher.trim() || title,
      url: s.url,
      date: s.date,
    }));
  if (given.length > 0) return given;
  // The dataset is the source of a coded record with no source of its own.
  return [{ title, publisher: attribution, url: meta.source_url, date: null }];
}

function notesOf(e: ImportedEvent): string {
  const parts: string[] = [`Id in the file: ${e.id} (line ${e.line})`];
  if (e.actors.length) parts.push(`Actors: ${e.actors.join('; ')}`);
  if (e.sub_event_type) parts.push(`Sub-event type: ${e.sub_event_type}`);
  if (e.fatalities_low !== null || e.fatalities_high !== null)
    parts.push(`Fatalities: best ${e.fatalities ?? '?'} (low ${e.fatalities_low ?? '?'}, high ${e.fatalities_high ?? '?'})`);
  for (const [name, values] of Object.entries(e.categories)) parts.push(`${name}: ${values.join('; ')}`);
  for (const [name, value] of Object.entries(e.extra)) if (value.trim()) parts.push(`${name}: ${value}`);
  return parts.join('\n');
}

/** What the point stands for, said in words where it is not the place itself (the halo alone does not say why). */
const POINT_NOTE: Partial<Record<NonNullable<ImportedEvent['point_kind']>, string>> = {
  water_or_air: 'at sea or in the air, as the file codes it; the point is only indicative',
  centroid: "the centre of a wider area, as the file codes it, not the event's own place",
};

/** The place as the app names it: the file's names, and what a point that is not the place stands for. */
export function placeOf(e: ImportedEvent): string {
  const place = [e.place_name, e.admin1, e.country].filter((p, i, all): p is string => !!p && all.indexOf(p) === i).join(', ');
  const note = e.point_kind ? POINT_NOTE[e.point_kind] : undefined;
  return note ? `${place || 'No place named'} (${note})` : place;
}

/** Where the point is and how sure: a country's centroid is not a located point, so it stays off the map. */
export function whereOf(e: ImportedEvent): Pick<IncidentProperties, 'geo_precision' | 'unplotted_reason' | 'unplotted_kind'> & {
  coordinates: [number, number] | null;
} {
  if (e.lat === null || e.lon === null)
    return { coordinates: null, geo_precision: null, unplotted_reason: 'the file gives no coordinates', unplotted_kind: 'no_place' };
  if (e.point_kind === 'country_centroid')
    return {
      coordinates: null,
      geo_precision: null,
      unplotted_reason: "the file places it at a country's centroid: not a located point",
      unplotted_kind: 'area',
    };
  // Water or airspace, or a wider unit's centroid: drawn with the widest halo.
  const precision = e.point_kind === 'water_or_air' || e.point_kind === 'centroid' ? 3 : (e.geo_precision ?? 2);
  return { coordinates: [e.lon, e.lat], geo_precision: precision, unplotted_reason: null, unplotted_kind: null };
}

function regionOf(r: ImportedRegion, id: string): Region | null {
  const from = r.valid_from ? dayFromDate(r.valid_from) : null;
  const to = r.valid_to ? dayFromDate(r.valid_to) : null;
  if (from !== null && to !== null && to < from) return null;
  return {
    type: 'Feature',
    geometry: r.geometry as Region['geometry'],
    properties: {
      id,
      name: r.name || id,
      kind: r.geometry.type.endsWith('LineString') ? 'line' : 'de_facto_control',
      valid_from: r.valid_from,
      valid_to: r.valid_to,
      // Open ends reach past any dataset's days.
      day_from: from ?? -1e6,
      day_to: to ?? 1e6,
      reference: !r.valid_from && !r.valid_to,
      dashed: false,
      description: r.name || id,
      source: r.source || 'the imported file',
    },
  };
}

/**
 * `result`: one file's import. `takenGroups`/`takenIds`: group and record ids already in use (the
 * built-in dataset's and earlier imports'); the new ones are added to the sets.
 */
export function toIncidents(
  result: ImportResult,
  order: number,
  taken: { groups: Set<string>; ids: Set<string>; eventTypes: Map<string, Category> },
): ConvertedImport {
  const { meta, report } = result;
  const fileName = report.file;
  const title = meta.title || fileName;
  const groupId = uniqueId(fileName.replace(/(\.claimline)?\.[a-z0-9]+$/i, ''), '_', taken.groups, 'imported');
  const group: Category = { id: groupId, label: { en: title }, order };
  const typeIds = new Map<string, string>();
  const eventTypes: Category[] = [];
  const typeOf = (label: string): string => {
    const text = label.trim() || 'Event';
    const known = typeIds.get(text);
    if (known) return known;
    // The same label in two files is one event type (one shape) across datasets.
    const shared = [...taken.eventTypes.values()].find((c) => c.label.en === text);
    const cat = shared ?? {
      id: uniqueId(text, '_', new Set(taken.eventTypes.keys()), 'event'),
      label: { en: text },
      order: 1000 + taken.eventTypes.size,
    };
    taken.eventTypes.set(cat.id, cat);
    if (!eventTypes.includes(cat)) eventTypes.push(cat);
    typeIds.set(text, cat.id);
    return cat.id;
  };
  const incidents: Incident[] = [];
  const originals = new Map<string, ImportedEvent>();
  const undated: UndatedPoint[] = [];
  let undatedUnplaced = 0;
  for (const e of result.events) {
    const days = e.date ? dayFields(e.date, e.date_end) : null;
    const id = uniqueId(`${groupId}-${e.id}`, '-', taken.ids, `${groupId}-row-${e.line}`);
    if (!e.date || !days) {
      const point = whereOf(e).coordinates;
      if (point) {
        undated.push({ type: 'Feature', geometry: { type: 'Point', coordinates: point }, properties: { id, claimant_side: groupId } });
        originals.set(id, e);
      } else undatedUnplaced++;
      continue;
    }
    const where = whereOf(e);
    const summary = [e.title.trim(), e.summary.trim()].filter((s, i, all) => s && all.indexOf(s) === i).join(' — ');
    const claimant = e.claimant.trim() || title;
    originals.set(id, e);
    incidents.push({
      type: 'Feature',
      geometry: where.coordinates ? { type: 'Point', coordinates: where.coordinates } : null,
      properties: {
        id,
        date: e.date,
        date_end: e.date_end && e.date_end !== e.date ? e.date_end : null,
        ...days,
        time: e.time,
        date_precision: e.date_precision,
        geo_precision: where.geo_precision,
        place_id: null,
        place_name: placeOf(e),
        country: null,
        location_role: 'site',
        event_type: typeOf(e.event_type),
        claimant: slug(claimant, 60) || groupId,
        claimant_label: claimant,
        claimant_side: groupId,
        accused: null,
        fatalities_claimed: e.fatalities !== null && Number.isInteger(e.fatalities) && e.fatalities >= 0 ? e.fatalities : null,
        fatalities_of: null,
        civilian_harm: 'unknown',
        summary: summary || `${e.event_type || 'Event'}${e.place_name ? `, ${e.place_name}` : ''}`,
        sources: sourcesOf(e, meta, fileName),
        related: [],
        strike: false,
        context: false,
        weak_source: null,
        unplotted_reason: where.unplotted_reason,
        unplotted_kind: where.unplotted_kind,
        notes: notesOf(e),
      },
    });
  }
  const regionIds = new Set<string>();
  const regions = result.regions.flatMap((r) => regionOf(r, uniqueId(`${groupId}-${r.id}`, '-', regionIds, `${groupId}-region`)) ?? []);
  return {
    group,
    meta: {
      id: groupId,
      title: { en: title },
      description: { en: meta.description },
      timeZone: meta.time_zone ?? 'UTC',
      licence: meta.licence,
      attribution: { en: meta.attribution || title },
      sourceUrl: meta.source_url,
      parties: [],
    },
    eventTypes,
    incidents,
    regions,
    originals,
    undated,
    undatedUnplaced,
  };
}
