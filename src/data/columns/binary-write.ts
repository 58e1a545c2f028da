/**
 * Writes a CLCOL column file (see format.ts) and its companion text file. Pure: typed arrays in,
 * bytes out, so the build script and a worker can both use it.
 */
import {
  alignUp,
  assertLittleEndian,
  type ColumnArray,
  ENTRY_BYTES,
  HEADER_BYTES,
  MAGIC,
  NAME_BYTES,
  TEXT_OFFSETS,
  typeCodeOf,
  VERSION,
} from './format.ts';

export type ColumnInput = { name: string; data: ColumnArray };
/** Text records (any JSON value each: summaries, notes, sources), cut into chunks of `chunkSize`. */
export type TextInput = { chunkSize: number; records: readonly unknown[] };
export type Written = { columns: Uint8Array; text: Uint8Array };

export const DEFAULT_CHUNK = 4096;

/** Text chunks as JSON arrays, concatenated, and their byte offsets (chunk count + 1). */
function writeText(text: TextInput, count: number): { bytes: Uint8Array; offsets: Float64Array } {
  if (!Number.isInteger(text.chunkSize) || text.chunkSize < 1) throw new Error('text chunk size must be a positive integer');
  if (text.records.length !== count) throw new Error(`text has ${text.records.length} records, columns ${count}`);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const chunks = Math.ceil(count / text.chunkSize);
  const offsets = new Float64Array(chunks + 1);
  let at = 0;
  for (let j = 0; j < chunks; j++) {
    const part = encoder.encode(JSON.stringify(text.records.slice(j * text.chunkSize, (j + 1) * text.chunkSize)));
    parts.push(part);
    at += part.length;
    offsets[j + 1] = at;
  }
  const bytes = new Uint8Array(at);
  let pos = 0;
  for (const part of parts) {
    bytes.set(part, pos);
    pos += part.length;
  }
  return { bytes, offsets };
}

export function writeColumns(count: number, columns: readonly ColumnInput[], text?: TextInput): Written {
  assertLittleEndian();
  if (!Number.isInteger(count) || count < 0 || count > 0xffff_ffff) throw new Error('record count must fit in 32 bits');
  const encoder = new TextEncoder();
  const names = new Set<string>();
  for (const c of columns) {
    const bytes = encoder.encode(c.name).length;
    if (bytes === 0 || bytes > NAME_BYTES) throw new Error(`column name "${c.name}" must be 1–${NAME_BYTES} bytes`);
    if (c.name === TEXT_OFFSETS) throw new Error(`column name "${TEXT_OFFSETS}" is reserved`);
    if (names.has(c.name)) throw new Error(`column "${c.name}" given twice`);
    names.add(c.name);
    if (c.data.length !== count) throw new Error(`column "${c.name}" has ${c.data.length} values, not ${count}`);
  }
  const textOut = text ? writeText(text, count) : undefined;
  const all: ColumnInput[] = textOut ? [...columns, { name: TEXT_OFFSETS, data: textOut.offsets }] : [...columns];
  if (all.length > 0xffff) throw new Error('too many columns');

  let at = alignUp(HEADER_BYTES + ENTRY_BYTES * all.length);
  const placed = all.map((c) => {
    const offset = at;
    at = alignUp(offset + c.data.byteLength);
    return { ...c, offset };
  });
  if (at > 0xffff_ffff) throw new Error('column file over 4 GiB');
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MAGIC), 0);
  view.setUint8(5, VERSION);
  view.setUint16(6, all.length, true);
  view.setUint32(8, count, true);
  view.setUint32(12, textOut ? (text as TextInput).chunkSize : 0, true);
  view.setUint32(16, textOut ? textOut.offsets.length - 1 : 0, true);
  placed.forEach((c, i) => {
    const entry = HEADER_BYTES + i * ENTRY_BYTES;
    out.set(encoder.encode(c.name), entry);
    view.setUint8(entry + NAME_BYTES, typeCodeOf(c.data));
    view.setUint32(entry + 20, c.offset, true);
    view.setUint32(entry + 24, c.data.byteLength, true);
    // The raw bytes of the array: little-endian on every platform that runs browsers today.
    out.set(new Uint8Array(c.data.buffer, c.data.byteOffset, c.data.byteLength), c.offset);
  });
  return { columns: out, text: textOut?.bytes ?? new Uint8Array(0) };
}
