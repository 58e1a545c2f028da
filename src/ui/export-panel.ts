/**
 * Download and print: a PNG of the view with its legend and credits, the claims in the window as
 * CSV and GeoJSON (with their sources), and a print of map, legend and list on A4 landscape. With
 * columns only (an event file) the claims files are read from the text chunks, with progress and a
 * Cancel (export/column-claims.ts); the published layouts, which need the records as imported, are not offered.
 */
import './export-panel.css';
import type { Map as MlMap } from 'maplibre-gl';
import { dateFromDay } from '../data/day.ts';
import { shownClaims } from '../data/matches-window.ts';
import { type Dataset, groupIds } from '../data/dataset.ts';
import type { Incident } from '../data/schema.ts';
import type { ImportedEvent } from '../data/import/types.ts';
import type { ColumnRecords } from '../export/column-claims.ts';
import type { Layout } from '../export/layout-files.ts';
import { datasetText, formatDay, formatDays, groupLabel, t } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { CREDITS_TEXT } from '../style/build-style.ts';
import { groupColours, partyColours } from '../style/group-colours.ts';
import type { Theme } from '../style/theme.ts';
import { download, el } from './dom.ts';
import { ExportProgress } from './export-progress.ts';

export type ExportOptions = {
  doc: Document;
  store: Store;
  incidents: readonly Incident[];
  /** The WebGL map; null where the page shows the still map instead (no PNG then; print takes the SVG as it is). */
  map: MlMap | null;
  theme: Theme;
  /** The dataset: its title, groups and colours go into the picture. */
  dataset: Pick<Dataset, 'meta' | 'categories'>;
  /** Prints with the map as a still image; null where the page prints as it is (the still SVG map). */
  print: (() => Promise<void>) | null;
  /** Imported records as read from their files, so the layout exports give back every field. */
  originals?: ReadonlyMap<string, ImportedEvent>;
  /** Columns only (an event file): the claims files are read from them; `incidents` is empty. */
  columns?: ColumnRecords | null;
};

export class ExportPanel {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly progress: ExportProgress;
  private busy = false;

  constructor(private readonly o: ExportOptions) {
    const { doc } = o;
    this.element = el(doc, 'section', { class: 'cl-export', 'aria-labelledby': 'cl-export-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-export-title' }, t('exportTitle')));
    const row = el(doc, 'div', { class: 'cl-export__buttons' });
    const button = (label: string, action: (b: HTMLButtonElement) => Promise<void> | void) => {
      const b = el(doc, 'button', { type: 'button', class: 'cl-button' }, label);
      b.addEventListener('click', async () => {
        try {
          await action(b);
        } catch (e) {
          this.status.textContent = `${t('exportFailed')} ${e instanceof Error ? e.message : String(e)}`;
        }
      });
      row.append(b);
    };
    const { map, columns } = o;
    if (map) button(t('exportPng'), () => this.png(map));
    const file = (kind: 'csv' | 'geojson') => (b: HTMLButtonElement) => (columns ? this.columnFile(kind, columns, b) : this.file(kind));
    button(t('exportCsv'), file('csv'));
    button(t('exportGeoJson'), file('geojson'));
    if (!columns) {
      button(t('exportAcled'), () => this.layout('acled'));
      button(t('exportUcdp'), () => this.layout('ucdp'));
      button(t('exportClaimline'), () => this.layout('claimline'));
    }
    button(t('print'), () => this.print());
    this.progress = new ExportProgress(doc);
    this.status = el(doc, 'p', { class: 'cl-export__status', role: 'status' });
    this.element.append(row, this.progress.element, this.status);
    if (columns) this.element.append(el(doc, 'p', { class: 'cl-export__note' }, t('exportColumnsNote')));
  }

  private shown(): Incident[] {
    return shownClaims(this.o.incidents, this.o.store.state);
  }

  /** "13 September 2022" or "12 – 14 September 2022", as on the timeline. */
  private windowText(): string {
    const { mode, from, to } = this.o.store.state;
    return mode === 'range' ? formatDays(from, to) : `${t('sliderAsOf')} ${formatDay(to)}`;
  }

  /** The dataset the exported claims come from, in the interface language. */
  private datasetMeta() {
    const { meta } = this.o.dataset;
    return {
      id: meta.id,
      title: datasetText(meta.title),
      attribution: datasetText(meta.attribution),
      licence: meta.licence,
      sourceUrl: meta.sourceUrl,
    };
  }

  private baseName(): string {
    const { mode, from, to } = this.o.store.state;
    return mode === 'range' ? `claimline-${dateFromDay(from)}_${dateFromDay(to)}` : `claimline-to-${dateFromDay(to)}`;
  }

  private async png(map: MlMap): Promise<void> {
    const { sides } = this.o.store.state;
    const { dataset, theme } = this.o;
    const groups = groupIds(dataset);
    const colours = groupColours(dataset.categories.groups, theme);
    // The writers load on the first click: the first view does not carry them.
    const { mapImage } = await import('../export/map-image.ts');
    const blob = await mapImage(map, theme, {
      title: t('appTitle'),
      subtitle: datasetText(dataset.meta.title),
      window: this.windowText(),
      sides: groups.every((s) => sides.has(s))
        ? t('allSides')
        : `${t('sidesLegend')}: ${
            groups
              .filter((s) => sides.has(s))
              .map((s) => groupLabel(s))
              .join(', ') || '—'
          }`,
      groups: groups.map((id) => ({ label: groupLabel(id), colour: colours.get(id) ?? theme.markerNeutral })),
      parties: partyColours(dataset.meta.parties, colours, theme.markerNeutral),
      direction: t('legendDirectionShort'),
      bothSides: t('legendBothSides'),
      credits: `${CREDITS_TEXT}.`,
      note: `${t('claimsNotFacts')} ${location.href}`,
    });
    download(this.o.doc, blob, `${this.baseName()}.png`);
    this.status.textContent = t('exportDone');
  }

  private async file(kind: 'csv' | 'geojson'): Promise<void> {
    const { claimsCsv, claimsGeoJson } = await import('../export/claims-files.ts');
    const shown = this.shown();
    const blob =
      kind === 'csv'
        ? new Blob([claimsCsv(shown)], { type: 'text/csv;charset=utf-8' })
        : new Blob([claimsGeoJson(shown, { window: this.windowText(), licence: t('exportLicence'), dataset: this.datasetMeta() })], {
            type: 'application/geo+json',
          });
    download(this.o.doc, blob, `${this.baseName()}.${kind}`);
    this.status.textContent = t('exportDone');
  }

  /** The claims files from columns: the window's rows counted first, refused over the cap, then read in batches. */
  private async columnFile(kind: 'csv' | 'geojson', columns: ColumnRecords, opener: HTMLElement): Promise<void> {
    // One at a time: a second click while the first is read (or its module loads) is ignored.
    if (this.busy) return;
    this.busy = true;
    try {
      await this.readColumnFile(kind, columns, opener);
    } finally {
      this.busy = false;
    }
  }

  private async readColumnFile(kind: 'csv' | 'geojson', columns: ColumnRecords, opener: HTMLElement): Promise<void> {
    const { EXPORT_ROW_CAP, ExportCancelled, columnClaimsFile, exportedRows } = await import('../export/column-claims.ts');
    const rows = exportedRows(columns.cols, this.o.store.state);
    if (rows.length > EXPORT_ROW_CAP) {
      this.status.textContent = t('exportTooMany', { n: rows.length, max: EXPORT_ROW_CAP });
      return;
    }
    // The window's name is taken now: the reader may move the slider while the records are read.
    const name = `${this.baseName()}.${kind}`;
    const meta = { window: this.windowText(), licence: t('exportLicence'), dataset: this.datasetMeta() };
    const signal = this.progress.start(rows.length);
    this.status.textContent = t('exportReading', { done: 0, total: rows.length });
    try {
      const parts = await columnClaimsFile(kind, columns, rows, meta, {
        signal,
        onProgress: (done, total) => this.progress.update(done, total),
        part: (text) => new Blob([text]),
      });
      const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
      download(this.o.doc, new Blob(parts, { type }), name);
      this.status.textContent = t('exportDone');
    } catch (e) {
      if (!(e instanceof ExportCancelled)) throw e;
      this.status.textContent = t('exportCancelled');
    } finally {
      this.progress.finish(opener);
    }
  }

  /** The published layouts: the file, and the attribution beside it (the CSV layouts have no room for it). */
  private async layout(layout: Layout): Promise<void> {
    const { layoutFile } = await import('../export/layout-files.ts');
    const out = await layoutFile(layout, this.shown(), this.o.dataset, this.o.originals ?? new Map());
    const name = `${this.baseName()}.${out.extension}`;
    download(this.o.doc, new Blob([out.text], { type: out.type }), name);
    if (out.attribution) download(this.o.doc, new Blob([out.attribution], { type: 'text/plain;charset=utf-8' }), `${name}.attribution.txt`);
    this.status.textContent = out.attribution ? `${t('exportDone')} ${out.attribution}` : t('exportDone');
  }

  /** The map as a still image over the canvas while printing (export/print-still.ts), or the page as it is. */
  private async print(): Promise<void> {
    if (this.o.print) await this.o.print();
    else window.print();
  }
}
