/** BUILD-REPORT.md: what `npm run data` could not place or name, so a reader can see every gap. */
import { UNPLOTTED_KINDS, type Incident, type Place, type Region } from '../../src/data/schema.ts';

type Inputs = {
  incidents: readonly Incident[];
  places: readonly Place[];
  regions: readonly Region[];
  amendments: number;
  unlocatedPlaces: string[];
  placeNames: readonly { id: string; lang: string; name: string; source: string }[];
};

export function buildReport({ incidents, places, regions, amendments, unlocatedPlaces, placeNames }: Inputs): string {
  const plotted = incidents.filter((f) => f.geometry).length;
  return [
    '# Data build report',
    '',
    'Written by `npm run data`; do not edit by hand.',
    '',
    `- incident-claims: ${incidents.length} (${plotted} plotted, ${incidents.length - plotted} unplotted)`,
    `- amendments applied: ${amendments} (audit changes and date ranges; see data/raw/PROVENANCE.md)`,
    `- places on the map: ${places.length}`,
    `- regions: ${regions.length}`,
    '',
    '## Gazetteer entries with no citable coordinate (not plotted)',
    '',
    ...unlocatedPlaces.sort().map((p) => `- ${p}`),
    '',
    '## Place names no source gives (data/raw/place-names.csv)',
    '',
    ...placeNames.filter((n) => !n.name).map((n) => `- ${n.id} (${n.lang}): ${n.source}`),
    '',
    '## Unplotted incident-claims',
    '',
    'By kind (`unplotted_kind`, from data/raw/place-map.csv; the interface translates it):',
    '',
    ...UNPLOTTED_KINDS.map((k) => `- ${k}: ${incidents.filter((f) => f.properties.unplotted_kind === k).length}`),
    '',
    '| id | place as reported | kind | reason |',
    '|---|---|---|---|',
    ...incidents
      .filter((f) => !f.geometry)
      .map(
        (f) =>
          `| ${f.properties.id} | ${f.properties.place_name.replace(/\|/g, '/') || '(none)'} | ${f.properties.unplotted_kind} | ${f.properties.unplotted_reason} |`,
      ),
    '',
  ].join('\n');
}
