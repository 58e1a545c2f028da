/**
 * The scale bench's bare pages, one per `?mode=`: the points of `?points=` (scale-data.ts's packed
 * file) drawn by maplibre over a plain background, the window's end on a range input.
 *   geojson: a GeoJSON source and a circle layer filtered by global state (the app's approach today)
 *   custom:  a WebGL2 custom layer, the window as two uniforms (custom-layer.ts)
 * Marks `claimline:first-idle` at the first `idle` with the points drawn, as the app does, and
 * exposes the map as `__bench.map` for the bench's step probe.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { windowLayer } from './custom-layer.ts';

maplibregl.setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'custom' ? 'custom' : 'geojson';
const input = document.getElementById('to') as HTMLInputElement;

const response = await fetch(params.get('points') ?? 'points.bin');
const all = new Float32Array(await response.arrayBuffer());
const n = all.length / 3;
let last = 0;
for (let i = 2 * n; i < 3 * n; i++) last = Math.max(last, all[i] as number);
input.max = String(last);
input.value = String(last);

const map = new maplibregl.Map({
  container: 'map',
  bounds: [22, 8, 38, 22],
  style: {
    version: 8,
    state: { from: { default: 0 }, to: { default: last } },
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } }],
  },
});
await map.once('load');

let setTo: (to: number) => void;
if (mode === 'geojson') {
  const features = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = all[2 * n + i];
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [all[i], all[n + i]] },
      properties: { day, day_end: day },
    };
  }
  map.addSource('points', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    filter: ['all', ['<=', ['get', 'day'], ['global-state', 'to']], ['>=', ['get', 'day_end'], ['global-state', 'from']]],
    paint: { 'circle-radius': 3, 'circle-color': '#d55e00' },
  });
  setTo = (to) => map.setGlobalStateProperty('to', to);
} else {
  const layer = windowLayer(all, last);
  map.addLayer(layer);
  setTo = (to) => {
    layer.setWindow(0, to);
    map.triggerRepaint();
  };
}
input.addEventListener('input', () => setTo(Number(input.value)));
map.once('idle', () => performance.mark('claimline:first-idle'));
Object.assign(window, { __bench: { map, n } });
