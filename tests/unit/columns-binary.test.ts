// CLCOL column files: a written file reads back byte-exact, in place, and a damaged one fails with
// an error that says what is wrong (never a hang, never an allocation bigger than the file).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnFileError, readColumns } from '../../src/data/columns/binary-read.ts';
import { writeColumns } from '../../src/data/columns/binary-write.ts';
import { type ColumnArray, TYPES } from '../../src/data/columns/format.ts';

const bytesOf = (a: ColumnArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** count records, up to 6 columns of random types filled with random bytes (NaN payloads and all). */
const columnSet = fc.integer({ min: 0, max: 120 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    columns: fc.uniqueArray(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s !== '@text'),
        code: fc.integer({ min: 1, max: TYPES.length - 1 }),
        seed: fc.uint8Array({ minLength: count * 8, maxLength: count * 8 }),
      }),
      { maxLength: 6, selector: (c) => c.name },
    ),
  }),
);

function build({ count, columns }: { count: number; columns: { name: string; code: number; seed: Uint8Array }[] }) {
  return columns.map(({ name, code, seed }) => {
    const Ctor = (TYPES[code] as (typeof TYPES)[number])[1];
    const raw = seed.slice(0, count * Ctor.BYTES_PER_ELEMENT);
    return { name, data: new Ctor(raw.buffer, 0, count) };
  });
}

const small = () =>
  writeColumns(
    3,
    [
      { name: 'lon', data: new Float32Array([1, 2, 3]) },
      { name: 'group', data: new Uint8Array([0, 1, 2]) },
    ],
    { chunkSize: 2, records: ['a', 'b', 'c'] },
  ).columns;

describe('column file round trip', () => {
  it('reads back every column byte-exact, as views into the same buffer', () => {
    fc.assert(
      fc.property(columnSet, (set) => {
        const columns = build(set);
        const file = writeColumns(set.count, columns).columns;
        const read = readColumns(file.buffer as ArrayBuffer);
        expect(read.count).toBe(set.count);
        expect([...read.columns.keys()]).toEqual(columns.map((c) => c.name));
        for (const c of columns) {
          const got = read.columns.get(c.name) as ColumnArray;
          expect(got.constructor).toBe(c.data.constructor);
          expect(bytesOf(got)).toEqual(bytesOf(c.data));
          expect(got.buffer).toBe(file.buffer); // no copy
        }
      }),
    );
  });

  it('keeps text chunks that decode to the records, at the offsets the table gives', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (records, chunkSize) => {
        const { columns, text } = writeColumns(records.length, [], { chunkSize, records });
        const read = readColumns(columns);
        const offsets = read.text?.offsets as Float64Array;
        expect(offsets.length).toBe(Math.ceil(records.length / chunkSize) + 1);
        expect(offsets[offsets.length - 1]).toBe(text.length);
        const back = [];
        for (let j = 0; j + 1 < offsets.length; j++)
          back.push(...JSON.parse(new TextDecoder().decode(text.subarray(offsets[j], offsets[j + 1]))));
        expect(back).toEqual(JSON.parse(JSON.stringify(records)));
      }),
    );
  });

  it('copies only a column that a caller’s view puts off its alignment', () => {
    const file = writeColumns(2, [{ name: 'x', data: new Float64Array([1.5, -2]) }]).columns;
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    const x = readColumns(shifted.subarray(1)).columns.get('x') as Float64Array;
    expect([...x]).toEqual([1.5, -2]);
    expect(x.buffer).not.toBe(shifted.buffer);
  });

  it('refuses bad input to the writer', () => {
    expect(() => writeColumns(2, [{ name: 'x', data: new Uint8Array(3) }])).toThrow(/3 values, not 2/);
    expect(() => writeColumns(1, [{ name: 'a-very-long-column-name', data: new Uint8Array(1) }])).toThrow(/1–16 bytes/);
    expect(() => writeColumns(1, [{ name: '@text', data: new Uint8Array(1) }])).toThrow(/reserved/);
    expect(() => writeColumns(1, [], { chunkSize: 0, records: [1] })).toThrow(/chunk size/);
  });
});

describe('damaged column files', () => {
  const patch = (edit: (v: DataView) => void) => {
    const file = small().slice();
    edit(new DataView(file.buffer));
    return () => readColumns(file);
  };

  it('names a truncation at every cut', () => {
    const file = small();
    // The last column ends before the padding; any cut before that end is a truncation.
    for (let cut = 0; cut < file.length - 8; cut++) {
      expect(() => readColumns(file.slice(0, cut)), `cut at ${cut}`).toThrow(ColumnFileError);
    }
    expect(() => readColumns(file.slice(0, 10))).toThrow(/shorter than the 24-byte header/);
    expect(() => readColumns(file.slice(0, 60))).toThrow(/column table .* truncated/);
  });

  it('names a wrong magic, version, type or name', () => {
    expect(patch((v) => v.setUint8(0, 0x58))).toThrow(/no "CLCOL" magic/);
    expect(patch((v) => v.setUint8(5, 2))).toThrow(/version 2, this reader knows 1/);
    expect(patch((v) => v.setUint8(24 + 16, 99))).toThrow(/"lon": unknown type code 99/);
    expect(patch((v) => v.setUint8(24, 0))).toThrow(/column 0: empty name/);
    expect(patch((v) => v.setUint8(24, 0xff))).toThrow(/column 0: name is not UTF-8/);
    expect(patch((v) => v.setUint32(24 + 32, v.getUint32(24, true), true))).toThrow(/"lon" appears twice/);
  });

  it('checks hostile counts and offsets against the file size before using them', () => {
    expect(patch((v) => v.setUint32(8, 0xffff_ffff, true))).toThrow(/4294967295 records in chunks of 2 need 2147483648/);
    const plain = writeColumns(3, [{ name: 'lon', data: new Float32Array(3) }]).columns;
    new DataView(plain.buffer).setUint32(8, 0xffff_ffff, true);
    expect(() => readColumns(plain)).toThrow(/"lon": 12 bytes, but 4294967295 float32 values need 17179869180/);
    expect(patch((v) => v.setUint16(6, 0xffff, true))).toThrow(/65535 entries runs past the end/);
    expect(patch((v) => v.setUint32(24 + 20, 0xffff_fff0, true))).toThrow(/"lon": bytes .* past the end/);
    expect(patch((v) => v.setUint32(24 + 20, 8, true))).toThrow(/"lon": offset 8 inside the header/);
    expect(patch((v) => v.setUint32(16, 9, true))).toThrow(/9 text chunks, but 3 records in chunks of 2 need 2/);
    expect(patch((v) => v.setUint32(12, 0, true))).toThrow(/chunk size of 0/);
  });

  it('checks the text offsets rise from 0', () => {
    const file = small().slice();
    const read = readColumns(file);
    const offsets = read.text?.offsets as Float64Array;
    offsets[1] = (offsets[2] as number) + 1; // the view is in place: this edits the file
    expect(() => readColumns(file)).toThrow(/text offset 2 .* not a rising byte offset/);
    offsets[1] = Number.NaN;
    expect(() => readColumns(file)).toThrow(/text offset 1 \(NaN\)/);
  });

  it('throws only ColumnFileError for random damage', () => {
    const file = small();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(file.length - 1), fc.nat(255)), { minLength: 1, maxLength: 4 }), (edits) => {
        const damaged = file.slice();
        for (const [at, value] of edits) damaged[at] = value;
        try {
          readColumns(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(ColumnFileError);
        }
      }),
    );
  });
});
