/**
 * The full page's side panel (sides, summary, layers, table, legend, exports), its Share and
 * "Open data" buttons and the phone sheet: a chunk of their own (views.ts imports it), so an embed,
 * which has none of them, never downloads them.
 */
import type { UrlContext } from '../config/url-state.ts';
import { groupIds } from '../data/dataset.ts';
import { groupLabel, t } from '../i18n/index.ts';
import { LAYER_IDS, type Store } from '../state/app-state.ts';
import { groupKey } from '../style/group-colours.ts';
import type { Theme } from '../style/theme.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { CheckboxGroup } from './checkbox-group.ts';
import { el } from './dom.ts';
import { ExportPanel } from './export-panel.ts';
import { IncidentTable } from './incident-table.ts';
import { PhoneSheet } from './phone-sheet.ts';
import { ShareDialog } from './share-dialog.ts';
import type { AppData } from './views.ts';
import { WindowSummary } from './window-summary.ts';

const LAYER_LABELS = {
  incidents: 'layerIncidents',
  settlements: 'layerSettlements',
  regions: 'layerRegions',
  labels: 'layerLabels',
} as const;

export type SideOptions = {
  doc: Document;
  root: HTMLElement;
  store: Store;
  data: AppData;
  theme: Theme;
  ctx: UrlContext;
  dataUrls?: readonly string[];
  map: MlMap | null;
  print: (() => Promise<void>) | null;
  side: HTMLElement;
  bottom: HTMLElement;
  actions: HTMLElement;
  legend: HTMLElement;
  /** Events without a date as a list the keyboard reaches (undated-list.ts), after the table; null: none. */
  undated: HTMLElement | null;
  /** The sheet's language switch, already in the side panel: the views go before it. */
  sheetLanguages: HTMLElement;
  /** "Open data…", else the Story button, already in the header: Share follows it, as before. */
  shareAfter: HTMLElement | null;
  open: (id: string) => void;
};

export function mountSide(o: SideOptions): { sheet: PhoneSheet; destroy: () => void } {
  const { doc, store, data, theme } = o;
  const groups = groupIds(data.dataset);
  const swatch = (s: string) => el(doc, 'span', { class: `cl-swatch cl-swatch--${groupKey(s)}`, 'aria-hidden': 'true' });
  const sides = new CheckboxGroup(
    doc,
    store,
    'sides',
    t('sidesLegend'),
    groups.map((id) => ({ id, label: groupLabel(id), swatch: swatch(id) })),
  );
  const layers = new CheckboxGroup(
    doc,
    store,
    'layers',
    t('layers'),
    // Only the layers this dataset draws: an imported file has no shelled settlements, maybe no regions;
    // an event file (columns only) has no records to find strikes in, and no regions.
    LAYER_IDS.filter(
      (id) =>
        (id !== 'settlements' || data.incidents.some((f) => f.properties.strike)) && (id !== 'regions' || data.dataset.regions.length > 0),
    ).map((id) => ({ id, label: t(LAYER_LABELS[id]) })),
  );
  const records = data.columnData;
  const fetchRecord = records
    ? (id: string) => {
        const row = records.rowOf(id);
        return row === undefined ? Promise.reject(new Error(`no claim ${id}`)) : records.record(row);
      }
    : null;
  const summary = new WindowSummary(doc, store, data.incidents, data.columns, groups, o.open, fetchRecord);
  const table = new IncidentTable(doc, store, data.columns, data.placesById, o.open);
  // With columns only (an event file, `incidents` empty) the claims files are read from the columns
  // and their text chunks; the published layouts are left out (export-panel.ts).
  const exports = new ExportPanel({
    doc,
    store,
    dataset: data.dataset,
    incidents: data.incidents,
    map: o.map,
    theme,
    print: o.print,
    originals: data.originals,
    columns: records,
  });
  const nodes = [
    sides.element,
    summary.element,
    layers.element,
    table.element,
    ...(o.undated ? [o.undated] : []),
    o.legend,
    exports.element,
  ];
  o.sheetLanguages.before(...nodes);
  const share = new ShareDialog(doc, store, { ...o.ctx, data: o.dataUrls }, data.dataset.meta.title);
  if (o.shareAfter?.isConnected) o.shareAfter.after(share.button);
  else o.actions.prepend(share.button);
  const sheet = new PhoneSheet(doc, store, o.root, o.side);
  o.bottom.append(sheet.button);
  const owned: ({ element: HTMLElement } | { destroy: () => void })[] = [sides, layers, summary, table, exports, share, sheet];
  return {
    sheet,
    destroy: () => {
      sheet.button.remove();
      for (const n of nodes) n.remove();
      for (const view of owned.reverse()) 'destroy' in view ? view.destroy() : view.element.remove();
    },
  };
}
