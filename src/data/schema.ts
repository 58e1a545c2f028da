/**
 * The data contract shared by the data build, `npm run data:check` and the app's loader:
 * one set of rules, checked at run time with valibot.
 */
import * as v from 'valibot';
import { isDate } from './day.ts';

export const FATALITY_PARTIES = ['armenia', 'azerbaijan', 'both'] as const;
/** `site`: where an imported dataset places the event, with no claim about who fired from or at it. */
export const LOCATION_ROLES = ['target', 'origin', 'direction', 'area', 'site'] as const;
export const WEAK_SOURCE_KINDS = ['aggregator', 'encyclopedia_mirror'] as const;
/**
 * Why a record is not on the map, as a closed set the interface translates (the free English
 * note stays in `unplotted_reason`): a named place no citable source locates; an area or several
 * places, not a point; no place named; outside the mapped region; a point exists but would
 * misrepresent the claim (e.g. a capital standing for a province).
 */
export const UNPLOTTED_KINDS = ['not_located', 'area', 'no_place', 'abroad', 'not_fair'] as const;
export type UnplottedKind = (typeof UNPLOTTED_KINDS)[number];
/** Local time as reported. */
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An http(s) URL, or `seed:NNN` for one of the seed articles in data/raw/seeds. */
export const SOURCE_URL_RE = /^(https?:\/\/\S+|seed:\d{3})$/;

const dateString = v.pipe(v.string(), v.check(isDate, 'must be a real YYYY-MM-DD date'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const dayNumber = v.pipe(v.number(), v.integer());
const precision = v.picklist([1, 2, 3]);
/**
 * A category id (claimant group, event type): the dataset lists its own (data/dataset.ts), and
 * data/dataset-schema.ts checks every record against that list.
 */
const categoryId = v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/, 'must be lowercase letters, digits and underscores'));

export const SourceSchema = v.object({
  title: nonEmpty,
  publisher: nonEmpty,
  /** Null for a source an imported file names without a link (no link is invented). */
  url: v.nullable(v.pipe(v.string(), v.regex(SOURCE_URL_RE, 'must be an http(s) URL or a seed:NNN citation'))),
  date: v.nullable(v.string()),
});

export const IncidentPropertiesSchema = v.pipe(
  v.object({
    id: v.pipe(nonEmpty, v.regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens')),
    date: dateString,
    date_end: v.nullable(dateString),
    day: dayNumber,
    day_end: dayNumber,
    time: v.nullable(v.pipe(v.string(), v.regex(TIME_RE, 'must be HH:MM'))),
    date_precision: precision,
    geo_precision: v.nullable(precision),
    place_id: v.nullable(nonEmpty),
    place_name: v.string(),
    /** De jure country of the place (ISO 3166 alpha-2), null for border-wide or unplaced claims. */
    country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter code'))),
    location_role: v.picklist(LOCATION_ROLES),
    event_type: categoryId,
    claimant: nonEmpty,
    claimant_label: nonEmpty,
    claimant_side: categoryId,
    accused: v.nullable(v.picklist(['armenia', 'azerbaijan'])),
    fatalities_claimed: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** Whose dead the figure counts (a side's forces and civilians), null where the source does not say. */
    fatalities_of: v.nullable(v.picklist(FATALITY_PARTIES)),
    civilian_harm: v.picklist(['yes', 'no', 'unknown']),
    summary: nonEmpty,
    sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
    related: v.array(nonEmpty),
    /** Counts as a strike on its place (the "settlements reported shelled" layer). */
    strike: v.boolean(),
    /** Background far outside the incident period: shown on the context strip, not the slider. */
    context: v.boolean(),
    weak_source: v.nullable(v.picklist(WEAK_SOURCE_KINDS)),
    unplotted_reason: v.nullable(nonEmpty),
    unplotted_kind: v.nullable(v.picklist(UNPLOTTED_KINDS)),
    notes: v.string(),
  }),
  v.check((p) => p.day_end >= p.day, 'day_end is before day'),
  v.check((p) => p.fatalities_of === null || p.fatalities_claimed !== null, 'fatalities_of is set but fatalities_claimed is not'),
);

const position = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);
export const PointSchema = v.object({ type: v.literal('Point'), coordinates: position });

export const IncidentSchema = v.object({
  type: v.literal('Feature'),
  geometry: v.nullable(PointSchema),
  properties: IncidentPropertiesSchema,
});

export const PlacePropertiesSchema = v.object({
  id: v.pipe(nonEmpty, v.regex(/^[a-z0-9_]+$/, 'must be lowercase letters, digits and underscores')),
  name_en: nonEmpty,
  name_hy: v.string(),
  name_az: v.string(),
  name_ru: v.string(),
  kind: v.picklist(['capital', 'city', 'town', 'village', 'height', 'region', 'lake', 'mountain']),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter code')),
  /** Both common names are in name_en ("Stepanakert / Khankendi"). */
  contested: v.boolean(),
  /** Where the coordinates and names come from. Required in data/places.geojson (scripts/data/check-records.ts);
   * the app's copy, places.app.geojson, leaves it out: nothing in the app shows it. */
  source: v.optional(nonEmpty),
  /** Computed by the data build (geo/locate.ts) from the OSM country outlines the map draws. */
  border_side: v.nullable(v.picklist(['AM', 'AZ'])),
  border_km: v.nullable(v.pipe(v.number(), v.minValue(0))),
  /** Ids of the region polygons that contain the place, at any date (geo/regions-at-day.ts picks by date). */
  regions: v.array(nonEmpty),
});

export const PlaceSchema = v.object({
  type: v.literal('Feature'),
  geometry: PointSchema,
  properties: PlacePropertiesSchema,
});

const polygonal = v.object({
  type: v.picklist(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']),
  coordinates: v.array(v.any()),
});

export const RegionPropertiesSchema = v.pipe(
  v.object({
    id: nonEmpty,
    name: nonEmpty,
    kind: v.picklist(['former_autonomous_oblast', 'de_facto_control', 'corridor', 'district', 'line']),
    valid_from: v.nullable(dateString),
    valid_to: v.nullable(dateString),
    day_from: dayNumber,
    day_to: dayNumber,
    /** Drawn at every date as a labelled reference (the former NKAO boundary). */
    reference: v.boolean(),
    dashed: v.boolean(),
    description: nonEmpty,
    source: nonEmpty,
  }),
  v.check((p) => p.day_to >= p.day_from, 'day_to is before day_from'),
);

export const RegionSchema = v.object({
  type: v.literal('Feature'),
  geometry: polygonal,
  properties: RegionPropertiesSchema,
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type IncidentProperties = v.InferOutput<typeof IncidentPropertiesSchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type RegionProperties = v.InferOutput<typeof RegionPropertiesSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
/** A claimant group's id, one of the dataset's `categories.groups`. */
export type Side = string;
/** An event type's id, one of the dataset's `categories.eventTypes`. */
export type EventType = string;
