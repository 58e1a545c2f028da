import { build, defineConfig, type LogLevel, type Plugin } from 'vite';
import { stripCssRules } from './scripts/build/strip-css-rules.ts';
import { cspMeta } from './src/config/csp.ts';

/** The built index.html gets the Content-Security-Policy (the dev server injects styles inline, so only the build). */
const csp = (): Plugin => ({
  name: 'claimline-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(/<meta charset="utf-8" \/>/, `$&\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`),
});

/** What map/map-view.ts never shows: no geolocate, fullscreen, terrain or globe control, no compass, logo, markers or cooperative gestures. */
const UNUSED_MAPLIBRE_CSS =
  /maplibregl-ctrl-(geolocate|fullscreen|shrink|terrain|globe|compass|logo)|maplibregl-(user-location|marker|cooperative-gesture|mobile-message|desktop-message)/;

/** maplibre-gl.css without the rules of controls the map never adds (scripts/build/strip-css-rules.ts). */
const maplibreCss = (): Plugin => ({
  name: 'claimline-maplibre-css',
  enforce: 'pre',
  transform: (code, id) => (/maplibre-gl\/dist\/maplibre-gl\.css$/.test(id) ? stripCssRules(code, UNUSED_MAPLIBRE_CSS) : null),
});

/** Set inside the second build, the tile viewer's. */
const TILES_BUILD = process.env.CLAIMLINE_TILES_BUILD === '1';

/**
 * tiles.html, the PMTiles viewer (src/tiles-view/, docs/pmtiles.md), as a second build into the same
 * dist/ after the app's: one build with two entries would split shared code into new chunks and
 * change the app's first view; two builds leave the app's files exactly as they are.
 */
const tilesPage = (): Plugin => {
  let outer: { root: string; mode: string; outDir: string; logLevel: LogLevel } | null = null;
  return {
    name: 'claimline-tiles-page',
    apply: (_, env) => env.command === 'build' && !TILES_BUILD && !env.isPreview,
    configResolved: (c) => {
      outer = { root: c.root, mode: c.mode, outDir: c.build.outDir, logLevel: c.logLevel ?? 'warn' };
    },
    closeBundle: async () => {
      if (!outer) return;
      process.env.CLAIMLINE_TILES_BUILD = '1';
      try {
        await build({ root: outer.root, mode: outer.mode, logLevel: outer.logLevel, build: { outDir: outer.outDir } });
      } finally {
        delete process.env.CLAIMLINE_TILES_BUILD;
      }
    },
  };
};

/**
 * src/preload-data.ts as an entry of its own, its script put in the built page's head before the app's:
 * the browser runs that tiny file (which starts the data's downloads) without waiting for the large chunk.
 */
const preloadData = (): Plugin => ({
  name: 'claimline-preload-data',
  apply: 'build',
  config: () => ({ build: { rollupOptions: { input: { index: 'index.html', 'preload-data': 'src/preload-data.ts' } } } }),
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'preload-data');
      if (!chunk) return html;
      return html.replace(/<script type="module"/, `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    $&`);
    },
  },
});

export default defineConfig({
  // Relative asset paths: the same dist/ works from any sub-path (/graphics/2022/armenia-map/).
  base: './',
  plugins: [csp(), maplibreCss(), tilesPage(), ...(TILES_BUILD ? [] : [preloadData()])],
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Every browser the app runs in (es2022, module workers) preloads modules itself: no polyfill in the first view.
    modulePreload: { polyfill: false },
    // The tile viewer is built on its own (tilesPage below); this build is the app's.
    rolldownOptions: {
      input: TILES_BUILD ? 'tiles.html' : 'index.html',
      // src/data/ is pure (no import runs anything): rolldown takes its top-level regexes and Sets for
      // side effects and would keep a bare import of the importers' chunk (2 KB gzip) in the first view.
      treeshake: { moduleSideEffects: (id: string) => !/\/src\/data\/.*\.ts$/.test(id) },
    },
    emptyOutDir: !TILES_BUILD,
  },
  // The import worker is a module worker (client.ts), in development and in the build alike.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
