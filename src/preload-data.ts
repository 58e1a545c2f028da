/**
 * The first module the page runs, before the app's large chunk (maplibre and all) has arrived:
 * the files the first view fetches start downloading now, as preload links that main.ts's and the
 * map's fetches then take up, instead of once that chunk has run. The built-in dataset's files only
 * where the page shows it: given `?data=` or a default-data meta (config/data-url.ts), it shows other
 * files. Self-contained (vite.config.ts makes it an entry of its own), so it stays a tiny file.
 */
// `new URL(…, import.meta.url)`, not `?url` imports: the build writes each file's URL into this chunk, sharing no module with the app's.
const files = {
  dataset: new URL('../data/dataset.json', import.meta.url),
  incidents: new URL('../data/incidents.geojson', import.meta.url),
  places: new URL('../data/places.app.geojson', import.meta.url),
  regions: new URL('../data/regions.geojson', import.meta.url),
};
// The basemap (map/packed-protocol.ts fetches the packed files without their `packed+` scheme) and the country labels: fetched whatever the data.
const always = [
  new URL('../data/basemap/country-labels.geojson', import.meta.url),
  new URL('../data/basemap/countries.packed.json', import.meta.url),
  new URL('../data/basemap/admin1.packed.json', import.meta.url),
];

const ownData =
  new URLSearchParams(location.search).getAll('data').some((v) => v.trim() !== '') ||
  !!document.querySelector<HTMLMetaElement>('meta[name="claimline-default-data"]')?.content.trim();
for (const url of ownData ? always : [...Object.values(files), ...always]) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // fetch()'s own mode (cors, same-origin credentials), or the browser would not reuse the download.
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
}
