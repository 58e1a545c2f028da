/**
 * The date slider: one thumb ("as of") or two (range) on a track, the chosen span filled.
 * Controller: keys on a thumb (←/→ a day, Page Up/Down a week, Home/End), dragging a thumb, or a
 * press on the track (the nearer thumb jumps there). Each move is part of a burst: the URL gets
 * one new entry when the reader stops.
 */
import { formatDay, t } from '../../i18n/index.ts';
import type { AppState, Intent, Store } from '../../state/app-state.ts';
import { el } from '../dom.ts';
import type { DayScale } from './day-scale.ts';

type Thumb = 'from' | 'to';
const MOVE: Intent = { history: 'push', burst: true };
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 7, PageDown: -7 };

export class Slider {
  readonly element: HTMLElement;
  private readonly range: HTMLElement;
  private readonly thumbs: Record<Thumb, HTMLElement>;
  private drag: Thumb | null = null;
  /** Where on the dragged handle the pointer took it, relative to its day's centre (range handles sit beside their day). */
  private grip = 0;
  private scale: DayScale | null = null;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    private readonly first: number,
    private readonly last: number,
  ) {
    this.element = el(doc, 'div', { class: 'cl-timeline__track' });
    this.range = el(doc, 'div', { class: 'cl-timeline__range' });
    const thumb = (which: Thumb) => {
      const node = el(doc, 'div', {
        class: `cl-timeline__thumb cl-timeline__thumb--${which}`,
        role: 'slider',
        tabindex: '0',
        'aria-valuemin': String(first),
        'aria-valuemax': String(last),
      });
      node.addEventListener('keydown', (e) => this.onKey(e, which));
      node.addEventListener('pointerdown', (e) => this.startDrag(e, which, this.gripOf(e, which)));
      return node;
    };
    this.thumbs = { from: thumb('from'), to: thumb('to') };
    this.element.append(this.range, this.thumbs.from, this.thumbs.to);
    this.element.addEventListener('pointerdown', this.onTrackDown);
    doc.addEventListener('pointermove', this.onPointerMove);
    doc.addEventListener('pointerup', this.onPointerUp);
  }

  render(state: Pick<AppState, 'mode' | 'from' | 'to'>, scale: DayScale): void {
    this.scale = scale;
    const { mode, from, to } = state;
    const set = (node: HTMLElement, day: number, label: string) => {
      node.style.left = `${scale.x(day)}px`;
      node.setAttribute('aria-valuenow', String(day));
      node.setAttribute('aria-valuetext', formatDay(day));
      node.setAttribute('aria-label', label);
    };
    set(this.thumbs.to, to, mode === 'range' ? t('sliderTo') : t('sliderAsOf'));
    set(this.thumbs.from, from, t('sliderFrom'));
    this.thumbs.from.hidden = mode !== 'range';
    if (mode === 'range') {
      // Handles outside the range ("from" left of its day, "to" right of it): never on top of each other.
      const half = this.thumbs.to.offsetWidth / 2;
      this.thumbs.from.style.left = `${scale.x(from) - half}px`;
      this.thumbs.to.style.left = `${scale.x(to) + half}px`;
    }
    const left = mode === 'range' ? scale.x(from) : 0;
    this.range.style.left = `${left}px`;
    this.range.style.width = `${Math.max(0, scale.x(to) - left)}px`;
  }

  /** Moves one thumb, keeping from ≤ to, and stops playback. */
  private move(which: Thumb, day: number): void {
    const { mode, from, to } = this.store.state;
    const d = Math.min(this.last, Math.max(this.first, day));
    const patch = which === 'to' ? { to: Math.max(d, mode === 'range' ? from : this.first) } : { from: Math.min(d, to) };
    this.store.update({ ...patch, playing: false }, MOVE);
  }

  private onKey(e: KeyboardEvent, which: Thumb): void {
    const { mode, from, to } = this.store.state;
    const current = which === 'from' ? from : to;
    let next: number | null = null;
    if (e.key in KEY_STEPS) next = current + (KEY_STEPS[e.key] ?? 0);
    else if (e.key === 'Home') next = which === 'to' && mode === 'range' ? from : this.first;
    else if (e.key === 'End') next = which === 'from' ? to : this.last;
    if (next === null) return;
    e.preventDefault();
    this.move(which, next);
  }

  private dayAt(clientX: number): number {
    const rect = this.element.getBoundingClientRect();
    return this.scale ? this.scale.dayAt(clientX - rect.left) : this.store.state.to;
  }

  private startDrag(e: PointerEvent, which: Thumb, grip = 0): void {
    e.preventDefault();
    e.stopPropagation();
    this.drag = which;
    this.grip = grip;
    this.thumbs[which].focus();
    if (this.store.state.playing) this.store.update({ playing: false }, MOVE);
  }

  private onTrackDown = (e: PointerEvent): void => {
    const day = this.dayAt(e.clientX);
    const { mode, from, to } = this.store.state;
    const which = mode === 'range' && Math.abs(day - from) < Math.abs(day - to) ? 'from' : 'to';
    this.startDrag(e, which);
    this.move(which, day);
  };

  private gripOf(e: PointerEvent, which: Thumb): number {
    if (!this.scale) return 0;
    const day = this.store.state[which];
    return e.clientX - this.element.getBoundingClientRect().left - this.scale.x(day);
  }

  private onPointerMove = (e: PointerEvent): void => {
    if (this.drag) this.move(this.drag, this.dayAt(e.clientX - this.grip));
  };

  private onPointerUp = (): void => {
    this.drag = null;
  };

  destroy(): void {
    this.doc.removeEventListener('pointermove', this.onPointerMove);
    this.doc.removeEventListener('pointerup', this.onPointerUp);
  }
}
