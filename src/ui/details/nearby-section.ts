/**
 * "Other datasets nearby": with several datasets loaded, the records of the others near this one
 * and on the same days (widened by a slack), each dataset a claimant of its own, side by side and
 * never merged. The reader sets the distance and the slack; the choice outlives the record shown.
 */
import './nearby-section.css';
import type { LocalText } from '../../data/dataset.ts';
import { countByDataset, type NearbyOptions, type NearbyRecord, nearbyRecords } from '../../data/nearby.ts';
import type { Incident } from '../../data/schema.ts';
import { claimantLabel, datasetText, englishText, formatDays } from '../../i18n/index.ts';
import { ti } from '../../i18n/lazy/index.ts';
import { el } from '../dom.ts';
import { dateText } from './claim-text.ts';

export const NEARBY_KM = [5, 10, 25, 50, 100] as const;
export const NEARBY_DAYS = [0, 1, 3, 7] as const;
/** How many records the list shows; the counts above it cover them all. */
export const NEARBY_SHOWN = 20;

export type NearbyData = {
  datasets: readonly { id: string; title: LocalText }[];
  datasetOf: ReadonlyMap<string, string>;
  /** Every record of every dataset. */
  all: readonly Incident[];
  /** The reader's distance and slack, owned by the panel so it holds from one record to the next. */
  choice: NearbyOptions;
};

export function defaultNearbyChoice(): NearbyOptions {
  return { km: 25, days: 1 };
}

/** The section, or null with one dataset. */
export function nearbySection(doc: Document, incident: Incident, d: NearbyData, onOpen: (id: string) => void): HTMLElement | null {
  if (d.datasets.length < 2) return null;
  const section = el(doc, 'section', { class: 'cl-details__nearby', 'aria-labelledby': 'cl-nearby-title' });
  section.append(
    el(doc, 'h3', { id: 'cl-nearby-title' }, ti('nearbyTitle')),
    el(doc, 'p', { class: 'cl-details__publisher' }, ti('nearbyNote')),
  );
  if (!incident.geometry) {
    section.append(el(doc, 'p', {}, ti('nearbyNoPoint')));
    return section;
  }
  const results = el(doc, 'div', { class: 'cl-nearby__results', 'aria-live': 'polite' });
  const fill = () => results.replaceChildren(...nearbyResults(doc, incident, d, onOpen));
  const controls = el(doc, 'div', { class: 'cl-nearby__controls' });
  controls.append(
    choiceSelect(
      doc,
      'cl-nearby-km',
      ti('nearbyDistance'),
      NEARBY_KM,
      (km) => ti('nearbyKmOption', { km }),
      d.choice.km,
      (km) => {
        d.choice.km = km;
        fill();
      },
    ),
    choiceSelect(
      doc,
      'cl-nearby-days',
      ti('nearbySlack'),
      NEARBY_DAYS,
      (n) => (n === 0 ? ti('nearbySameDays') : ti('nearbyDaysOption', { n })),
      d.choice.days,
      (days) => {
        d.choice.days = days;
        fill();
      },
    ),
  );
  fill();
  section.append(controls, results);
  return section;
}

/** A labelled <select> of numbers; a value outside the list falls back to the nearest listed one. */
function choiceSelect(
  doc: Document,
  id: string,
  label: string,
  values: readonly number[],
  text: (n: number) => string,
  current: number,
  onChange: (n: number) => void,
): HTMLElement {
  const wrap = el(doc, 'div', { class: 'cl-nearby__control' });
  const select = el(doc, 'select', { id });
  for (const n of values) select.append(el(doc, 'option', { value: String(n) }, text(n)));
  const nearest = values.reduce((a, b) => (Math.abs(b - current) < Math.abs(a - current) ? b : a));
  select.value = String(nearest);
  select.addEventListener('change', () => onChange(Number(select.value)));
  wrap.append(el(doc, 'label', { for: id }, label), select);
  return wrap;
}

function nearbyResults(doc: Document, incident: Incident, d: NearbyData, onOpen: (id: string) => void): HTMLElement[] {
  const found = nearbyRecords(incident, d.all, d.datasetOf, d.choice);
  const counts = countByDataset(found, d.datasetOf);
  const own = d.datasetOf.get(incident.properties.id);
  const p = incident.properties;
  const dates = formatDays(p.day - d.choice.days, p.day_end + d.choice.days);
  const nodes: HTMLElement[] = [];
  for (const dataset of d.datasets) {
    if (dataset.id === own) continue;
    const n = counts.get(dataset.id) ?? 0;
    nodes.push(
      el(doc, 'p', { class: 'cl-nearby__count' }, ti('nearbyCount', { dataset: datasetText(dataset.title), n, km: d.choice.km, dates })),
    );
  }
  if (found.length > NEARBY_SHOWN) nodes.push(el(doc, 'p', {}, ti('nearbyMore', { shown: NEARBY_SHOWN, n: found.length })));
  if (found.length === 0) return nodes;
  const titles = new Map(d.datasets.map((x) => [x.id, datasetText(x.title)]));
  const list = el(doc, 'ul', { class: 'cl-nearby__list', 'aria-label': ti('nearbyListLabel') });
  for (const record of found.slice(0, NEARBY_SHOWN)) {
    const li = el(doc, 'li');
    li.append(recordButton(doc, record, titles.get(d.datasetOf.get(record.incident.properties.id) ?? '') ?? '', onOpen));
    list.append(li);
  }
  nodes.push(list);
  return nodes;
}

/** One record: date, dataset, claimant, the summary's first line and the distance; it opens the record. */
function recordButton(doc: Document, record: NearbyRecord, dataset: string, onOpen: (id: string) => void): HTMLElement {
  const p = record.incident.properties;
  // Tenths of a km close by, whole km further off: finer than the data's points would be false precision.
  const km = record.km < 10 ? Math.round(record.km * 10) / 10 : Math.round(record.km);
  const button = el(doc, 'button', { type: 'button', class: 'cl-linkish cl-nearby__record' });
  button.append(
    el(doc, 'span', { class: 'cl-nearby__head' }, `${dateText(p)} · ${dataset} · ${claimantLabel(p)}`),
    el(doc, 'span', { class: 'cl-nearby__summary', ...englishText() }, firstLine(p.summary)),
    el(doc, 'span', { class: 'cl-nearby__km' }, ti('nearbyAway', { km })),
  );
  button.addEventListener('click', () => onOpen(p.id));
  return button;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
