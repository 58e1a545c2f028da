import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importInWorker, type WorkerLike } from '../../src/data/import/client.ts';
import { writeClaimlineFile } from '../../src/data/import/claimline.ts';
import { CANCELLED, importFile } from '../../src/data/import/index.ts';
import { workerHandler } from '../../src/data/import/worker-handler.ts';
import type { FromWorker, ToWorker } from '../../src/data/import/worker-protocol.ts';
import type { ImportedEvent } from '../../src/data/import/types.ts';

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

/** A CSV of `n` rows whose titles keep their row order (`row 0`, `row 1`, …). */
function bigCsv(n: number): Uint8Array {
  const lines = ['lat,lon,date,title'];
  for (let i = 0; i < n; i++) lines.push(`40.${i % 1000},44.5,2024-01-01,row ${i}`);
  return utf8(`${lines.join('\n')}\n`);
}

/** A Worker stand-in that replays scripted messages (given the job's id), one per macrotask, like a real worker's queue. */
function scriptedWorker(script: (id: number) => FromWorker[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (msg) => {
      if (msg.type === 'next' || msg.type === 'cancel') return; // the script ignores flow control
      for (const [i, data] of script(msg.id).entries()) setTimeout(() => w.onmessage?.({ data }), i);
    },
  };
  return w;
}

/** What the real handler sends for `bytes`, minus its progress messages. */
function handlerOutput(bytes: Uint8Array): FromWorker[] {
  const sent: FromWorker[] = [];
  const handle = workerHandler((m) => sent.push(m));
  handle({ id: 0, name: 'big.csv', buffer: bytes.slice().buffer, options: NOW });
  while (sent.at(-1)?.type !== 'done') handle({ id: 0, type: 'next' });
  return sent.filter((m) => m.type !== 'progress');
}

describe('import worker batching', () => {
  const big = bigCsv(5001);
  it('sends 5,001 events as 3 batches in order, then done with the rest and the total', () => {
    const sent = handlerOutput(big);
    const batches = sent.flatMap((m) => (m.type === 'events' ? [JSON.parse(m.json) as ImportedEvent[]] : []));
    expect(batches.map((b) => b.length)).toEqual([2000, 2000, 1001]);
    const done = sent.at(-1);
    expect(sent).toHaveLength(4);
    if (done?.type !== 'done') throw new Error('no done message last');
    expect(done.total).toBe(5001);
    expect('events' in done.result).toBe(false);
    expect(done.result.report.fatal).toBeNull();
    const all = batches.flat();
    expect(all).toEqual(importFile('big.csv', big, NOW).events);
    expect(all.map((e) => e.title)).toEqual(Array.from({ length: 5001 }, (_, i) => `row ${i}`));
  });
  it('keeps at most 2 batches unacknowledged and sends nothing more after a cancel', () => {
    const sent: FromWorker[] = [];
    const handle = workerHandler((m) => sent.push(m));
    handle({ id: 3, name: 'big.csv', buffer: big.slice().buffer, options: NOW });
    const batches = () => sent.filter((m) => m.type !== 'progress').length;
    expect(batches()).toBe(2);
    handle({ id: 3, type: 'next' });
    expect(batches()).toBe(3);
    handle({ id: 3, type: 'cancel' });
    handle({ id: 3, type: 'next' });
    expect(batches()).toBe(3);
  });
  it('importInWorker gathers the batches: nothing lost, order kept, records prototype-free', async () => {
    const r = await importInWorker({ name: 'big.csv', bytes: big }, { ...NOW, createWorker: () => fakeWorker([]) }).promise;
    expect(r.report.fatal).toBeNull();
    expect(r.events).toEqual(importFile('big.csv', big, NOW).events);
    expect(r.events.every((e) => Object.getPrototypeOf(e.extra) === null && Object.getPrototypeOf(e.categories) === null)).toBe(true);
  });
  it('cancel() between batches settles "cancelled" and ignores the later batches', async () => {
    const sent = handlerOutput(big);
    // A progress mark after the first batch tells the test when to cancel.
    const script = (id: number) =>
      [sent[0], { id, type: 'progress', fraction: 0.5 } as FromWorker, ...sent.slice(1)].map((m) => ({ ...m, id }));
    let later = 0;
    const job = importInWorker(
      { name: 'big.csv', bytes: big },
      {
        createWorker: () => scriptedWorker(script),
        onProgress: () => {
          later++;
          job.cancel();
        },
      },
    );
    const r = await job.promise;
    await new Promise((ok) => setTimeout(ok, 20)); // let the later batches and 'done' arrive
    expect(r.report.fatal).toBe(CANCELLED);
    expect(r.events).toEqual([]);
    expect(later).toBe(1);
  });
  it('a total that disagrees with the batches received becomes a fatal error', async () => {
    const sent = handlerOutput(big).filter((_, i) => i !== 1); // one batch lost
    const script = (id: number) => sent.map((m) => ({ ...m, id }));
    const r = await importInWorker({ name: 'big.csv', bytes: big }, { createWorker: () => scriptedWorker(script) }).promise;
    expect(r.report.fatal).toMatch(/^big\.csv: the import worker lost events \(3001 of 5001 arrived\)$/);
    expect(r.events).toEqual([]);
  });
});
