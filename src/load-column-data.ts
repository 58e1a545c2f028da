/**
 * A published event file (`?data=…/name.clcol`, written by `npm run build -- --data`; see
 * docs/columnar-file.md) as the page's dataset: the columns fetched whole and viewed in place, the
 * dataset's head (title, categories, credits) from its meta file, and each record's text read by
 * range only when a view asks for it. No object per record: this is how a million claims fit in a tab.
 * Loaded on demand only.
 */
import { rowOf } from './data/columns/row-of.ts';
import type { EventColumns } from './data/columns/store.ts';
import type { TextReader } from './data/columns/text-chunks.ts';
import type { Combined } from './data/combine.ts';
import { parseDatasetFile } from './data/dataset-schema.ts';
import { makeDataset } from './data/dataset.ts';
import type { IncidentProperties } from './data/schema.ts';

export type ColumnData = {
  cols: EventColumns;
  /** Row i's full record, fetched with its chunk (one Range request) the first time. */
  record: (row: number) => Promise<IncidentProperties>;
  /** The row of a record id (data/columns/row-of.ts). */
  rowOf: (id: string) => number | undefined;
};

export async function loadColumnData(url: string): Promise<{ combined: Combined; columns: ColumnData } | { error: string }> {
  const { loadEventFile } = await import('./data/columns/load-event-file.ts');
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data');
  let loaded: { cols: EventColumns; text: TextReader; meta: { head?: unknown } };
  try {
    loaded = await loadEventFile(url);
  } catch (e) {
    return { error: `?data=${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const head = parseDatasetFile(loaded.meta.head ?? null, `${name}.json (head)`, true);
  if (!head.file) return { error: `?data=${name}: ${head.errors.join('; ') || 'its meta file has no dataset head'}` };
  const { cols, text } = loaded;
  const columns: ColumnData = {
    cols,
    record: async (row) => (await text.text(row)) as IncidentProperties,
    rowOf: (id) => rowOf(cols, id),
  };
  const dataset = makeDataset(head.file, { incidents: [], places: [], regions: [] });
  const combined: Combined = {
    dataset,
    datasets: [{ id: dataset.meta.id, title: dataset.meta.title }],
    // Which dataset a record is from is a column (cols.dataset), not a map of a million ids.
    datasetOf: new Map(),
    originals: new Map(),
    undated: [],
    regionDays: null,
  };
  return { combined, columns };
}
