/**
 * What every importer returns: plain events in one shape, whatever the file's layout, plus a
 * report of what was skipped, merged or doubtful. Importers are pure (text in, this out), run in
 * a Web Worker in the browser and in Node at build time; they never touch the DOM or the network.
 *
 * An imported text is hostile until parsed: importers copy values into fresh objects (never onto
 * a prototype), keep text as text, and keep a URL only when it is http(s).
 */

/** 1: the exact day; 2: a span of days (`date`..`date_end`); 3: only the month or coarser. */
export type DatePrecision = 1 | 2 | 3;
/** 1: the named place; 2: near it or part of a wider unit; 3: a larger area (region, country). */
export type GeoPrecision = 1 | 2 | 3;
/**
 * What the point stands for: a place where the event was located; the centroid of a wider unit
 * (an admin area, a country: must not look like a located point); water or airspace.
 */
export type PointKind = 'located' | 'centroid' | 'country_centroid' | 'water_or_air';

export type ImportedSource = {
  /** Headline or citation text as given. */
  title: string;
  publisher: string;
  /** Only an http(s) URL; anything else stays in `title`. */
  url: string | null;
  date: string | null;
};

export type ImportedEvent = {
  /** The file's own id where it has one (event_id_cnty, id, …), else `row-<line>`. */
  id: string;
  /** YYYY-MM-DD; null when the file gives no date (on the map, not on the timeline). */
  date: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  /** HH:MM local time as given, or null. */
  time: string | null;
  /** WGS84 degrees; null for an unplaced event (kept, listed, not drawn). */
  lon: number | null;
  lat: number | null;
  geo_precision: GeoPrecision | null;
  point_kind: PointKind | null;
  place_name: string;
  country: string | null;
  admin1: string | null;
  /** The dataset's own category value, as given (e.g. ACLED "Explosions/Remote violence"). */
  event_type: string;
  sub_event_type: string | null;
  /**
   * Who says so: the party the record attributes the account to. For a coded dataset (ACLED,
   * UCDP) that is the dataset's own coding, e.g. "ACLED"; for a claims file, the claimant column.
   */
  claimant: string;
  actors: string[];
  /** Best estimate; `fatalities_low`/`fatalities_high` where the file gives a range (UCDP). */
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  title: string;
  summary: string;
  sources: ImportedSource[];
  /** Extra filter categories by name (timemap associations, CSV columns the user picked). */
  categories: Record<string, string[]>;
  /** Columns or properties the importer did not map, kept as text. */
  extra: Record<string, string>;
  /** 1-based line (CSV) or index+1 (JSON) of the first row this event came from. */
  line: number;
};

/** A region whose outline is valid for a period (disputed areas, front lines, control maps). */
export type ImportedRegion = {
  id: string;
  name: string;
  valid_from: string | null;
  valid_to: string | null;
  geometry: { type: 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString'; coordinates: unknown };
  source: string;
  line: number;
};

export type SkippedRow = { line: number; column: string | null; reason: string };
export type ImportWarning = { line: number | null; column: string | null; message: string };

export type ImportReport = {
  file: string;
  /** The format the importer recognised, e.g. "ACLED CSV (2023 layout)". */
  format: string;
  imported: number;
  skipped: SkippedRow[];
  /** Rows folded into another event (ACLED's monadic layout: one row per actor). */
  merged: number;
  warnings: ImportWarning[];
  /** Set when the file is not what it claims (HTML, binary, UTF-16, truncated JSON): one line. */
  fatal: string | null;
};

export type DatasetMeta = {
  title: string;
  description: string;
  /** IANA zone or a UTC offset of the dates as given, when known. */
  time_zone: string | null;
  licence: string;
  attribution: string;
  source_url: string | null;
};

export type ImportResult = {
  meta: DatasetMeta;
  events: ImportedEvent[];
  regions: ImportedRegion[];
  report: ImportReport;
};

/** A fresh, prototype-free record for values read from a file (keys such as `__proto__` stay plain keys). */
export function plainRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
