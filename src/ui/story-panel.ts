/**
 * Story mode: a guided walk through a story's steps. Each step sets the date window, moves the
 * map, opens one claim and rings the others it points at. Previous/Next buttons and ←/→ inside
 * the panel; autoplay only when asked for, and the map jumps instead of flying when the reader's
 * system asks for reduced motion. The step is kept in the URL (?story=…&step=N).
 */
import './story-panel.css';
import { dayFromDate } from '../data/day.ts';
import type { Incident } from '../data/schema.ts';
import type { Story, StoryStep } from '../data/story-schema.ts';
import { claimantLabel, currentLanguage, formatDay, formatDays, t, type StringKey } from '../i18n/index.ts';
import type { MapView, Store } from '../state/app-state.ts';
import { el, safeHref } from './dom.ts';

export type StoryOptions = {
  doc: Document;
  store: Store;
  story: Story;
  first: number;
  incidentsById: ReadonlyMap<string, Incident>;
  /** Moves the map; animated unless reduced motion is asked for. */
  moveMap: (view: MapView, animate: boolean) => void;
  onOpen: (id: string) => void;
  onExit: () => void;
  /** Runs the step's store update so that opening its claim does not move keyboard focus. */
  quietly: (apply: () => void) => void;
  /** After each step change (the timeline marks the current step). */
  onChange: (index: number) => void;
  /** Whether a step opens its main claim's details (false where they would cover the map). */
  openClaims: boolean;
  win?: Window;
};

const AUTOPLAY_MS = 12_000;

export class StoryPanel {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly body: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly play: HTMLButtonElement;
  private index = 0;
  private timer = 0;
  private readonly win: Window;
  private readonly reducedMotion: MediaQueryList;

  constructor(private readonly o: StoryOptions) {
    const { doc, story } = o;
    this.win = o.win ?? window;
    this.reducedMotion = this.win.matchMedia('(prefers-reduced-motion: reduce)');
    const lang = currentLanguage();
    this.element = el(doc, 'section', { class: 'cl-story', 'aria-labelledby': 'cl-story-title', tabindex: '-1' });
    const header = el(doc, 'div', { class: 'cl-story__header' });
    const exit = el(doc, 'button', { type: 'button', class: 'cl-button cl-story__exit' }, t('storyExit'));
    exit.addEventListener('click', () => o.onExit());
    header.append(el(doc, 'h2', { id: 'cl-story-title' }, story.title[lang]), exit);
    this.count = el(doc, 'p', { class: 'cl-story__count', 'aria-live': 'polite' });
    this.body = el(doc, 'div', { class: 'cl-story__body' });
    const nav = el(doc, 'div', { class: 'cl-story__nav' });
    this.prev = el(doc, 'button', { type: 'button', class: 'cl-button' }, `← ${t('storyPrev')}`);
    this.next = el(doc, 'button', { type: 'button', class: 'cl-button' }, `${t('storyNext')} →`);
    this.play = el(doc, 'button', { type: 'button', class: 'cl-button', 'aria-pressed': 'false' }, t('storyPlay'));
    this.prev.addEventListener('click', () => this.go(this.index - 1));
    this.next.addEventListener('click', () => this.go(this.index + 1));
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
    nav.append(this.prev, this.next, this.play);
    this.element.append(
      header,
      el(doc, 'p', { class: 'cl-story__intro' }, story.intro[lang]),
      this.count,
      this.body,
      nav,
      el(doc, 'p', { class: 'cl-story__help' }, t('storyHelp')),
    );
    this.element.addEventListener('keydown', this.onKey);
  }

  get steps(): readonly StoryStep[] {
    return this.o.story.steps;
  }

  /** Shows step i (clamped) and applies its window, view and claims. */
  go(i: number): void {
    const { store, doc, first } = this.o;
    const hadFocus = this.element.contains(doc.activeElement);
    this.index = Math.max(0, Math.min(this.steps.length - 1, i));
    const step = this.steps[this.index]!;
    const lang = currentLanguage();
    const to = dayFromDate(step.to);
    const from = step.mode === 'range' && step.from ? dayFromDate(step.from) : first;
    this.o.quietly(() =>
      store.update({
        mode: step.mode,
        from,
        to,
        playing: false,
        selected: this.o.openClaims ? step.selected : null,
        highlight: step.highlight,
      }),
    );
    this.o.moveMap(step.map, !this.reducedMotion.matches);

    this.count.textContent = t('storyStep', { n: this.index + 1, total: this.steps.length });
    const parts: Node[] = [
      el(doc, 'h3', {}, step.title[lang]),
      el(doc, 'p', { class: 'cl-story__window' }, step.mode === 'range' ? formatDays(from, to) : formatDay(to)),
      el(doc, 'p', {}, step.text[lang]),
    ];
    if (step.highlight.length) {
      const list = el(doc, 'ul', { class: 'cl-story__claims', 'aria-label': t('storyClaims') });
      for (const id of step.highlight) {
        const p = this.o.incidentsById.get(id)?.properties;
        if (!p) continue;
        const b = el(
          doc,
          'button',
          { type: 'button', class: `cl-linkish cl-side--${p.claimant_side}` },
          `${claimantLabel(p)} (${t(`side_${p.claimant_side}` as StringKey)}): ${p.place_name || formatDay(p.day, 'short')}`,
        );
        b.addEventListener('click', () => this.o.onOpen(id));
        const li = el(doc, 'li');
        li.append(b);
        list.append(li);
      }
      parts.push(el(doc, 'h4', {}, t('storyClaims')), list);
    }
    if (step.sources.length) {
      const list = el(doc, 'ul', { class: 'cl-details__sources' });
      for (const s of step.sources) {
        const href = safeHref(s.url);
        const li = el(doc, 'li');
        li.append(
          href ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title) : el(doc, 'span', {}, s.title),
          el(doc, 'span', { class: 'cl-details__publisher' }, ` — ${s.publisher}`),
        );
        list.append(li);
      }
      parts.push(el(doc, 'h4', {}, t('fieldSources')), list);
    }
    this.body.replaceChildren(...parts);
    this.prev.disabled = this.index === 0;
    this.next.disabled = this.index === this.steps.length - 1;
    if (this.next.disabled) this.stop();
    // Rebuilt text or a button just disabled would drop focus to <body>: keep it in the panel.
    const active = doc.activeElement;
    if (hadFocus && (!active || active === doc.body || (active as HTMLButtonElement).disabled)) {
      const target = active === this.next ? this.prev : active === this.prev ? this.next : this.element;
      target.focus();
    }
    const url = new URL(this.win.location.href);
    url.searchParams.set('story', this.o.story.id);
    url.searchParams.set('step', String(this.index + 1));
    this.win.history.replaceState(this.win.history.state, '', url.href);
    this.o.onChange(this.index);
  }

  private onKey = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (e.key === 'ArrowRight') this.go(this.index + 1);
    else if (e.key === 'ArrowLeft') this.go(this.index - 1);
    else return;
    e.preventDefault();
  };

  private start(): void {
    this.play.textContent = t('storyPause');
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = this.win.setInterval(() => this.go(this.index + 1), AUTOPLAY_MS);
  }

  private stop(): void {
    this.win.clearInterval(this.timer);
    this.timer = 0;
    this.play.textContent = t('storyPlay');
    this.play.setAttribute('aria-pressed', 'false');
  }

  destroy(): void {
    this.stop();
    this.element.removeEventListener('keydown', this.onKey);
    this.element.remove();
    const url = new URL(this.win.location.href);
    url.searchParams.delete('story');
    url.searchParams.delete('step');
    this.win.history.replaceState(this.win.history.state, '', url.href);
  }
}
