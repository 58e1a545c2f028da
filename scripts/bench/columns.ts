/**
 * `npm run bench -- --columns [--rows 1000000] [--runs 7] [--chunk 4096]`: what loading a big dataset from the
 * project's binary column file (src/data/columns/, "CLCOL") costs, against compact JSON rows of
 * the same numbers. A benchmark, not a test. Reports file sizes (raw and gzip) and, in Node and in
 * headless Chromium, the median time to decode the numeric columns into typed arrays, and the time
 * to read one record's text by one Range request. Parquet (hyparquet) and Arrow IPC (apache-arrow)
 * are not installed here; docs/columnar-file.md says how to add them to this table.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median as d3Median } from 'd3';
import { build } from 'vite';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { writeColumns } from '../../src/data/columns/binary-write.ts';
import { openBrowser } from './browser.ts';
import { columnSet, jsonRowsOf, NUMERIC } from './columns-data.ts';

const median = (xs: number[]) => d3Median(xs) ?? Number.NaN;
const kb = (n: number) => Math.round(n / 1024);
const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;

type PageBench = {
  binary: () => Promise<{ fetchMs: number; decodeMs: number; textChunkMs: number }>;
  json: () => Promise<{ fetchMs: number; decodeMs: number }>;
};

export type ColumnsOptions = { rows: number; runs: number; chunk: number };

export function parseColumnsOptions(argv: readonly string[]): ColumnsOptions {
  const arg = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i < 0 ? fallback : Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number ≥ 1`);
    return n;
  };
  return { rows: arg('--rows', 1_000_000), runs: arg('--runs', 7), chunk: arg('--chunk', 4096) };
}

function timeNode(runs: number, file: Buffer, rows: string) {
  const binary: number[] = [];
  const json: number[] = [];
  for (let r = 0; r < runs; r++) {
    // A fresh buffer each run, as a fetch or a file read gives.
    const buffer = new Uint8Array(file).buffer;
    const t0 = performance.now();
    const read = readColumns(buffer);
    for (const name of NUMERIC) if (!read.columns.has(name)) throw new Error(`no ${name}`);
    binary.push(performance.now() - t0);
    const t1 = performance.now();
    const parsed = JSON.parse(rows) as number[][];
    const cols = NUMERIC.map(() => new Float64Array(parsed.length));
    parsed.forEach((row, i) => {
      for (let c = 0; c < cols.length; c++) (cols[c] as Float64Array)[i] = row[c] as number;
    });
    json.push(performance.now() - t1);
  }
  const ms = (x: number) => Math.round(x * 100) / 100;
  return { binaryDecodeMs: ms(median(binary)), jsonParseMs: ms(median(json)) };
}

export async function columnsBench({ rows, runs, chunk }: ColumnsOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-columns-'));
  try {
    const t0 = performance.now();
    const set = columnSet(rows);
    const written = writeColumns(set.count, set.columns, { chunkSize: chunk, records: set.text });
    const writeMs = performance.now() - t0;
    const jsonRows = jsonRowsOf(set);
    writeFileSync(join(dir, 'events.clcol'), written.columns);
    writeFileSync(join(dir, 'events.cltext'), written.text);
    writeFileSync(join(dir, 'events-rows.json'), jsonRows);
    // The page is built by the project's own bundler (vite), beside the data files.
    await build({
      root: join(import.meta.dirname, 'columns-page'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: false, target: 'es2022', assetsInlineLimit: 0 },
    });
    const script = readdirSync(join(dir, 'assets')).find((f) => f.endsWith('.js'));
    if (!script) throw new Error('columns bench: the page was not built');
    const readerJs = readFileSync(join(dir, 'assets', script));
    const chunks = readColumns(written.columns).text?.offsets as Float64Array;
    const chunkBytes = Array.from({ length: chunks.length - 1 }, (_, j) => (chunks[j + 1] as number) - (chunks[j] as number));

    const sizes = {
      columnsKB: kb(written.columns.length),
      columnsGzipKB: kb(gz(written.columns)),
      textKB: kb(written.text.length),
      textGzipKB: kb(gz(written.text)),
      textChunks: chunkBytes.length,
      textChunkMedianKB: kb(median(chunkBytes)),
      jsonRowsKB: kb(Buffer.byteLength(jsonRows)),
      jsonRowsGzipKB: kb(gz(jsonRows)),
      readerPageJsGzipKB: Math.round(gz(readerJs) / 102.4) / 10,
    };
    const node = timeNode(runs, readFileSync(join(dir, 'events.clcol')), jsonRows);

    const browser = await openBrowser(dir);
    const chromium: Record<string, number[]> = { fetchMs: [], decodeMs: [], textChunkMs: [], jsonFetchMs: [], jsonParseMs: [] };
    try {
      for (let r = 0; r < runs; r++) {
        await browser.page.goto(browser.url);
        await browser.page.waitForFunction(() => 'bench' in window);
        const b = await browser.page.evaluate(() => (window as unknown as { bench: PageBench }).bench.binary());
        const j = await browser.page.evaluate(() => (window as unknown as { bench: PageBench }).bench.json());
        chromium.fetchMs?.push(b.fetchMs);
        chromium.decodeMs?.push(b.decodeMs);
        chromium.textChunkMs?.push(b.textChunkMs);
        chromium.jsonFetchMs?.push(j.fetchMs);
        chromium.jsonParseMs?.push(j.decodeMs);
      }
    } finally {
      await browser.close();
    }
    const browserFigures = Object.fromEntries(Object.entries(chromium).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
    const result = { rows, runs, chunk, writeMs: Math.round(writeMs), sizes, node, chromium: browserFigures };
    console.log(JSON.stringify(result, null, 2));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await columnsBench(parseColumnsOptions(process.argv.slice(2)));
