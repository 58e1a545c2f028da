/**
 * The date range: two labelled date fields (keyboard-usable as the browser makes them), the
 * archive's first date as their lower limit. An empty field leaves its side open. Reports days
 * relative to the archive's first_day, the unit of the tiles' `day` and `day_end`.
 */
import { dateFromDay, dayFromDate, isDate } from '../data/day.ts';
import { tt } from '../i18n/tiles/index.ts';
import { OPEN_END } from './tiles-style.ts';

export type Range = { from: number; to: number };

export function rangeControl(doc: Document, firstDay: number, onChange: (range: Range) => void): HTMLElement {
  const set = doc.createElement('fieldset');
  set.className = 'tv-range';
  const legend = doc.createElement('legend');
  legend.textContent = tt('tilesRange');
  set.append(legend);
  const field = (name: 'from' | 'to', label: string) => {
    const wrap = doc.createElement('label');
    wrap.className = 'tv-range__field';
    const span = doc.createElement('span');
    span.textContent = label;
    const input = doc.createElement('input');
    input.type = 'date';
    input.name = name;
    input.min = dateFromDay(firstDay);
    wrap.append(span, input);
    set.append(wrap);
    return input;
  };
  const from = field('from', tt('tilesFrom'));
  const to = field('to', tt('tilesTo'));
  const hint = doc.createElement('p');
  hint.className = 'tv-hint';
  hint.id = 'tv-range-hint';
  hint.textContent = tt('tilesRangeHint');
  set.append(hint);
  set.setAttribute('aria-describedby', hint.id);
  const relative = (value: string, open: number) => (isDate(value) ? dayFromDate(value) - firstDay : open);
  const changed = () => {
    // "To" before "From" is a window that shows nothing; the lower field's limit follows the other.
    to.min = from.value || from.min;
    onChange({ from: relative(from.value, 0), to: relative(to.value, OPEN_END) });
  };
  from.addEventListener('change', changed);
  to.addEventListener('change', changed);
  return set;
}
