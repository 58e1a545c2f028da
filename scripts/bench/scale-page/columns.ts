/**
 * The scale bench's "columns" page: the app's own map layers on a published event file. Fetches
 * `?events=NAME` (NAME.clcol and NAME.json, scale-events.ts), reads them as the app does
 * (readColumns, readEventFile), makes a Store and a maplibre map over a plain background (no
 * network; the app's local label fonts for the cell counts), puts GpuClaims on it and fits the
 * data's bounds. A step of the range input is a slider step: store.update({ to }).
 * Marks `claimline:first-idle` once the points or cells are drawn; `bench:*` marks time the load.
 * Exposes `__bench.map`, `__bench.settled()` (the step probe waits for it: the cells are redrawn
 * a frame after the store changes, so the map's next `idle` may come before them) and
 * `__bench.profile()` (the GpuClaims build again, piece by piece, for the report).
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { readColumns } from '../../../src/data/columns/binary-read.ts';
import { buildCells } from '../../../src/data/columns/cells.ts';
import { parseEventMeta, readEventFile } from '../../../src/data/columns/event-file.ts';
import { PointIndex } from '../../../src/data/columns/point-index.ts';
import type { Dataset } from '../../../src/data/dataset.ts';
import { GpuClaims, prepareGpuClaims } from '../../../src/map/gpu/gpu-claims.ts';
import { packInstances } from '../../../src/map/gpu/instances.ts';
import { LAYER_IDS, Store } from '../../../src/state/app-state.ts';
import { fontFaces } from '../../../src/style/fonts.ts';
import { INCIDENT_LAYER } from '../../../src/style/layers.ts';
import { shapeOf } from '../../../src/style/markers.ts';
import { lightTheme } from '../../../src/style/theme.ts';

maplibregl.setWorkerUrl(workerUrl);
const name = new URLSearchParams(location.search).get('events') ?? 'events';
const input = document.getElementById('to') as HTMLInputElement;
const mark = (what: string) => performance.mark(`bench:${what}`);

const [bytes, metaJson] = await Promise.all([
  fetch(`${name}.clcol`).then((r) => r.arrayBuffer()),
  fetch(`${name}.json`).then((r) => r.json() as Promise<unknown>),
]);
mark('fetched');
const cols = readEventFile(readColumns(bytes), parseEventMeta(metaJson));
mark('read');

let [west, south, east, north] = [180, 90, -180, -90];
let lastDay = 0;
for (let i = 0; i < cols.count; i++) {
  const x = cols.lon[i] as number;
  const y = cols.lat[i] as number;
  if (x < west) west = x;
  if (x > east) east = x;
  if (y < south) south = y;
  if (y > north) north = y;
  if ((cols.dayEnd[i] as number) > lastDay) lastDay = cols.dayEnd[i] as number;
}
const first = cols.firstDay;
const last = first + lastDay;
input.min = String(first);
input.max = String(last);
input.value = String(last);
mark('bounds');

// As mount-app.ts makes it, with what a fresh import gets: the whole extent, every group, every layer.
const store = new Store({
  mode: 'asof',
  from: first,
  to: last,
  layers: new Set(LAYER_IDS),
  sides: new Set(cols.groups),
  selected: null,
  panel: null,
  story: null,
  highlight: [],
  view: null,
  lang: 'en',
  playing: false,
  speed: 2,
});
const category = (id: string, order: number) => ({ id, label: { en: id }, order });
const dataset = {
  categories: { groups: cols.groups.map(category), eventTypes: cols.eventTypes.map(category) },
  meta: { parties: [] },
} as unknown as Pick<Dataset, 'categories' | 'meta'>;

const map = new maplibregl.Map({
  container: 'map',
  bounds: [west, south, east, north],
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
  style: {
    version: 8,
    'font-faces': fontFaces(),
    sources: { none: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } },
      // Where the app's style has its incident layers: GpuClaims goes in their place.
      { id: INCIDENT_LAYER, type: 'circle', source: 'none' },
    ],
  },
});
// Made before the style has loaded, as the app's lazy import often is (whenStyleReady adds its
// layers when the style can take them, before or after).
const prepared = await prepareGpuClaims(cols, dataset);
mark('prepared');
const gpu = new GpuClaims({ map, store, cols, theme: lightTheme, dataset, prepared });
mark('gpu-claims');
await map.once('load');
mark('map-loaded');

/** After a store change: the frame that redraws the cells, then the map's next `idle`. */
const afterChange = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      void map.once('idle').then(() => resolve());
      // An idle map with nothing left to draw fires no further 'idle' by itself.
      map.triggerRepaint();
    }),
  );
let pending = afterChange();
input.addEventListener('input', () => {
  store.update({ to: Number(input.value) }, { history: 'none', burst: true });
  pending = afterChange();
});
await pending;
performance.mark('claimline:first-idle');

/** The pieces of GpuClaims' build, timed one by one (after the steps: it allocates them again). */
function profile(): Record<string, number> {
  const time = <T>(f: () => T): [T, number] => {
    const t0 = performance.now();
    return [f(), performance.now() - t0];
  };
  const [instances, packMs] = time(() =>
    packInstances(
      cols,
      cols.eventTypes.map((t) => shapeOf(dataset.categories.eventTypes, t)),
    ),
  );
  const [, indexMs] = time(() => new PointIndex(instances.xs, instances.ys));
  const [, cellsMs] = time(() => buildCells(cols));
  return { packMs, indexMs, cellsMs };
}
Object.assign(window, { __bench: { map, n: cols.count, settled: () => pending, profile, drawn: () => gpu.drawn() } });
