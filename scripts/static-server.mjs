// A tiny static file server for dist/, on 127.0.0.1 only. `prefix` serves the app under a
// sub-path (as newsrooms do: /graphics/2022/armenia-map/). Used by `npm start`, the tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
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
