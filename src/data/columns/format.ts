/**
 * The project's binary column file ("CLCOL", version 1): what writer and reader agree on.
 * Little-endian throughout.
 *
 *   header (24 bytes)   magic "CLCOL" · version u8 · column count u16 · record count u32 ·
 *                       text chunk size u32 (records per chunk, 0 = no text) · text chunk count u32 · 0 u32
 *   column table        32 bytes a column: name (16 bytes UTF-8, zero-padded) · type u8 · 3 zero bytes ·
 *                       byte offset u32 · byte length u32 · 0 u32
 *   columns             raw typed arrays, each starting on an 8-byte boundary so the reader can view
 *                       them in place (no copy)
 *
 * Record columns hold one value a record. The column named TEXT_OFFSETS (Float64, chunk count + 1
 * entries) gives the byte ranges of the text chunks in the companion text file: chunk j is bytes
 * [offsets[j], offsets[j + 1]), a JSON array of that chunk's records, so one chunk is one Range request.
 */
export const MAGIC = 'CLCOL';
export const VERSION = 1;
export const HEADER_BYTES = 24;
export const ENTRY_BYTES = 32;
export const NAME_BYTES = 16;
export const ALIGN = 8;
export const TEXT_OFFSETS = '@text';

export type ColumnArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

type ArrayCtor = { new (buffer: ArrayBuffer, byteOffset: number, length: number): ColumnArray; BYTES_PER_ELEMENT: number };

/** Type codes in the file, index = code. Code 0 is unused so a zeroed table entry is an error. */
export const TYPES: readonly (readonly [string, ArrayCtor])[] = [
  ['none', Uint8Array],
  ['uint8', Uint8Array],
  ['int8', Int8Array],
  ['uint16', Uint16Array],
  ['int16', Int16Array],
  ['uint32', Uint32Array],
  ['int32', Int32Array],
  ['float32', Float32Array],
  ['float64', Float64Array],
];

export function typeCodeOf(array: ColumnArray): number {
  const code = TYPES.findIndex(([, ctor], i) => i > 0 && array instanceof ctor);
  if (code < 1) throw new Error('unsupported column array type');
  return code;
}

export const alignUp = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** Columns are the platform's own bytes: writing and viewing them in place needs a little-endian host. */
export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('CLCOL needs a little-endian platform');
}
