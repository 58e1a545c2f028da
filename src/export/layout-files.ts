/**
 * The view's records in the published layouts (ACLED CSV, UCDP GED CSV) and as Claimline's own
 * file, each with the attribution beside it. The writers load on the first click, not with the page.
 */
import type { Dataset } from '../data/dataset.ts';
import type { ImportedEvent } from '../data/import/types.ts';
import type { Incident } from '../data/schema.ts';

export type Layout = 'acled' | 'ucdp' | 'claimline';

export type LayoutFile = { text: string; type: string; extension: string; attribution: string | null };

export async function layoutFile(
  layout: Layout,
  shown: readonly Incident[],
  dataset: Pick<Dataset, 'meta' | 'categories'>,
  originals: ReadonlyMap<string, ImportedEvent>,
): Promise<LayoutFile> {
  const [{ toAcledCsv, toUcdpCsv, toClaimlineGeojson }, { incidentsToEvents }] = await Promise.all([
    import('../data/export/index.ts'),
    import('../data/export/from-incidents.ts'),
  ]);
  const events = incidentsToEvents(shown, dataset.categories, originals);
  const { meta } = dataset;
  const plain = {
    title: meta.title.en,
    description: meta.description.en,
    time_zone: meta.timeZone,
    licence: meta.licence,
    attribution: meta.attribution.en,
    source_url: meta.sourceUrl,
  };
  if (layout === 'claimline')
    return {
      text: toClaimlineGeojson({ meta: plain, events, regions: [] }),
      type: 'application/geo+json',
      extension: 'claimline.geojson',
      attribution: null,
    };
  const out = layout === 'acled' ? toAcledCsv(events, plain) : toUcdpCsv(events, plain);
  return { text: out.csv, type: 'text/csv;charset=utf-8', extension: `${layout}.csv`, attribution: out.attribution };
}
