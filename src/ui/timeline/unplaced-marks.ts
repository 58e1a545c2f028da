/**
 * Claims with no place on the map (statements, calls) as small marks under the slider, stacked
 * per day. One tab stop for the row, ←/→ between marks, Enter opens one.
 */
import type { Incident } from '../../data/schema.ts';
import { formatDay, t } from '../../i18n/index.ts';
import { groupKey } from '../../style/group-colours.ts';
import { el } from '../dom.ts';
import { RovingFocus } from '../roving-focus.ts';
import type { DayScale } from './day-scale.ts';

export class UnplacedMarks {
  readonly element: HTMLElement;
  private readonly focus: RovingFocus;
  private claims: readonly Incident[] = [];

  constructor(
    private readonly doc: Document,
    private readonly onOpen: (id: string) => void,
  ) {
    this.element = el(doc, 'div', { class: 'cl-timeline__marks', role: 'toolbar', 'aria-label': t('unplacedMarks') });
    this.focus = new RovingFocus(this.element);
  }

  setClaims(claims: readonly Incident[]): void {
    this.claims = claims;
  }

  layout(scale: DayScale): void {
    const stacks = new Map<number, number>();
    this.element.replaceChildren(
      ...this.claims.map((f) => {
        const p = f.properties;
        const level = stacks.get(p.day) ?? 0;
        stacks.set(p.day, level + 1);
        const b = el(this.doc, 'button', {
          type: 'button',
          class: `cl-mark cl-mark--${groupKey(p.claimant_side)}`,
          'aria-label': t('unplacedMark', { date: formatDay(p.day), summary: p.summary }),
          title: `${formatDay(p.day)}: ${p.summary}`,
          'data-id': p.id,
        });
        b.style.left = `${scale.x(p.day) - 4}px`;
        b.style.top = `${Math.min(level, 5) * 7}px`;
        b.addEventListener('click', () => {
          this.focus.remember(b);
          this.onOpen(p.id);
        });
        return b;
      }),
    );
    this.focus.refresh();
  }

  destroy(): void {
    this.focus.destroy();
  }
}
