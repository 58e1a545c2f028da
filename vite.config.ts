import { defineConfig, type Plugin } from 'vite';
import { cspMeta } from './src/config/csp.ts';

/** The built index.html gets the Content-Security-Policy (the dev server injects styles inline, so only the build). */
const csp = (): Plugin => ({
  name: 'claimline-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(/<meta charset="utf-8" \/>/, `$&\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`),
});

export default defineConfig({
  // Relative asset paths: the same dist/ works from any sub-path (/graphics/2022/armenia-map/).
  base: './',
  plugins: [csp()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  // The import worker is a module worker (client.ts), in development and in the build alike.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
