// A written column file served by the project's static server (scripts/static-server.mjs) on
// loopback: the columns load whole, and one record's text arrives by one real Range request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { writeColumns } from '../../src/data/columns/binary-write.ts';
import { httpRange } from '../../src/data/columns/http-range.ts';
import { chunkRange, textReader } from '../../src/data/columns/text-chunks.ts';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';

const N = 10_000;
const records = Array.from({ length: N }, (_, i) => ({ summary: `Shelling reported near place ${i}`, notes: '' }));
let dir: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-columns-'));
  const day = Uint16Array.from({ length: N }, (_, i) => i % 730);
  const { columns, text } = writeColumns(N, [{ name: 'day', data: day }], { chunkSize: 4096, records });
  writeFileSync(join(dir, 'events.clcol'), columns);
  writeFileSync(join(dir, 'events.cltext'), text);
  server = await startServer({ root: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('loads the columns and reads one text chunk by a Range request', async () => {
  const file = readColumns(await (await fetch(`${server.url}events.clcol`)).arrayBuffer());
  expect(file.count).toBe(N);
  expect(file.columns.get('day')?.[731]).toBe(1);
  const index = { count: file.count, ...(file.text as NonNullable<typeof file.text>) };
  const statuses: number[] = [];
  const logged: typeof fetch = async (url, init) => {
    const res = await fetch(url, init);
    statuses.push(res.status);
    return res;
  };
  const reader = textReader(index, httpRange(`${server.url}events.cltext`, logged));
  expect(await reader.text(5000)).toEqual(records[5000]);
  expect(await reader.text(4097)).toEqual(records[4097]);
  expect(statuses).toEqual([206]); // both in chunk 1: one request, a partial answer
  const { start, end } = chunkRange(index, 1);
  expect(end - start).toBeLessThan(index.offsets[index.offsets.length - 1] as number);
});
