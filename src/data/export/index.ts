/**
 * Exports of the view's events: CSV in ACLED's layout, CSV in UCDP GED's layout (each returned with
 * its attribution text beside it, see attribution.ts), and Claimline's own GeoJSON (meta inside).
 * Pure: no DOM; the UI turns the strings into downloads.
 */
export { ACLED_COLUMNS, ACLED_ROUND_TRIP_FIELDS, toAcledCsv } from './acled.ts';
export { attributionText, type CsvExport } from './attribution.ts';
export { toClaimlineGeojson } from './claimline.ts';
export type { CsvOptions } from './csv-write.ts';
export { toUcdpCsv, UCDP_ROUND_TRIP_FIELDS } from './ucdp.ts';
