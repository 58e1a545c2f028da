/**
 * "Where is this?": the distance to the border and the side, and the disputed areas the place was
 * in on the claim's date, computed from the map data, never typed in. A region opens its text.
 */
import type { IncidentProperties, Place, Region } from '../../data/schema.ts';
import { regionsAtDay } from '../../geo/regions-at-day.ts';
import { formatDay, regionName, t } from '../../i18n/index.ts';
import { el } from '../dom.ts';

/** Below this distance the border data cannot tell the side (data/README.md, "Where each place lies"). */
const SIDE_UNCERTAIN_KM = 1;

export function whereSection(
  doc: Document,
  p: IncidentProperties,
  place: Place | undefined,
  regionsById: ReadonlyMap<string, Region>,
  onRegion: (id: string) => void,
): HTMLElement | null {
  if (!place) return null;
  const q = place.properties;
  const section = el(doc, 'section', { class: 'cl-details__where', 'aria-labelledby': 'cl-where-title' });
  section.append(el(doc, 'h3', { id: 'cl-where-title' }, t('whereTitle')));
  let border: string;
  if (q.border_side === null || q.border_km === null) border = t('borderNone');
  else if (q.border_km < SIDE_UNCERTAIN_KM) border = t('borderNear', { km: SIDE_UNCERTAIN_KM });
  else border = t(q.border_side === 'AM' ? 'borderInArmenia' : 'borderInAzerbaijan', { km: Math.round(q.border_km) });
  section.append(el(doc, 'p', { class: 'cl-details__border' }, border));
  const regions = regionsAtDay(q.regions, regionsById, p.day);
  if (regions.length === 0) {
    section.append(el(doc, 'p', {}, t('regionsNone', { date: formatDay(p.day) })));
  } else {
    section.append(el(doc, 'p', {}, t('regionsOn', { date: formatDay(p.day) })));
    const ul = el(doc, 'ul', { class: 'cl-details__regions' });
    for (const r of regions) {
      const b = el(doc, 'button', { type: 'button', class: 'cl-linkish' }, regionName(r.properties));
      b.addEventListener('click', () => onRegion(r.properties.id));
      const li = el(doc, 'li');
      li.append(b);
      ul.append(li);
    }
    section.append(ul);
  }
  section.append(el(doc, 'p', { class: 'cl-details__publisher' }, t('whereNote')));
  return section;
}
