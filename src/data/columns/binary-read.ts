/**
 * Reads a CLCOL column file (see format.ts): ArrayBuffer in, typed arrays out, viewed in place
 * (no copy) wherever a column is aligned in the buffer. Worker-safe: no DOM, no network.
 * Every count and offset is checked against the buffer before use, so a truncated or hostile file
 * fails with an error that names what is wrong, and never allocates more than the file's own size.
 */
import {
  assertLittleEndian,
  type ColumnArray,
  ENTRY_BYTES,
  HEADER_BYTES,
  MAGIC,
  NAME_BYTES,
  TEXT_OFFSETS,
  TYPES,
  VERSION,
} from './format.ts';

export type ColumnFile = {
  count: number;
  columns: Map<string, ColumnArray>;
  /** Records per text chunk and byte offsets of the chunks in the text file; absent without text. */
  text?: { chunkSize: number; offsets: Float64Array };
};

export class ColumnFileError extends Error {
  override name = 'ColumnFileError';
}

const fail = (what: string): never => {
  throw new ColumnFileError(`column file: ${what}`);
};

/** `bytes` may be a view into a larger buffer (e.g. a slice received from a worker). */
export function readColumns(bytes: ArrayBuffer | Uint8Array): ColumnFile {
  assertLittleEndian();
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const size = u8.byteLength;
  if (size < HEADER_BYTES) fail(`${size} bytes, shorter than the ${HEADER_BYTES}-byte header`);
  const view = new DataView(u8.buffer, u8.byteOffset, size);
  if (new TextDecoder().decode(u8.subarray(0, MAGIC.length)) !== MAGIC) fail(`no "${MAGIC}" magic: not a column file`);
  const version = view.getUint8(5);
  if (version !== VERSION) fail(`version ${version}, this reader knows ${VERSION}`);
  const columnCount = view.getUint16(6, true);
  const count = view.getUint32(8, true);
  const chunkSize = view.getUint32(12, true);
  const chunks = view.getUint32(16, true);
  const tableEnd = HEADER_BYTES + columnCount * ENTRY_BYTES;
  if (tableEnd > size) fail(`column table of ${columnCount} entries runs past the end (${size} bytes): truncated?`);
  if (chunkSize === 0 && chunks !== 0) fail(`${chunks} text chunks but a chunk size of 0`);
  if (chunkSize > 0 && chunks !== Math.ceil(count / chunkSize))
    fail(`${chunks} text chunks, but ${count} records in chunks of ${chunkSize} need ${Math.ceil(count / chunkSize)}`);

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const columns = new Map<string, ColumnArray>();
  for (let i = 0; i < columnCount; i++) {
    const entry = HEADER_BYTES + i * ENTRY_BYTES;
    const raw = u8.subarray(entry, entry + NAME_BYTES);
    const end = raw.indexOf(0);
    let name = '';
    try {
      name = decoder.decode(end < 0 ? raw : raw.subarray(0, end));
    } catch {
      fail(`column ${i}: name is not UTF-8`);
    }
    if (name === '') fail(`column ${i}: empty name`);
    if (columns.has(name)) fail(`column "${name}" appears twice`);
    const code = view.getUint8(entry + NAME_BYTES);
    const type = TYPES[code];
    if (code === 0 || !type) fail(`column "${name}": unknown type code ${code}`);
    const [typeName, Ctor] = type as (typeof TYPES)[number];
    const offset = view.getUint32(entry + 20, true);
    const length = view.getUint32(entry + 24, true);
    const expected = name === TEXT_OFFSETS ? chunks + 1 : count;
    if (length !== expected * Ctor.BYTES_PER_ELEMENT)
      fail(`column "${name}": ${length} bytes, but ${expected} ${typeName} values need ${expected * Ctor.BYTES_PER_ELEMENT}`);
    if (offset < tableEnd) fail(`column "${name}": offset ${offset} inside the header`);
    if (offset + length > size) fail(`column "${name}": bytes ${offset}–${offset + length} past the end (${size} bytes): truncated?`);
    const at = u8.byteOffset + offset;
    // In place when aligned; a copy only when the caller's view puts the column off its element size.
    const array =
      at % Ctor.BYTES_PER_ELEMENT === 0
        ? new Ctor(u8.buffer as ArrayBuffer, at, expected)
        : new Ctor(u8.slice(offset, offset + length).buffer, 0, expected);
    columns.set(name, array);
  }

  const offsets = columns.get(TEXT_OFFSETS);
  columns.delete(TEXT_OFFSETS);
  if (chunkSize === 0) {
    if (offsets) fail('text offsets present but no text chunk size');
    return { count, columns };
  }
  if (!(offsets instanceof Float64Array)) return fail(`text chunks declared but no float64 "${TEXT_OFFSETS}" column`);
  for (let j = 0; j < offsets.length; j++) {
    const o = offsets[j] as number;
    const before = j === 0 ? 0 : (offsets[j - 1] as number);
    if (!Number.isSafeInteger(o) || o < before || (j === 0 && o !== 0)) fail(`text offset ${j} (${o}) is not a rising byte offset`);
  }
  return { count, columns, text: { chunkSize, offsets } };
}
