/**
 * A large import (COLUMNS_FROM events or more, data/columns/from-import.ts) as the page's dataset: the
 * event file the import worker built, opened in columns mode like a published one, so no object is
 * made per record. Such a dataset is shown alone; a notice (ui/notice-banner.ts), not the error
 * banner, says so: nothing failed. Loaded on demand only.
 */
import { COLUMNS_FROM } from './data/columns/from-import.ts';
import type { Combined } from './data/combine.ts';
import type { EventFileParts } from './data/import/worker-protocol.ts';
import { type ColumnData, loadColumnData } from './load-column-data.ts';
import type { LargeFileAlone } from './ui/notice-banner.ts';

export type LargeImport = { combined: Combined; columns: ColumnData; alone: LargeFileAlone };

export async function openLargeImport(file: string, parts: EventFileParts): Promise<{ data: LargeImport | null; messages: string[] }> {
  // Copies go to the column worker (a transfer detaches them): the dialog's row may show this file again.
  const loaded = await loadColumnData({ name: file, columns: parts.columns.slice(0), meta: parts.meta.slice(0), text: parts.text });
  if ('error' in loaded) return { data: null, messages: [loaded.error] };
  return { data: { ...loaded, alone: { file, count: parts.count, min: COLUMNS_FROM } }, messages: parts.messages };
}
