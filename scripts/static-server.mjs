// A tiny static file server for dist/, on 127.0.0.1 only. `prefix` serves the app under a
// sub-path (as newsrooms do: /graphics/2022/armenia-map/). Used by `npm start`, the tests and the benchmark.
// It answers single Range requests (206/416) and streams every body, so a large file is read by slices.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { parseRange } from './byte-range.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function startServer({ root, port = 0, prefix = '/' } = {}) {
  const base = resolve(root);
  // Long URLs (a shared view, or a hostile one in the tests) must reach the app, which reports what it ignores.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    // A request line such as `//` or `/%E0` is no URL: answer 400 rather than let it end the server.
    let path;
    try {
      path = decodeURIComponent(new URL(`http://127.0.0.1${req.url ?? '/'}`).pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = path.slice(prefix.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    // Opened before any header is sent, so a missing or unreadable file is still a 404.
    let handle;
    let size;
    try {
      handle = await open(file);
      const info = await handle.stat();
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      await handle?.close();
      res.writeHead(404).end('not found');
      return;
    }
    sendFile(req, res, file, handle, size);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        url: `http://127.0.0.1:${address.port}${prefix}`,
        close: () =>
          new Promise((r) => {
            // Browsers keep idle connections open; without this, close() waits for them to time out.
            server.closeAllConnections();
            server.close(r);
          }),
      });
    });
  });
}

// If-Range is ignored: files here do not change while served, so a range is always of the current file.
function sendFile(req, res, file, handle, size) {
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'accept-ranges': 'bytes',
  };
  const range = parseRange(req.headers.range, size);
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 }).end();
    handle.close();
    return;
  }
  const start = range.kind === 'range' ? range.start : 0;
  const end = range.kind === 'range' ? range.end : size - 1;
  if (range.kind === 'range') headers['content-range'] = `bytes ${start}-${end}/${size}`;
  res.writeHead(range.kind === 'range' ? 206 : 200, { ...headers, 'content-length': end - start + 1 });
  // An empty file has no byte to read (createReadStream's end -1 would mean "to the end").
  if (req.method === 'HEAD' || end < start) {
    res.end();
    handle.close();
    return;
  }
  // Only bytes start..end are read, in chunks; the stream closes the handle. A read error after the
  // headers can only cut the response short.
  pipeline(createReadStream(file, { fd: handle, start, end }), res, () => {});
}
