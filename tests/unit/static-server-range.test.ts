// The static server (scripts/static-server.mjs) answers Range requests as static hosts do, byte-exact,
// and reads only the requested slice of a big file.
import type { ReadStream } from 'node:fs';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync, ftruncateSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Every stream the server opens, to check what it was asked for and how much it read.
const streams = vi.hoisted(() => [] as { path: unknown; options: unknown; stream: ReadStream }[]);
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const createReadStream = (path: Parameters<typeof actual.createReadStream>[0], options?: object) => {
    const stream = actual.createReadStream(path, options);
    streams.push({ path, options, stream });
    return stream;
  };
  return { ...actual, default: { ...actual, createReadStream }, createReadStream };
});

// @ts-expect-error: plain ESM helper without types
const { startServer } = await import('../../scripts/static-server.mjs');

const SIZE = 1024 * 1024;
const BIG = 50 * 1024 * 1024;
/** A known pattern whose period (251, a prime) differs from 256, so a slice at the wrong offset shows. */
const pattern = Buffer.from(Array.from({ length: SIZE }, (_, i) => i % 251));
const tail = Buffer.from(Array.from({ length: 100 }, (_, i) => 255 - i));

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

let dir: string;
let server: { url: string; close: () => Promise<void> };

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Sends a request line as written, for paths that a URL parser would tidy first. */
async function raw(path: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: new URL(server.url).port, path }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-range-'));
  writeFileSync(join(dir, 'data.bin'), pattern);
  writeFileSync(join(dir, 'empty.bin'), '');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'a.json'), '{}');
  mkdirSync(join(dir, 'sub'));
  // 50 MB, sparse: only the last 100 bytes are written, so the test costs no disk or time.
  const fd = openSync(join(dir, 'big.bin'), 'w');
  ftruncateSync(fd, BIG);
  writeSync(fd, tail, 0, tail.length, BIG - tail.length);
  closeSync(fd);
  server = await startServer({ root: dir, prefix: '/app/' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  streams.length = 0;
});

describe('static server: ranges', () => {
  it('serves the whole file with 200, its length and Accept-Ranges', async () => {
    const r = await get('data.bin');
    expect(r.status).toBe(200);
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers['content-length']).toBe(String(SIZE));
    expect(r.headers['content-range']).toBeUndefined();
    expect(r.body.equals(pattern)).toBe(true);
  });

  it.each([
    ['bytes=10-19', 10, 19],
    ['bytes=0-0', 0, 0],
    ['bytes=1000000-', 1000000, SIZE - 1],
    ['bytes=-100', SIZE - 100, SIZE - 1],
    ['bytes=-5000000', 0, SIZE - 1], // a suffix longer than the file is the whole file
    ['bytes=1048000-9999999', 1048000, SIZE - 1], // an end past the file stops at its last byte
    [' Bytes = 300 - 400 ', 300, 400],
  ])('%s → 206 of bytes %i..%i', async (range, start, end) => {
    const r = await get('data.bin', { range });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(r.headers['content-length']).toBe(String(end - start + 1));
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.body.equals(pattern.subarray(start, end + 1))).toBe(true);
  });

  it.each(['bytes=1048576-', 'bytes=2000000-2000010', 'bytes=-0'])('%s → 416 with bytes */size', async (range) => {
    const r = await get('data.bin', { range });
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe(`bytes */${SIZE}`);
    expect(r.body.length).toBe(0);
  });

  it.each([
    'bytes=abc',
    'bytes=5-2',
    'bytes=',
    'bytes=-',
    'bytes=1.5-3',
    'items=0-1',
    '0-1',
    'bytes=0-1,5-6', // several ranges: the whole file, not a multipart body
  ])('%s → the whole file with 200', async (range) => {
    const r = await get('data.bin', { range });
    expect(r.status).toBe(200);
    expect(r.headers['content-range']).toBeUndefined();
    expect(r.body.equals(pattern)).toBe(true);
  });

  it('ignores If-Range', async () => {
    const r = await get('data.bin', { range: 'bytes=0-3', 'if-range': '"some-etag"' });
    expect(r.status).toBe(206);
    expect([...r.body]).toEqual([0, 1, 2, 3]);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const whole = await get('data.bin', {}, 'HEAD');
    expect(whole.status).toBe(200);
    expect(whole.headers['content-length']).toBe(String(SIZE));
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.body.length).toBe(0);
    const part = await get('data.bin', { range: 'bytes=-10' }, 'HEAD');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes ${SIZE - 10}-${SIZE - 1}/${SIZE}`);
    expect(part.headers['content-length']).toBe('10');
    expect(part.body.length).toBe(0);
    expect(streams).toHaveLength(0);
  });

  it('serves an empty file, and any range of it is unsatisfiable', async () => {
    const whole = await get('empty.bin');
    expect(whole.status).toBe(200);
    expect(whole.headers['content-length']).toBe('0');
    const part = await get('empty.bin', { range: 'bytes=0-' });
    expect(part.status).toBe(416);
    expect(part.headers['content-range']).toBe('bytes */0');
  });

  it('reads only the last 100 bytes of a 50 MB file for bytes=-100', async () => {
    const r = await get('big.bin', { range: 'bytes=-100' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes ${BIG - 100}-${BIG - 1}/${BIG}`);
    expect(r.body.equals(tail)).toBe(true);
    expect(streams).toHaveLength(1);
    expect(streams[0].options).toMatchObject({ start: BIG - 100, end: BIG - 1 });
    expect(streams[0].stream.bytesRead).toBe(100);
  });
});

describe('static server: what it did before ranges', () => {
  it('keeps the prefix, the index, content types and the error statuses', async () => {
    expect((await get('index.html')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('')).status).toBe(200);
    expect((await get('a.json')).headers['content-type']).toBe('application/json');
    expect((await get('a.json')).headers['cache-control']).toBe('no-cache');
    expect((await get('missing.bin')).status).toBe(404);
    expect((await get('sub')).status).toBe(404); // a folder is no file
    expect((await get('sub/')).status).toBe(404); // and has no index.html
    expect(await raw('/other/data.bin')).toBe(404);
    expect(await raw('/app/..%2f..%2fetc%2fpasswd')).toBe(403);
    expect(await raw('/app/%E0')).toBe(400);
  });

  it('accepts a request line far longer than the default header limit', async () => {
    const r = await get(`index.html?v=${'x'.repeat(64 * 1024)}`);
    expect(r.status).toBe(200);
  });
});
