// The benchmark's baseline: maplibre drawing the same data with the same global-state filter, no app around it.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import incidentsUrl from '../../../data/incidents.geojson?url';
import countriesUrl from '../../../data/basemap/countries.geojson?url';
import { absoluteUrl as abs } from '../../../src/config/absolute-url.ts';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  center: [45.9, 39.9],
  zoom: 7,
  style: {
    version: 8,
    state: { from: { default: 19205 }, to: { default: 19265 } },
    sources: { countries: { type: 'geojson', data: abs(countriesUrl) }, incidents: { type: 'geojson', data: abs(incidentsUrl) } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#c9dbe6' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f2efe9' } },
      { id: 'lines', type: 'line', source: 'countries', paint: { 'line-color': '#8c8378' } },
      {
        id: 'incidents',
        type: 'circle',
        source: 'incidents',
        filter: ['all', ['<=', ['get', 'day'], ['global-state', 'to']], ['>=', ['get', 'day_end'], ['global-state', 'from']]],
        paint: { 'circle-radius': 6, 'circle-color': '#d55e00' },
      },
    ],
  },
});
map.once('idle', () => performance.mark('claimline:first-idle'));
Object.assign(window, { __bare: map });
