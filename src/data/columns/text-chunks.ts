/**
 * Lazy text for a column file: record i's text lives in chunk ⌊i / chunkSize⌋ of the companion
 * text file, one JSON array a chunk, fetched whole by one Range request and kept. The fetch is
 * passed in (`fetchRange(start, end)`, end exclusive) so this runs in a worker or a test without
 * a network; http-range.ts makes one over fetch().
 */
export type FetchRange = (start: number, end: number) => Promise<Uint8Array | ArrayBuffer>;
export type TextIndex = { count: number; chunkSize: number; offsets: Float64Array };

/** A chunk bigger than this is refused rather than fetched: a hostile offset table cannot ask for gigabytes. */
export const MAX_CHUNK_BYTES = 64 * 1024 * 1024;

export function chunkOf(index: TextIndex, record: number): number {
  if (!Number.isInteger(record) || record < 0 || record >= index.count)
    throw new RangeError(`record ${record} outside 0–${index.count - 1}`);
  return Math.floor(record / index.chunkSize);
}

/** Byte range [start, end) of chunk j in the text file. */
export function chunkRange(index: TextIndex, chunk: number): { start: number; end: number } {
  const start = index.offsets[chunk];
  const end = index.offsets[chunk + 1];
  if (start === undefined || end === undefined) throw new RangeError(`text chunk ${chunk} does not exist`);
  return { start, end };
}

/** Records in chunk j: chunkSize, fewer in the last one. */
const recordsIn = (index: TextIndex, chunk: number) => Math.min(index.chunkSize, index.count - chunk * index.chunkSize);

export type TextReader = {
  text: (record: number) => Promise<unknown>;
  cached: () => number;
  /** Drops the chunks wholly before `record`'s: a reader that walks the records in order keeps only what it still needs. */
  forget: (record: number) => void;
};

export function textReader(index: TextIndex, fetchRange: FetchRange): TextReader {
  const chunks = new Map<number, Promise<unknown[]>>();
  const load = async (chunk: number): Promise<unknown[]> => {
    const { start, end } = chunkRange(index, chunk);
    if (end - start > MAX_CHUNK_BYTES) throw new Error(`text chunk ${chunk}: ${end - start} bytes, over the limit`);
    const got = await fetchRange(start, end);
    const bytes = got instanceof Uint8Array ? got : new Uint8Array(got);
    if (bytes.byteLength !== end - start) throw new Error(`text chunk ${chunk}: asked for ${end - start} bytes, got ${bytes.byteLength}`);
    let records: unknown;
    try {
      records = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new Error(`text chunk ${chunk}: not JSON (is the text file the one this column file was written with?)`);
    }
    if (!Array.isArray(records) || records.length !== recordsIn(index, chunk))
      throw new Error(`text chunk ${chunk}: expected an array of ${recordsIn(index, chunk)} records`);
    return records;
  };
  return {
    text: async (record) => {
      const chunk = chunkOf(index, record);
      let pending = chunks.get(chunk);
      if (!pending) {
        pending = load(chunk);
        chunks.set(chunk, pending);
        // A failed fetch is not kept: the next ask tries again.
        pending.catch(() => chunks.delete(chunk));
      }
      return (await pending)[record - chunk * index.chunkSize];
    },
    cached: () => chunks.size,
    forget: (record) => {
      const first = Math.floor(record / index.chunkSize);
      for (const chunk of chunks.keys()) if (chunk < first) chunks.delete(chunk);
    },
  };
}
