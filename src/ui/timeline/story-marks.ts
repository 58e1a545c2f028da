/**
 * A story's steps as numbered marks above the histogram; the current one is `aria-current`.
 * Steps on the same day sit side by side around that day.
 */
import { t } from '../../i18n/index.ts';
import { el } from '../dom.ts';
import { RovingFocus } from '../roving-focus.ts';
import type { DayScale } from './day-scale.ts';

export type StoryMark = { day: number; label: string };

export class StoryMarks {
  readonly element: HTMLElement;
  private readonly focus: RovingFocus;
  private marks: readonly StoryMark[] = [];
  private current = -1;
  private scale: DayScale | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onStep: (index: number) => void,
  ) {
    this.element = el(doc, 'div', { class: 'cl-timeline__story', role: 'toolbar', 'aria-label': t('storyMarks'), hidden: '' });
    this.focus = new RovingFocus(this.element);
  }

  /** An empty list removes the marks. */
  set(marks: readonly StoryMark[], current: number): void {
    const same = marks.length === this.marks.length && marks.every((m, i) => m.day === this.marks[i]?.day);
    this.marks = marks;
    this.current = current;
    // Same steps, new current one: update in place so a focused mark keeps focus.
    if (same && marks.length) this.markCurrent();
    else if (this.scale) this.layout(this.scale);
  }

  private markCurrent(): void {
    this.element.querySelectorAll('button').forEach((b, i) => {
      if (i === this.current) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
  }

  layout(scale: DayScale): void {
    this.scale = scale;
    this.element.hidden = this.marks.length === 0;
    const sameDay = new Map<number, number[]>();
    this.marks.forEach((m, i) => {
      sameDay.set(m.day, [...(sameDay.get(m.day) ?? []), i]);
    });
    this.element.replaceChildren(
      ...this.marks.map((m, i) => {
        const group = sameDay.get(m.day) ?? [i];
        const offset = (group.indexOf(i) - (group.length - 1) / 2) * 20;
        const label = t('storyMark', { n: i + 1, title: m.label });
        const b = el(this.doc, 'button', { type: 'button', class: 'cl-story-mark', 'aria-label': label, title: label }, String(i + 1));
        b.style.left = `${scale.x(m.day) - 9 + offset}px`;
        b.addEventListener('click', () => {
          this.focus.remember(b);
          this.onStep(i);
        });
        return b;
      }),
    );
    this.markCurrent();
    this.focus.refresh();
  }

  destroy(): void {
    this.focus.destroy();
  }
}
