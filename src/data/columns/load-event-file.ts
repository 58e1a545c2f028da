/**
 * An event file over HTTP (docs/columnar-file.md): `x.clcol` and its meta `x.clcol.json` fetched
 * whole, `x.cltext` read by range when a record's text is asked for. Worker-safe: fetch only, no DOM.
 * Every failure names the file and what is wrong with it. `readEventBytes` reads one already in memory.
 *
 * @example
 * const { cols, text, meta } = await loadEventFile('data/events.clcol');
 * const record = await text.text(0); // one Range request for its chunk
 */
import { ColumnFileError, readColumns } from './binary-read.ts';
import { type EventMeta, parseEventMeta, readEventFile } from './event-file.ts';
import { httpRange } from './http-range.ts';
import type { EventColumns } from './store.ts';
import { type FetchRange, type TextIndex, type TextReader, textReader } from './text-chunks.ts';

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

export type EventFileNames = { columns: string; meta: string; text: string };
export type ReadEventFile = { cols: EventColumns; meta: EventMeta; text: TextIndex };

/**
 * The columns and the meta of an event file already in memory, checked; `names` are what errors
 * call the three parts (URLs, or a file's name). The text is not read here: `text` says where each
 * chunk lies, for a textReader over whatever holds the text (HTTP Range, a Blob).
 */
export function readEventBytes(columnBytes: Uint8Array, metaBytes: Uint8Array, names: EventFileNames): ReadEventFile {
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(new TextDecoder().decode(metaBytes));
  } catch {
    throw new EventFileError(`${names.meta}: not JSON (is it the meta file of ${names.columns}?)`);
  }
  const meta = named(names.meta, () => parseEventMeta(metaJson));
  const file = named(names.columns, () => readColumns(columnBytes));
  const cols = named(`${names.columns} and ${names.meta} do not match`, () => readEventFile(file, meta));
  if (!file.text) throw new EventFileError(`${names.columns}: has no text chunks, so ${names.text} cannot be read`);
  return { cols, meta, text: { count: meta.count, chunkSize: file.text.chunkSize, offsets: file.text.offsets } };
}

/** Reads the text through `fetchRange`; a chunk's failure names the text file (httpRange's own messages already do). */
export function namedTextReader(index: TextIndex, fetchRange: FetchRange, textName: string): TextReader {
  const reader = textReader(index, fetchRange);
  return {
    text: (record) =>
      reader.text(record).catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        throw new EventFileError(message.startsWith(textName) ? message : `${textName}: ${message}`);
      }),
    cached: reader.cached,
    forget: reader.forget,
  };
}

/** The columns and the meta of an event file over HTTP, fetched whole (the text is not). */
export async function fetchEventFile(url: string, fetchFn: typeof fetch = fetch): Promise<ReadEventFile> {
  const urls = eventFileUrls(url);
  const [columnBytes, metaBytes] = await Promise.all([fetchBytes(urls.columns, fetchFn), fetchBytes(urls.meta, fetchFn)]);
  return readEventBytes(columnBytes, metaBytes, urls);
}

export async function loadEventFile(url: string, fetchFn: typeof fetch = fetch): Promise<LoadedEventFile> {
  const { cols, meta, text } = await fetchEventFile(url, fetchFn);
  const textUrl = eventFileUrls(url).text;
  return { cols, text: namedTextReader(text, httpRange(textUrl, fetchFn), textUrl), meta };
}
