import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importInWorker, type WorkerLike } from '../../src/data/import/client.ts';
import { writeClaimlineFile } from '../../src/data/import/claimline.ts';
import { CANCELLED, importFile } from '../../src/data/import/index.ts';
import { workerHandler } from '../../src/data/import/worker-handler.ts';
import type { FromWorker, ToWorker } from '../../src/data/import/worker-protocol.ts';

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${path}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = { now: '2026-01-01' };

describe('importFile dispatcher', () => {
  it.each([
    ['acled/current.csv', /ACLED/],
    ['ucdp/ged-full.csv', /UCDP/],
    ['geojson-events.geojson', /GeoJSON/],
    ['timemap.json', /timemap/i],
    ['csv/events.tsv', /TSV/],
    ['csv/european.csv', /CSV/],
  ])('routes %s to its importer', (path, format) => {
    const r = importFile(path.split('/').pop() as string, bytesOf(path), NOW);
    expect(r.report.fatal).toBeNull();
    expect(r.report.format).toMatch(format);
    expect(r.events.length).toBeGreaterThan(0);
  });
  it('routes a GeoJSON of dated polygons to the regions layer', () => {
    const r = importFile('front.geojson', bytesOf('regions-snapshots.geojson'), NOW);
    expect(r.report.fatal).toBeNull();
    expect(r.regions.length).toBeGreaterThan(0);
  });
  it('round-trips a Claimline file', () => {
    const first = importFile('claims.csv', bytesOf('csv/coordinates.csv'), NOW);
    const again = importFile('claims.claimline.geojson', utf8(writeClaimlineFile(first)), NOW);
    expect(again.report.fatal).toBeNull();
    expect(again.report.format).toMatch(/Claimline/);
    expect(again.events.map((e) => e.title)).toEqual(first.events.map((e) => e.title));
  });
  it('gives one line naming the file for HTML, binaries and empty files', () => {
    for (const [name, bytes] of [
      ['login-page.csv', bytesOf('bad/login-page.csv')],
      ['image.csv', bytesOf('bad/image.csv')],
      ['empty.csv', new Uint8Array()],
    ] as const) {
      const r = importFile(name, bytes);
      expect(r.report.fatal).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
      expect(r.report.fatal).not.toMatch(/\n/);
      expect(r.events).toEqual([]);
    }
  });
  it("names the file and what it looks like when the format is 'unknown'", () => {
    const r = importFile('settings.json', utf8('{"theme": "dark"}'));
    expect(r.report.fatal).toBe(
      'settings.json: not a format Claimline reads (this looks like JSON, but not GeoJSON, timemap or a Claimline file)',
    );
  });
  it('never throws: an unexpected exception becomes report.fatal', () => {
    const broken = { columns: { lat: null } } as unknown as import('../../src/data/import/index.ts').MappingOverride;
    const r = importFile('x.csv', utf8('lat,lon,date\n1.5,2.5,2024-01-01\n'), { mapping: broken });
    expect(r.report.fatal).toMatch(/^x\.csv: the import failed unexpectedly/);
  });
  it('passes a corrected mapping through', () => {
    const r = importFile('x.csv', utf8('p,q,r\n40.1,44.2,2024-01-01\n'), {
      mapping: { columns: { lat: { column: 'q', confidence: 1, reason: 'user' }, lon: { column: 'p', confidence: 1, reason: 'user' } } },
    });
    expect(r.events[0]).toMatchObject({ lat: 44.2, lon: 40.1 });
  });
  it('reports progress at phase boundaries, from 0 to 1', () => {
    const seen: number[] = [];
    importFile('e.tsv', bytesOf('csv/events.tsv'), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
  it('stops between phases when the signal is aborted', () => {
    const signal = { aborted: false };
    const r = importFile('e.tsv', bytesOf('csv/events.tsv'), {
      signal,
      onProgress: (f) => {
        if (f >= 0.5) signal.aborted = true;
      },
    });
    expect(r.report.fatal).toBe(CANCELLED);
    expect(r.events).toEqual([]);
    expect(importFile('e.tsv', bytesOf('csv/events.tsv'), { signal: { aborted: true } }).report.fatal).toBe(CANCELLED);
  });
  it('passes the sniffer note (not UTF-8) into the warnings', () => {
    const r = importFile('latin1.csv', bytesOf('bad/latin1.csv'));
    expect(r.report.warnings[0].message).toMatch(/Windows-1252/);
    expect(r.report.skipped).toEqual([{ line: 2, column: null, reason: 'neither a date nor coordinates' }]);
  });
});

/** A Worker stand-in that runs the real worker handler in-process, asynchronously like a worker. */
function fakeWorker(log: ToWorker[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      w.onmessage = null;
    },
    postMessage: (msg) => {
      log.push(msg);
      setTimeout(() => handle(msg), 0);
    },
  };
  const handle = workerHandler((data: FromWorker) => w.onmessage?.({ data }));
  return w;
}

describe('importInWorker (worker shell)', () => {
  it('imports through the worker protocol with progress, copying the caller’s bytes', async () => {
    const log: ToWorker[] = [];
    const bytes = bytesOf('csv/events.tsv');
    const progress: number[] = [];
    const job = importInWorker(
      { name: 'e.tsv', bytes },
      { ...NOW, createWorker: () => fakeWorker(log), onProgress: (f) => progress.push(f) },
    );
    const r = await job.promise;
    expect(r.events).toHaveLength(2);
    expect(Object.getPrototypeOf(r.events[0].extra)).toBeNull();
    expect(progress.at(-1)).toBe(1);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(log[0]).toMatchObject({ name: 'e.tsv', options: NOW });
  });
  it('cancel() settles with "cancelled" and tells the worker', async () => {
    const log: ToWorker[] = [];
    const job = importInWorker({ name: 'e.tsv', bytes: bytesOf('csv/events.tsv') }, { createWorker: () => fakeWorker(log) });
    await Promise.resolve();
    job.cancel();
    expect((await job.promise).report.fatal).toBe(CANCELLED);
  });
});
