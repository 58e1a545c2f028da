/**
 * maplibre's worker script, a same-origin file of the build (`worker-src 'self'`). Under Trusted
 * Types (`require-trusted-types-for 'script'`) a Worker may only be built from a TrustedScriptURL:
 * the policy created in trusted-types.ts allows exactly this URL.
 */
import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const workerUrl: string = new URL(url, document.baseURI).href;
