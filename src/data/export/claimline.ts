/**
 * The view's dataset as Claimline's own GeoJSON file (src/data/import/claimline.ts): every field of
 * every event and region, and the dataset meta (title, licence, attribution, source URL) inside the
 * file, so it round-trips losslessly through importClaimline.
 */
import { writeClaimlineFile } from '../import/claimline.ts';
import type { ImportResult } from '../import/types.ts';

export function toClaimlineGeojson(result: Pick<ImportResult, 'meta' | 'events' | 'regions'>): string {
  return writeClaimlineFile({
    ...result,
    report: { file: '', format: '', imported: 0, skipped: [], merged: 0, warnings: [], fatal: null },
  });
}
