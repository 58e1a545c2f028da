// The browser half of `npm run bench -- --columns`: fetch the column file, view its columns, read
// one record's text by Range; the same numbers from compact JSON rows, for comparison.
import { readColumns } from '../../../src/data/columns/binary-read.ts';
import { httpRange } from '../../../src/data/columns/http-range.ts';
import { textReader } from '../../../src/data/columns/text-chunks.ts';

const NAMES = ['lon', 'lat', 'day', 'day_end', 'group', 'type', 'precision'];

async function binary() {
  const t0 = performance.now();
  const buffer = await (await fetch('events.clcol', { cache: 'no-store' })).arrayBuffer();
  const t1 = performance.now();
  const file = readColumns(buffer);
  const t2 = performance.now();
  const index = { count: file.count, ...(file.text as NonNullable<typeof file.text>) };
  const reader = textReader(index, httpRange('events.cltext'));
  const record = Math.floor(file.count * 0.61);
  const text = await reader.text(record);
  const t3 = performance.now();
  let sum = 0;
  for (const name of NAMES) sum += (file.columns.get(name) as ArrayLike<number>)[record] as number;
  return { fetchMs: t1 - t0, decodeMs: t2 - t1, textChunkMs: t3 - t2, check: sum, text };
}

async function json() {
  const t0 = performance.now();
  const body = await (await fetch('events-rows.json', { cache: 'no-store' })).text();
  const t1 = performance.now();
  const rows = JSON.parse(body) as number[][];
  const n = rows.length;
  const out = [Float32Array, Float32Array, Uint16Array, Uint16Array, Uint8Array, Uint8Array, Uint8Array].map((C) => new C(n));
  for (let i = 0; i < n; i++) {
    const row = rows[i] as number[];
    for (let c = 0; c < 7; c++) (out[c] as Float32Array)[i] = row[c] as number;
  }
  return { fetchMs: t1 - t0, decodeMs: performance.now() - t1 };
}

(window as unknown as { bench: unknown }).bench = { binary, json };
