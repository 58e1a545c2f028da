/**
 * UCDP GED column names: the 49 of the published CSV, and the names derived files give them
 * (R and pandas exports, hand-trimmed extracts). A header cell is normalised (trimmed, lower
 * case, spaces and dashes to `_`) and looked up here, so columns may come in any order.
 */

/** The published GED CSV layout (codebook 19.1 onwards), in file order. */
export const GED_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

export type GedColumn = (typeof GED_COLUMNS)[number];

/**
 * Renamed columns seen in derived files, to the GED name. Only names that cannot mean anything
 * else in a GED extract: `lat`/`lon`, the `*_death` names of older R packages, `type` for the
 * violence type, `event_id` for the id.
 */
const ALIASES: Record<string, GedColumn> = {
  event_id: 'id',
  ged_id: 'id',
  violence_type: 'type_of_violence',
  type: 'type_of_violence',
  conflict: 'conflict_name',
  dyad: 'dyad_name',
  sidea: 'side_a',
  sideb: 'side_b',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  long: 'longitude',
  start_date: 'date_start',
  startdate: 'date_start',
  end_date: 'date_end',
  enddate: 'date_end',
  best_est: 'best',
  best_death: 'best',
  deaths_best: 'best',
  low_est: 'low',
  low_death: 'low',
  deaths_low: 'low',
  high_est: 'high',
  high_death: 'high',
  deaths_high: 'high',
  adm1: 'adm_1',
  adm2: 'adm_2',
  admin1: 'adm_1',
  admin2: 'adm_2',
  deaths_civilian: 'deaths_civilians',
  sources: 'number_of_sources',
};

const KNOWN = new Set<string>(GED_COLUMNS);

export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * An unnamed leading index column, as pandas (`""`, `Unnamed: 0`) and R (`...1`, `X`) write
 * them: row numbers of the exporting program, not data, so it is not kept.
 */
export function isIndexHeader(cell: string): boolean {
  const c = cell.trim();
  // `column_1`: the core reader's name for an empty first header cell.
  return c === '' || c === 'column_1' || /^unnamed:?\s*\d+$/i.test(c) || /^\.\.\.\d+$/.test(c) || c === 'X' || c === 'rownames';
}

export function gedName(cell: string): GedColumn | null {
  const n = normaliseHeader(cell);
  if (KNOWN.has(n)) return n as GedColumn;
  return Object.hasOwn(ALIASES, n) ? ALIASES[n] : null;
}

/**
 * The header row of a GED file: at least four known columns, one of which says "UCDP" by itself
 * (a generic CSV also has `id`, `year`, `latitude`, `country`).
 */
const DISTINCT: ReadonlySet<GedColumn> = new Set<GedColumn>([
  'type_of_violence',
  'where_prec',
  'date_prec',
  'dyad_name',
  'side_a',
  'best',
  'deaths_civilians',
  'priogrid_gid',
  'conflict_new_id',
  'where_coordinates',
]);

export function isGedHeader(cells: string[]): boolean {
  const names = cells.map(gedName).filter((n): n is GedColumn => n !== null);
  return new Set(names).size >= 4 && names.some((n) => DISTINCT.has(n));
}

/** Header name (as in the file) for each GED column present; the first one wins. */
export type ColumnMap = { byGed: Partial<Record<GedColumn, string>>; unmapped: string[]; index: string[] };

export function mapColumns(header: string[]): ColumnMap {
  const byGed: Partial<Record<GedColumn, string>> = Object.create(null);
  const unmapped: string[] = [];
  const index: string[] = [];
  header.forEach((h, i) => {
    const g = gedName(h);
    if (g && byGed[g] === undefined) byGed[g] = h;
    else if (i === 0 && isIndexHeader(h)) index.push(h);
    else unmapped.push(h);
  });
  return { byGed, unmapped, index };
}
