/**
 * The attribution that goes with an export. The CSV exports keep the published layouts pure (a
 * comment line or an extra column would break ACLED's and UCDP's own tools, and our importers), so
 * the credit travels alongside: every CSV export returns `{ csv, attribution }`, and the download
 * offers the attribution as a text file next to the CSV (`<name>.attribution.txt`) and shows it in
 * the export dialog. Claimline's own GeoJSON carries the dataset `meta` inside the file.
 */
import type { DatasetMeta } from '../import/types.ts';

export type CsvExport = {
  /** The table in the published layout, CRLF line ends. */
  csv: string;
  /** Plain text: title, attribution line, licence, source URL, and what the file is. */
  attribution: string;
};

export function attributionText(meta: DatasetMeta, layout: string, count: number): string {
  const lines = [
    meta.title,
    meta.attribution ? `Attribution: ${meta.attribution}` : '',
    meta.licence ? `Licence: ${meta.licence}` : '',
    meta.source_url ? `Source: ${meta.source_url}` : '',
    `${count} event${count === 1 ? '' : 's'} exported from Claimline in ${layout}.`,
    'Keep this attribution with the data and follow the licence of the original dataset.',
  ];
  return `${lines.filter((l) => l !== '').join('\n')}\n`;
}
