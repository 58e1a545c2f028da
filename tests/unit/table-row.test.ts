// @vitest-environment happy-dom
// The claims table's row from the columns against the row the table built from each record before
// (kept here as the reference): the same DOM, row for row, on the built-in data, in two languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bothSidesIds } from '../../src/data/claim-groups.ts';
import { placeIdOf, placeText } from '../../src/data/columns/dictionary.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import type { Incident, IncidentProperties, Place } from '../../src/data/schema.ts';
import { hy, hyNames } from '../../src/i18n/hy.ts';
import {
  claimantLabel,
  currentLanguage,
  formatDay,
  formatNumber,
  type Lang,
  setDatasetNames,
  setLanguage,
  t,
  typeLabel,
} from '../../src/i18n/index.ts';
import { placeName } from '../../src/i18n/place-name.ts';
import { groupKey } from '../../src/style/group-colours.ts';
import { el } from '../../src/ui/dom.ts';
import { claimRow } from '../../src/ui/table-row.ts';
import { BUILT_IN, GROUPS, PARTIES } from './dataset-fixture.ts';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8'));
const incidents = read('incidents.geojson').features as Incident[];
const placesById = new Map((read('places.app.geojson').features as Place[]).map((f) => [f.properties.id, f]));
const bothSides = bothSidesIds(incidents, PARTIES);

/** The row as incident-table.ts built it from a record before the columns. */
function recordRow(doc: Document, p: IncidentProperties, pos: number): HTMLTableRowElement {
  const place = p.place_id ? placesById.get(p.place_id) : undefined;
  const label = place ? placeName(place.properties, currentLanguage()) : p.place_name || '—';
  const tr = el(doc, 'tr', { class: `cl-side--${groupKey(p.claimant_side)}`, 'data-id': p.id, 'aria-rowindex': String(pos + 2) });
  const where = el(doc, 'td', { class: 'cl-table__place' });
  where.append(
    el(doc, 'button', { type: 'button', class: 'cl-table__open', 'data-id': p.id, 'data-pos': String(pos), tabindex: '-1' }, label),
    el(doc, 'span', { class: 'cl-table__type' }, typeLabel(p.event_type)),
  );
  if (bothSides.has(p.id)) where.append(el(doc, 'span', { class: 'cl-badge cl-badge--both' }, t('bothSidesBadge')));
  tr.append(
    el(doc, 'td', { class: 'cl-table__date' }, formatDay(p.day, 'short')),
    where,
    el(doc, 'td', { class: 'cl-table__claimant' }, claimantLabel(p)),
    el(doc, 'td', { class: 'cl-table__deaths' }, p.fatalities_claimed === null ? '' : formatNumber(p.fatalities_claimed)),
  );
  return tr;
}

/** The place label as incident-table.ts gives it for a place key. */
function keyLabel(key: string, lang: Lang): string {
  const id = placeIdOf(key);
  const place = id ? placesById.get(id) : undefined;
  return place ? placeName(place.properties, lang) : placeText(key) || '—';
}

afterEach(() => setLanguage('en'));

describe('the claims table row from columns', () => {
  const cols = columnsFromIncidents(incidents, { groups: GROUPS, bothSides });
  setDatasetNames(BUILT_IN);
  for (const lang of ['en', 'hy'] as const)
    it(`is the record's row for every built-in claim (${lang})`, () => {
      if (lang === 'hy') setLanguage('hy', hy, hyNames);
      expect(incidents.length).toBeGreaterThan(100);
      let badges = 0;
      incidents.forEach((f, i) => {
        const label = keyLabel(cols.places.at(cols.place[i] as number) as string, lang);
        const row = claimRow(document, cols, i, i, label);
        expect(row.outerHTML).toBe(recordRow(document, f.properties, i).outerHTML);
        badges += row.querySelectorAll('.cl-badge--both').length;
      });
      expect(badges).toBe(bothSides.size);
      expect(badges).toBeGreaterThan(0);
    });
});
