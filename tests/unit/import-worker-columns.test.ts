/**
 * A file of COLUMNS_FROM events or more comes back from the import worker as its event file, built
 * there and transferred (not copied) in one message; the page opens it in columns mode. The report
 * (skipped rows, warnings naming row and column) arrives exactly as importFile gives it; smaller files
 * still come as batches of events.
 */
import { describe, expect, it } from 'vitest';
import { COLUMNS_FROM, eventFileOfImport } from '../../src/data/columns/from-import.ts';
import { importInWorker, type WorkerLike } from '../../src/data/import/client.ts';
import { importFile } from '../../src/data/import/index.ts';
import { workerHandler } from '../../src/data/import/worker-handler.ts';
import type { FromWorker } from '../../src/data/import/worker-protocol.ts';
import { loadColumnData, type RunWorker } from '../../src/load-column-data.ts';
import { handleLoad } from '../../src/load-columns/build.ts';

const NOW = { now: '2026-12-02' };

/** `n` dated rows plus a bad latitude, an undated event and a row with neither date nor point. */
function csv(n: number): Uint8Array {
  const lines = ['lat,lon,date,title', 'x,44.5,2024-01-02,bad lat', '40.2,44.6,,undated', ',,,nothing'];
  for (let i = 0; i < n; i++) lines.push(`40.${i % 1000},44.${i % 997},2024-0${1 + (i % 9)}-1${i % 10},row ${i}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Runs the handler as the worker does, each message structured-cloned with its transfer list, as postMessage would. */
function run(bytes: Uint8Array, columnsFrom?: number) {
  const sent: { msg: FromWorker; transfer: ArrayBuffer[]; original: FromWorker }[] = [];
  const handle = workerHandler(
    (msg, transfer = []) => sent.push({ msg: structuredClone(msg, { transfer }), transfer, original: msg }),
    undefined,
    columnsFrom,
  );
  handle({ id: 1, name: 'big.csv', buffer: bytes.slice().buffer, options: NOW });
  while (sent.at(-1)?.msg.type === 'events') handle({ id: 1, type: 'next' });
  return sent.filter((s) => s.msg.type !== 'progress');
}

const fakeWorker = (columnsFrom: number): WorkerLike => {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      w.onmessage = null;
    },
    postMessage: (msg) => setTimeout(() => handle(msg), 0),
  };
  const handle = workerHandler(
    (data, transfer = []) => w.onmessage?.({ data: structuredClone(data, { transfer }) }),
    undefined,
    columnsFrom,
  );
  return w;
};

describe('a large import from the worker', () => {
  const bytes = csv(1200);
  const expected = importFile('big.csv', bytes, NOW);

  it('comes as one columns message, its parts transferred, the report intact; its GeoJSON after it', () => {
    const sent = run(bytes, 1000);
    expect(sent.map((s) => s.msg.type)).toEqual(['columns', 'geojson']);
    const [{ msg, transfer, original }, last] = sent as [(typeof sent)[0], (typeof sent)[0]];
    if (msg.type !== 'columns' || original.type !== 'columns') throw new Error('no columns message');
    if (last.msg.type !== 'geojson' || last.original.type !== 'geojson') throw new Error('no geojson message');
    // Transferred: the worker's buffers are detached, the page's copies whole.
    expect(transfer).toEqual([original.columns, original.meta, original.text]);
    expect(last.transfer).toEqual([last.original.geojson]);
    expect([...transfer, ...last.transfer].every((b) => b.byteLength === 0)).toBe(true);
    expect(msg.columns.byteLength).toBeGreaterThan(0);
    expect(msg.result.report).toEqual(expected.report);
    expect(msg.result.report.skipped).toEqual([{ line: 4, column: 'date', reason: 'neither a date nor coordinates' }]);
    expect(msg.result.report.warnings.some((w) => w.line === 2 && w.column === 'lat')).toBe(true);
    expect('events' in msg.result).toBe(false);
    expect(msg.total).toBe(expected.events.length);
    // The same bytes the build writes for this import.
    const built = eventFileOfImport(expected);
    if ('error' in built) throw new Error(built.error);
    expect(new Uint8Array(msg.columns)).toEqual(built.files.columns);
    expect(new TextDecoder().decode(msg.meta)).toBe(built.files.metaText);
    expect(msg.count).toBe(built.files.meta.count);
    expect(msg.messages).toEqual([
      'big.csv: 1 event without a date: not drawn (a file this large is shown as columns, dated events only); in the report and the saved file',
    ]);
    // "Save as Claimline GeoJSON" still holds every event.
    expect(JSON.parse(new TextDecoder().decode(last.msg.geojson)).features).toHaveLength(expected.events.length);
  });

  it('below the threshold, the events come in batches as before', () => {
    const sent = run(bytes, expected.events.length + 1);
    expect(sent.at(-1)?.msg).toMatchObject({ type: 'done', total: expected.events.length });
    expect(sent.every((s) => s.transfer.length === 0)).toBe(true);
  });

  it('a fatal import never becomes columns', () => {
    const sent = run(new TextEncoder().encode('<html></html>'), 0);
    expect(sent.at(-1)?.msg.type).toBe('done');
  });

  it('reaches the page as an event file with no events, which opens in columns mode', async () => {
    const progress: number[] = [];
    const r = await importInWorker(
      { name: 'big.csv', bytes },
      { ...NOW, createWorker: () => fakeWorker(1000), onProgress: (f) => progress.push(f) },
    ).promise;
    expect(progress.at(-1)).toBe(1);
    expect(r.events).toEqual([]);
    expect(r.report).toEqual(expected.report);
    const file = r.eventFile;
    if (!file) throw new Error('no event file');
    expect(file.text).toBeInstanceOf(Blob);
    expect(await (await file.geojson).text()).toContain('"row 1199"');
    // The column worker's logic in this process (Node has no Worker).
    const inProcess: RunWorker = (msg, transfer, post) =>
      void handleLoad(structuredClone(msg, { transfer }), (reply, back) => post(structuredClone(reply, { transfer: back })));
    const loaded = await loadColumnData({ name: 'big.csv', columns: file.columns, meta: file.meta, text: file.text }, inProcess);
    if ('error' in loaded) throw new Error(loaded.error);
    const { cols, record, rowOf } = loaded.columns;
    expect(cols.count).toBe(file.count);
    // A record's text, read by range from the Blob, is its row's (the ids in the meta say which).
    for (const row of [0, 700, cols.count - 1]) expect(rowOf((await record(row)).id)).toBe(row);
    // Every record an import writes passes the check a stranger's file gets when its details open.
    const all = await Promise.all(Array.from({ length: cols.count }, (_, row) => record(row)));
    expect(all.filter((p) => p.sources.length > 0)).toHaveLength(cols.count);
    expect(JSON.stringify(await record(cols.count - 1))).toMatch(/"row \d+"/);
    expect(loaded.combined.dataset.meta.title).toBeTruthy();
  });

  it(`uses ${COLUMNS_FROM.toLocaleString('en')} events as its threshold by default`, () => {
    const sent = run(csv(COLUMNS_FROM));
    expect(sent.map((s) => s.msg.type)).toEqual(['columns', 'geojson']);
  }, 60_000);
});
