/**
 * A published event file (`?data=…/name.clcol`, written by `npm run build -- --data`; see
 * docs/columnar-file.md) as the page's dataset: the columns fetched whole and viewed in place, the
 * dataset's head (title, categories, credits) from its meta file, and each record's text read by
 * range only when a view asks for it. No object per record: this is how a million claims fit in a tab.
 * Loaded on demand only.
 */
import { type MemoryEventFile, memoryEventFile } from './data/columns/memory-source.ts';
import { rowOf } from './data/columns/row-of.ts';
import type { EventColumns } from './data/columns/store.ts';
import type { TextReader } from './data/columns/text-chunks.ts';
import type { Combined } from './data/combine.ts';
import { parseDatasetFile } from './data/dataset-schema.ts';
import { type DatasetFile, makeDataset } from './data/dataset.ts';
import type { IncidentProperties } from './data/schema.ts';

export type ColumnData = {
  cols: EventColumns;
  /** Row i's full record, fetched with its chunk (one Range request) the first time. */
  record: (row: number) => Promise<IncidentProperties>;
  /** The row of a record id (data/columns/row-of.ts). */
  rowOf: (id: string) => number | undefined;
};

/** A published event file's URL, or a large import's event file in memory (the import worker's, client.ts). */
export type ColumnSource = string | MemoryEventFile;

export async function loadColumnData(source: ColumnSource): Promise<{ combined: Combined; columns: ColumnData } | { error: string }> {
  const { loadEventFile } = await import('./data/columns/load-event-file.ts');
  const name = typeof source === 'string' ? decodeURIComponent(new URL(source).pathname.split('/').pop() || 'data') : source.name;
  const what = typeof source === 'string' ? `?data=${name}` : name;
  let loaded: { cols: EventColumns; text: TextReader; meta: { head?: unknown } };
  try {
    const memory = typeof source === 'string' ? null : memoryEventFile(source);
    loaded = memory ? await loadEventFile(memory.url, memory.fetchFn) : await loadEventFile(source as string);
  } catch (e) {
    return { error: `${what}: ${e instanceof Error ? e.message : String(e)}` };
  }
  // An import's head is this page's own (the worker's), and may lack what a publisher must give (a licence).
  const head =
    typeof source === 'string'
      ? parseDatasetFile(loaded.meta.head ?? null, `${name}.json (head)`, true)
      : { file: (loaded.meta.head as DatasetFile | undefined) ?? null, errors: [] };
  if (!head.file) return { error: `${what}: ${head.errors.join('; ') || 'its meta file has no dataset head'}` };
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
