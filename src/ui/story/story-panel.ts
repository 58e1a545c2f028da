/**
 * The story's panel: title, intro, "Step n of m", the step's title, window, text, the claims it
 * points at and its sources; Previous/Next (and ←/→ inside the panel), autoplay only when asked
 * for, and Leave (also Escape). It shows the step the store holds and writes steps to the store.
 */
import './story-panel.css';
import { dayFromDate } from '../../data/day.ts';
import type { Incident } from '../../data/schema.ts';
import type { Story } from '../../data/story-schema.ts';
import { claimantLabel, currentLanguage, formatDay, formatDays, groupLabel, t } from '../../i18n/index.ts';
import { groupKey } from '../../style/group-colours.ts';
import { REPLACE, type Store } from '../../state/app-state.ts';
import { el, safeHref } from '../dom.ts';

export type StoryPanelOptions = {
  doc: Document;
  store: Store;
  story: Story;
  first: number;
  incidentsById: ReadonlyMap<string, Incident>;
  onOpen: (id: string) => void;
  onLeave: () => void;
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
  private index = -1;
  private timer = 0;
  private readonly win: Window;

  constructor(private readonly o: StoryPanelOptions) {
    const { doc, story } = o;
    this.win = o.win ?? window;
    const lang = currentLanguage();
    this.element = el(doc, 'section', { class: 'cl-story', 'aria-labelledby': 'cl-story-title', tabindex: '-1' });
    const header = el(doc, 'div', { class: 'cl-story__header' });
    const leave = el(doc, 'button', { type: 'button', class: 'cl-button cl-story__exit' }, t('storyExit'));
    leave.addEventListener('click', () => o.onLeave());
    header.append(el(doc, 'h2', { id: 'cl-story-title' }, story.title[lang]), leave);
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
    const intro = el(doc, 'p', { class: 'cl-story__intro' }, story.intro[lang]);
    this.element.append(header, intro, this.count, this.body, nav, el(doc, 'p', { class: 'cl-story__help' }, t('storyHelp')));
    this.element.addEventListener('keydown', this.onKey);
  }

  /** Asks the store for step i (clamped to the story). */
  private go(i: number): void {
    const step = Math.max(0, Math.min(this.o.story.steps.length - 1, i));
    if (step !== this.index) this.o.store.update({ story: { id: this.o.story.id, step } }, REPLACE);
  }

  /** Shows step i's text. */
  render(i: number): void {
    const { doc, story, first } = this.o;
    const step = story.steps[i];
    if (!step || i === this.index) return;
    const hadFocus = this.element.contains(doc.activeElement);
    this.index = i;
    const lang = currentLanguage();
    const to = dayFromDate(step.to);
    const from = step.mode === 'range' && step.from ? dayFromDate(step.from) : first;
    this.count.textContent = t('storyStep', { n: i + 1, total: story.steps.length });
    const span = step.mode === 'range' ? formatDays(from, to) : formatDay(to);
    const parts: Node[] = [
      el(doc, 'h3', {}, step.title[lang]),
      el(doc, 'p', { class: 'cl-story__window' }, span),
      el(doc, 'p', {}, step.text[lang]),
    ];
    if (step.highlight.length) parts.push(el(doc, 'h4', {}, t('storyClaims')), this.claimList(step.highlight));
    if (step.sources.length) {
      const list = el(doc, 'ul', { class: 'cl-details__sources' });
      for (const s of step.sources) {
        const href = safeHref(s.url);
        const li = el(doc, 'li');
        const title = href ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title) : el(doc, 'span', {}, s.title);
        li.append(title, el(doc, 'span', { class: 'cl-details__publisher' }, ` — ${s.publisher}`));
        list.append(li);
      }
      parts.push(el(doc, 'h4', {}, t('fieldSources')), list);
    }
    this.body.replaceChildren(...parts);
    this.prev.disabled = i === 0;
    this.next.disabled = i === story.steps.length - 1;
    if (this.next.disabled) this.stop();
    // Rebuilt text or a button just disabled would drop focus to <body>: keep it in the panel.
    const active = doc.activeElement;
    if (hadFocus && (!active || active === doc.body || (active as HTMLButtonElement).disabled)) {
      const target = active === this.next ? this.prev : active === this.prev ? this.next : this.element;
      target.focus();
    }
  }

  private claimList(ids: readonly string[]): HTMLElement {
    const { doc } = this.o;
    const list = el(doc, 'ul', { class: 'cl-story__claims', 'aria-label': t('storyClaims') });
    for (const id of ids) {
      const p = this.o.incidentsById.get(id)?.properties;
      if (!p) continue;
      const label = `${claimantLabel(p)} (${groupLabel(p.claimant_side)}): ${p.place_name || formatDay(p.day, 'short')}`;
      const b = el(doc, 'button', { type: 'button', class: `cl-linkish cl-side--${groupKey(p.claimant_side)}` }, label);
      b.addEventListener('click', () => this.o.onOpen(id));
      const li = el(doc, 'li');
      li.append(b);
      list.append(li);
    }
    return list;
  }

  private onKey = (e: KeyboardEvent): void => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    if (e.key === 'ArrowRight') this.go(this.index + 1);
    else if (e.key === 'ArrowLeft') this.go(this.index - 1);
    else if (e.key === 'Escape') this.o.onLeave();
    else return;
    e.preventDefault();
    e.stopPropagation();
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
  }
}
