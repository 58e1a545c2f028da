/**
 * Start-up only: read the URL, load the built-in dataset (or the files `?data=` or the build names
 * instead), then mount the app on the combined dataset. Each file a reader opens (the header's
 * "Open data…" or a drop anywhere on the page) is imported in a worker and the app is mounted again
 * with it as one more dataset. The importers, the parser and the dialog load only then.
 */
import './ui/app.css';
import './ui/embed-layout.css';
import './ui/print.css';
import datasetUrl from '../data/dataset.json?url';
import incidentsUrl from '../data/incidents.geojson?url';
import placesUrl from '../data/places.app.geojson?url';
import regionsUrl from '../data/regions.geojson?url';
import countriesUrl from '../data/basemap/countries.packed.json?url';
import countryLabelsUrl from '../data/basemap/country-labels.geojson?url';
import admin1Url from '../data/basemap/admin1.packed.json?url';
import { absoluteUrl as abs } from './config/absolute-url.ts';
import { dataOrigins, defaultDataUrls, resolveDataUrl } from './config/data-url.ts';
import { installTrustedTypes } from './config/trusted-types.ts';
import { parseUrlState } from './config/url-state.ts';
import { type BuiltIn, combineDatasets } from './data/combine.ts';
import type { ClientResult } from './data/import/client.ts';
import type { ConvertedImport } from './data/import/to-incidents.ts';
import { fetchJson, loadData } from './data/load-data.ts';
import { packedUrl } from './data/packed-url.ts';
import { currentLanguage, t } from './i18n/index.ts';
import { loadLanguage, preferredLanguage } from './i18n/load-language.ts';
import type { AppState } from './state/app-state.ts';
import type { CountryLabel } from './style/build-style.ts';
import { lightTheme } from './style/theme.ts';
import { ErrorBanner } from './ui/error-banner.ts';
import { applyThemeVars } from './ui/theme-vars.ts';
import type { LargeImport } from './large-import.ts';
import { type MountedApp, mountApp } from './mount-app.ts';
import { registerPackedProtocol } from './map/packed-protocol.ts';
import { startMapEarly } from './map/early-start.ts';

installTrustedTypes();
registerPackedProtocol();

async function start(): Promise<void> {
  const doc = document;
  const root = doc.getElementById('app');
  const status = doc.querySelector<HTMLElement>('.cl-status');
  if (!root || !status) throw new Error('index.html: no #app');
  applyThemeVars(doc.documentElement, lightTheme);
  const defaultLang = preferredLanguage(navigator.languages);
  // Before the data is here only the page's options and the language matter; the full parse follows.
  const early = parseUrlState(location.search, { first: 0, last: 0 });
  const embed = early.options.embed;
  const basemap = { countries: packedUrl(abs(countriesUrl)), admin1: packedUrl(abs(admin1Url)) };
  startMapEarly([basemap.countries, basemap.admin1]);
  root.classList.toggle('cl-app--embed', embed);
  doc.documentElement.classList.toggle('cl-embed', embed);
  await loadLanguage(early.state.lang ?? defaultLang);
  status.textContent = t('loading');

  // Files named by `?data=` or by the build replace the built-in dataset: a publisher shows their own data.
  const errors: string[] = [];
  const origins = dataOrigins(doc);
  const dataUrls = defaultDataUrls(location.search, doc).flatMap((param) => {
    const resolved = resolveDataUrl(param, location.href, origins);
    if ('error' in resolved) {
      errors.push(t(resolved.key, resolved.vars));
      return [];
    }
    return [resolved.url];
  });
  // A `?data=` that names only refused URLs still replaces the built-in dataset: the page says why it is empty.
  const ownData = defaultDataUrls(location.search, doc).length > 0;
  // A published event file (.clcol) is shown as columns, alone: a million records never become objects.
  const columnUrl = dataUrls.length === 1 && /\.clcol(?:[?#]|$)/.test(dataUrls[0] as string) ? (dataUrls[0] as string) : null;
  const loading = Promise.all([
    !ownData
      ? loadData({ dataset: abs(datasetUrl), incidents: abs(incidentsUrl), places: abs(placesUrl), regions: abs(regionsUrl) })
      : null,
    fetchJson(abs(countryLabelsUrl), 'basemap/country-labels.geojson'),
    // A chunk of its own: the built-in dataset's first view never reads a file.
    dataUrls.length > 0 && !columnUrl
      ? import('./load-data-urls.ts').then(({ loadDataUrls }) => loadDataUrls(dataUrls, (text) => (status.textContent = text)))
      : null,
    columnUrl ? import('./load-column-data.ts').then(({ loadColumnData }) => loadColumnData(columnUrl)) : null,
  ]);
  const [data, countryLabels, fromUrls, fromColumns] = await loading;
  // A published event file, or a large file that `?data=` names (imported as columns): shown alone.
  const published = fromColumns && 'combined' in fromColumns ? fromColumns : null;
  // A large file imported here also says it is shown alone; a published one needs no such word.
  let columnData: (Omit<LargeImport, 'alone'> & Partial<LargeImport>) | null = published ?? fromUrls?.columns ?? null;
  if (fromColumns && 'error' in fromColumns) errors.push(fromColumns.error);
  if (data) errors.push(...data.errors);
  if (countryLabels.error) errors.push(countryLabels.error);
  let builtIn: BuiltIn | null = data?.file
    ? { file: data.file, incidents: data.incidents, places: data.places, regions: data.regions }
    : null;
  const imports: ConvertedImport[] = fromUrls?.imports ?? [];
  if (fromUrls) errors.push(...fromUrls.errors);

  const fatal = (message: string) => {
    status.hidden = true;
    const banner = new ErrorBanner(doc);
    root.querySelector('.cl-header')?.after(banner.element);
    banner.fatal(message);
  };
  let app: MountedApp | null = null;
  let dialog: { open(files?: readonly File[]): void; element: HTMLElement } | null = null;
  let dialogLang = '';
  const openDialog = async (files?: readonly File[]) => {
    // The dialog's strings are a chunk of their own, in the language of the moment.
    await (await import('./i18n/lazy/index.ts')).loadLazyStrings();
    // Its labels were written in the language it was made in: after a switch, a new dialog in the new one.
    if (dialog && dialogLang !== currentLanguage()) {
      dialog.element.remove();
      dialog = null;
    }
    dialogLang = currentLanguage();
    if (!dialog) {
      const { ImportDialog } = await import('./ui/import/import-dialog.ts');
      dialog = new ImportDialog({ doc, onImported: (result) => void addImport(result) });
    }
    dialog.open(files);
  };
  const mount = async (fresh: { lang: AppState['lang'] } | null) => {
    const combined = columnData?.combined ?? combineDatasets(builtIn, imports);
    if (!combined) return fatal(errors.join('\n') || 'dataset.json: missing');
    const mounted = await mountApp({
      doc,
      root,
      combined,
      builtIn: !!builtIn,
      world: imports.length > 0 || !!columnData,
      columns: columnData?.columns,
      alone: columnData?.alone ?? null,
      defaultLang,
      basemap,
      countryLabels: (countryLabels.json as { features?: CountryLabel[] } | null)?.features ?? [],
      errors,
      fresh,
      // Files join the datasets as records; a published event file is shown alone, so it takes none.
      openData: embed || (columnData && columnData === published) ? null : () => void openDialog(),
      onReady: () => {
        status.hidden = true;
        root.dataset.ready = 'true';
        performance.mark('claimline:first-idle');
      },
    });
    if (!mounted) return fatal(errors.join('\n') || 'incidents.geojson: no records');
    app = mounted;
    // Exposed for the browser tests and the benchmark: read-only handles, no behaviour.
    Object.assign(window, { __claimline: { map: mounted.map, store: mounted.store, datasets: combined.datasets } });
  };
  const addImport = async (result: ClientResult) => {
    if (result.eventFile) {
      // A large file (COLUMNS_FROM events or more) comes as columns and is shown alone (large-import.ts).
      const { openLargeImport } = await import('./large-import.ts');
      const large = await openLargeImport(result.report.file, result.eventFile);
      if (!large.data) return app?.report(large.messages);
      errors.push(...large.messages);
      columnData = large.data;
      builtIn = null;
      imports.length = 0;
    } else {
      const { convertImport } = await import('./data/import/convert.ts');
      const converted = convertImport(result, { builtIn, imports });
      if (!converted.converted) return app?.report(converted.messages);
      // A file opened after a large one takes its place: it is shown alone, as records.
      columnData = null;
      errors.push(...converted.messages);
      imports.push(converted.converted);
    }
    const lang = app?.store.state.lang ?? defaultLang;
    app?.destroy();
    app = null;
    root.dataset.ready = 'false';
    await mount({ lang });
    // The dialog's opener went with the old views: focus goes to the new "Open data…", not to the page.
    if (!doc.activeElement || doc.activeElement === doc.body) root.querySelector<HTMLElement>('.cl-open-data')?.focus();
  };
  await mount(null);
  // The drop zone is a chunk of its own: an embed, which takes no files, never loads it.
  if (!embed && !published) void import('./ui/drop-zone.ts').then(({ DropZone }) => new DropZone(doc, (files) => void openDialog(files)));
}

start().catch((e: unknown) => {
  const banner = new ErrorBanner(document);
  document.getElementById('app')?.prepend(banner.element);
  banner.fatal(e instanceof Error ? e.message : String(e));
  document.querySelector<HTMLElement>('.cl-status')?.setAttribute('hidden', '');
});
