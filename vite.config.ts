import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the same dist/ works from any sub-path (/graphics/2022/armenia-map/).
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
