/**
 * One bar per span of days that some claims are dated only to (a night report straddling
 * midnight, "in August"), in lanes so overlapping spans stay apart. A click selects that span.
 * One tab stop for the row; ←/→ between bars.
 */
import type { DateBand } from '../../data/date-bands.ts';
import { formatDay, t } from '../../i18n/index.ts';
import { el } from '../dom.ts';
import { RovingFocus } from '../roving-focus.ts';
import type { DayScale } from './day-scale.ts';

const LANE = 7;

export class BandRow {
  readonly element: HTMLElement;
  private readonly focus: RovingFocus;
  private bands: readonly DateBand[] = [];

  constructor(
    private readonly doc: Document,
    private readonly onSelect: (from: number, to: number) => void,
  ) {
    this.element = el(doc, 'div', { class: 'cl-timeline__bands', role: 'toolbar', 'aria-label': t('dateBands') });
    this.focus = new RovingFocus(this.element);
  }

  setBands(bands: readonly DateBand[]): void {
    this.bands = bands;
  }

  layout(scale: DayScale): void {
    const lanes: number[] = [];
    const buttons = this.bands.map((band) => {
      const from = Math.max(scale.first, band.day);
      const to = Math.min(scale.last, band.day_end);
      let lane = lanes.findIndex((end) => end < from);
      if (lane < 0) lane = lanes.push(0) - 1;
      lanes[lane] = to;
      const label = t('dateBand', { from: formatDay(band.day), to: formatDay(band.day_end), n: band.count });
      const b = el(this.doc, 'button', { type: 'button', class: 'cl-band', 'aria-label': label, title: label });
      const left = scale.left(from);
      b.style.left = `${left}px`;
      b.style.width = `${Math.max(6, scale.left(to + 1) - left)}px`;
      b.style.top = `${lane * LANE}px`;
      b.addEventListener('click', () => {
        this.focus.remember(b);
        this.onSelect(from, to);
      });
      return b;
    });
    this.element.style.height = `${Math.max(1, lanes.length) * LANE}px`;
    this.element.replaceChildren(...buttons);
    this.focus.refresh();
  }

  destroy(): void {
    this.focus.destroy();
  }
}
