// TEMPORARY local shim (never committed): stands in for the csv helper's dispatcher until i11-csv lands.
import { importAcled } from './acled.ts';
import { importClaimline } from './claimline.ts';
import { newReport } from './event.ts';
import { importAnyGeojson } from './geojson-any.ts';
import { detectFormat, sniffText } from './sniff.ts';
import { importTimemap } from './timemap.ts';
import type { ImportResult } from './types.ts';
import { importUcdp } from './ucdp.ts';

export type ImportOptions = { now?: string; signal?: { aborted: boolean }; onProgress?: (f: number) => void };

function fatal(name: string, message: string): ImportResult {
  const report = { ...newReport(name, 'unknown'), fatal: message };
  return {
    meta: { title: name, description: '', time_zone: null, licence: '', attribution: '', source_url: null },
    events: [],
    regions: [],
    report,
  };
}

export function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  try {
    const s = sniffText(name, bytes);
    if (s.kind === 'fatal') return fatal(name, s.message);
    switch (detectFormat(name, s.text)) {
      case 'acled':
        return importAcled(name, s.text, { now: opts.now });
      case 'ucdp':
        return importUcdp(name, s.text, { today: opts.now });
      case 'geojson':
        return importAnyGeojson(name, s.text);
      case 'timemap':
        return importTimemap(name, s.text);
      case 'claimline':
        return importClaimline(name, s.text);
      default:
        return fatal(name, `${name}: not a format Claimline reads`);
    }
  } catch (e) {
    return fatal(name, `${name}: could not be read (${String(e).slice(0, 80)})`);
  }
}
