// Lazy text of a column file: which chunk and byte range hold record i, one fetch a chunk, and a
// clear error when the fetched bytes are not the chunk that was asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { writeColumns } from '../../src/data/columns/binary-write.ts';
import { httpRange } from '../../src/data/columns/http-range.ts';
import { chunkOf, chunkRange, type TextIndex, textReader } from '../../src/data/columns/text-chunks.ts';

function written(records: unknown[], chunkSize: number) {
  const { columns, text } = writeColumns(records.length, [], { chunkSize, records });
  const read = readColumns(columns);
  const index: TextIndex = { count: read.count, ...(read.text as NonNullable<typeof read.text>) };
  const asked: [number, number][] = [];
  const fetchRange = async (start: number, end: number) => {
    asked.push([start, end]);
    return text.slice(start, end);
  };
  return { index, text, asked, fetchRange };
}

describe('chunk lookup', () => {
  it('puts record i in chunk ⌊i / size⌋, whose byte range holds its text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 16 }), (records, size) => {
        const { index, text } = written(records, size);
        records.forEach((record, i) => {
          const chunk = chunkOf(index, i);
          expect(chunk).toBe(Math.floor(i / size));
          const { start, end } = chunkRange(index, chunk);
          const inChunk = JSON.parse(new TextDecoder().decode(text.subarray(start, end)));
          expect(inChunk[i % size]).toBe(record);
        });
      }),
    );
  });

  it('refuses records and chunks that do not exist', () => {
    const { index } = written(['a', 'b', 'c'], 2);
    expect(() => chunkOf(index, 3)).toThrow(/record 3 outside 0–2/);
    expect(() => chunkOf(index, -1)).toThrow(RangeError);
    expect(() => chunkOf(index, 0.5)).toThrow(RangeError);
    expect(() => chunkRange(index, 2)).toThrow(/chunk 2 does not exist/);
  });
});

describe('text reader', () => {
  it('fetches each chunk once, however many of its records are read', async () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ summary: `event ${i}`, sources: [`s${i}`] }));
    const { index, asked, fetchRange } = written(records, 4);
    const reader = textReader(index, fetchRange);
    expect(await Promise.all([reader.text(1), reader.text(2), reader.text(9)])).toEqual([records[1], records[2], records[9]]);
    expect(await reader.text(0)).toEqual(records[0]);
    expect(asked).toEqual([chunkRange(index, 0), chunkRange(index, 2)].map(({ start, end }) => [start, end]));
    expect(reader.cached()).toBe(2);
  });

  it('forgets the chunks wholly before a record, keeping its own and later ones', async () => {
    const records = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const { index, asked, fetchRange } = written(records, 4);
    const reader = textReader(index, fetchRange);
    await Promise.all([reader.text(0), reader.text(4), reader.text(8)]);
    reader.forget(5);
    expect(reader.cached()).toBe(2);
    expect(await reader.text(4)).toBe('r4');
    expect(asked).toHaveLength(3);
    // A forgotten chunk asked for again is fetched again.
    expect(await reader.text(3)).toBe('r3');
    expect(asked).toHaveLength(4);
  });

  it('names a short answer, a wrong file and a wrong chunk, and retries after a failure', async () => {
    const { index, text } = written(['a', 'b', 'c'], 2);
    let mode: 'short' | 'junk' | 'wrong' | 'ok' = 'short';
    const reader = textReader(index, async (start, end) => {
      if (mode === 'short') return text.slice(start, end - 1);
      if (mode === 'junk') return new Uint8Array(end - start).fill(0x7b);
      if (mode === 'wrong') return new TextEncoder().encode('["x"]'.padEnd(end - start, ' '));
      return text.slice(start, end);
    });
    await expect(reader.text(0)).rejects.toThrow(/chunk 0: asked for \d+ bytes, got \d+/);
    mode = 'junk';
    await expect(reader.text(0)).rejects.toThrow(/chunk 0: not JSON/);
    mode = 'wrong';
    await expect(reader.text(0)).rejects.toThrow(/chunk 0: expected an array of 2 records/);
    mode = 'ok';
    expect(await reader.text(2)).toBe('c');
  });

  it('refuses a chunk the offset table makes huge, without fetching it', async () => {
    const index: TextIndex = { count: 1, chunkSize: 1, offsets: new Float64Array([0, 2 ** 40]) };
    let fetched = false;
    const reader = textReader(index, async () => {
      fetched = true;
      return new Uint8Array(0);
    });
    await expect(reader.text(0)).rejects.toThrow(/over the limit/);
    expect(fetched).toBe(false);
  });
});

describe('http range', () => {
  const body = new TextEncoder().encode('0123456789');
  it('asks for an inclusive byte range and cuts a whole-file 200 itself', async () => {
    const seen: string[] = [];
    const reply = (status: number) => async (_url: unknown, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('range') ?? '');
      return new Response(status === 206 ? body.slice(2, 5) : body, { status });
    };
    expect(new TextDecoder().decode(await httpRange('x', reply(206) as typeof fetch)(2, 5))).toBe('234');
    expect(new TextDecoder().decode(await httpRange('x', reply(200) as typeof fetch)(2, 5))).toBe('234');
    expect(seen).toEqual(['bytes=2-4', 'bytes=2-4']);
    await expect(httpRange('x', (async () => new Response('', { status: 404 })) as typeof fetch)(0, 1)).rejects.toThrow(/x: HTTP 404/);
  });
});
