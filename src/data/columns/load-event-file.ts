/**
 * An event file over HTTP (docs/columnar-file.md): `x.clcol` and its meta `x.clcol.json` fetched
 * whole, `x.cltext` read by range when a record's text is asked for. Worker-safe: fetch only, no DOM.
 * Every failure names the file and what is wrong with it.
 *
 * @example
 * const { cols, text, meta } = await loadEventFile('data/events.clcol');
 * const record = await text.text(0); // one Range request for its chunk
 */
import { ColumnFileError, readColumns } from './binary-read.ts';
import { type EventMeta, parseEventMeta, readEventFile } from './event-file.ts';
import { httpRange } from './http-range.ts';
import type { EventColumns } from './store.ts';
import { type TextReader, textReader } from './text-chunks.ts';

export type LoadedEventFile = { cols: EventColumns; text: TextReader; meta: EventMeta };

export class EventFileError extends Error {
  override name = 'EventFileError';
}

/** The meta and text file names of a column file URL (query and hash kept off the rename). */
export function eventFileUrls(url: string): { columns: string; meta: string; text: string } {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (!path.endsWith('.clcol')) throw new EventFileError(`${url}: not a column file name (expected …/name.clcol)`);
  const stem = path.slice(0, -'.clcol'.length);
  return { columns: url, meta: `${stem}.clcol.json${rest}`, text: `${stem}.cltext${rest}` };
}

async function fetchBytes(url: string, fetchFn: typeof fetch): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (err) {
    throw new EventFileError(`${url}: could not be fetched (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!res.ok) throw new EventFileError(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The one place a ColumnFileError is given its file's name; anything else passes unchanged. */
function named<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ColumnFileError) throw new EventFileError(`${what}: ${err.message}`);
    throw err;
  }
}

export async function loadEventFile(url: string, fetchFn: typeof fetch = fetch): Promise<LoadedEventFile> {
  const urls = eventFileUrls(url);
  const [columnBytes, metaBytes] = await Promise.all([fetchBytes(urls.columns, fetchFn), fetchBytes(urls.meta, fetchFn)]);
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(new TextDecoder().decode(metaBytes));
  } catch {
    throw new EventFileError(`${urls.meta}: not JSON (is it the meta file of ${urls.columns}?)`);
  }
  const meta = named(urls.meta, () => parseEventMeta(metaJson));
  const file = named(urls.columns, () => readColumns(columnBytes));
  const cols = named(`${urls.columns} and ${urls.meta} do not match`, () => readEventFile(file, meta));
  if (!file.text) throw new EventFileError(`${urls.columns}: has no text chunks, so ${urls.text} cannot be read`);
  const reader = textReader(
    { count: meta.count, chunkSize: file.text.chunkSize, offsets: file.text.offsets },
    httpRange(urls.text, fetchFn),
  );
  // A chunk's failure names the text file (httpRange's own messages already do).
  const text: TextReader = {
    text: (record) =>
      reader.text(record).catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        throw new EventFileError(message.startsWith(urls.text) ? message : `${urls.text}: ${message}`);
      }),
    cached: reader.cached,
  };
  return { cols, text, meta };
}
