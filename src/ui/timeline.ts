/**
 * The date slider: a d3 histogram of claims per day stacked by claimant side, bands for claims
 * dated only to a range of days, one thumb ("as of") or two (range), play with speed, marks for
 * claims with no place, and a context strip for background far outside the period.
 * Value: the store's window and sides. View: render(). Controller: pointer and key handlers.
 */
import './timeline.css';
import { max, range, scaleLinear } from 'd3';
import { binByDay } from '../data/bin-by-day.ts';
import { dateBands, type DateBand } from '../data/date-bands.ts';
import { SIDES, type Incident, type Side } from '../data/schema.ts';
import { formatDay, formatDays, t, type StringKey } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { el, svg } from './dom.ts';
import { RovingFocus } from './roving-focus.ts';

export type TimelineOptions = {
  doc: Document;
  store: Store;
  first: number;
  last: number;
  incidents: readonly Incident[];
  onOpen: (id: string) => void;
};

const SPEEDS = [1, 2, 4, 8];
const HIST_HEIGHT = 48;

export class Timeline {
  readonly element: HTMLElement;
  private readonly track: HTMLElement;
  private readonly range: HTMLElement;
  private readonly thumbs: { from: HTMLElement; to: HTMLElement };
  private readonly hist: SVGSVGElement;
  private readonly marks: HTMLElement;
  private readonly bands: HTMLElement;
  private readonly story: HTMLElement;
  private readonly storyFocus: RovingFocus;
  private storyMarks: { day: number; label: string }[] = [];
  private storyCurrent = -1;
  private onStoryStep: (i: number) => void = () => undefined;
  private readonly readout: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly speedSelect: HTMLSelectElement;
  private readonly modeInputs: Record<'asof' | 'range', HTMLInputElement>;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly observer: ResizeObserver;
  private drag: 'from' | 'to' | null = null;
  private playFrame = 0;
  private playClock = 0;
  private readonly marksFocus: RovingFocus;
  private readonly bandsFocus: RovingFocus;
  /** Day → x at the current width; rebuilt by layout(). */
  private scale = scaleLinear();
  /** Claims per day for each side; recomputed only when the chosen sides change. */
  private bins: { side: Side; bins: ReturnType<typeof binByDay> }[] = [];
  private bandList: DateBand[] = [];
  private readonly inPeriod: readonly Incident[];
  private unplaced: readonly Incident[] = [];

  constructor(private readonly o: TimelineOptions) {
    const { doc } = o;
    this.inPeriod = o.incidents.filter((f) => !f.properties.context);
    this.element = el(doc, 'section', { class: 'cl-timeline', 'aria-label': t('timeline') });

    const controls = el(doc, 'div', { class: 'cl-timeline__controls' });
    const modeGroup = el(doc, 'fieldset', { class: 'cl-timeline__mode' });
    modeGroup.append(el(doc, 'legend', { class: 'cl-visually-hidden' }, t('modeLabel')));
    const mk = (mode: 'asof' | 'range', label: string) => {
      const input = el(doc, 'input', { type: 'radio', name: 'cl-mode', value: mode, id: `cl-mode-${mode}` });
      const lab = el(doc, 'label', { for: `cl-mode-${mode}` }, label);
      modeGroup.append(input, lab);
      input.addEventListener('change', () => input.checked && this.setMode(mode));
      return input;
    };
    this.modeInputs = { asof: mk('asof', t('modeAsOf')), range: mk('range', t('modeRange')) };

    this.playButton = el(doc, 'button', { type: 'button', class: 'cl-button cl-timeline__play' }, t('play'));
    this.playButton.addEventListener('click', () => o.store.update({ playing: !o.store.state.playing }));
    const speedLabel = el(doc, 'label', { class: 'cl-timeline__speed' }, `${t('speed')} `);
    this.speedSelect = el(doc, 'select', { 'aria-label': t('speed') });
    for (const s of SPEEDS) this.speedSelect.append(el(doc, 'option', { value: String(s) }, t('speedValue', { n: s })));
    this.speedSelect.addEventListener('change', () => o.store.update({ speed: Number(this.speedSelect.value) }));
    speedLabel.append(this.speedSelect);
    this.readout = el(doc, 'output', { class: 'cl-timeline__readout', 'aria-live': 'polite' });
    controls.append(modeGroup, this.playButton, speedLabel, this.readout);

    const body = el(doc, 'div', { class: 'cl-timeline__body' });
    this.hist = svg(doc, 'svg', { class: 'cl-timeline__hist', height: HIST_HEIGHT, role: 'img', 'aria-label': t('histogramLabel') });
    this.track = el(doc, 'div', { class: 'cl-timeline__track' });
    this.range = el(doc, 'div', { class: 'cl-timeline__range' });
    const thumb = (which: 'from' | 'to') => {
      const node = el(doc, 'div', {
        class: `cl-timeline__thumb cl-timeline__thumb--${which}`,
        role: 'slider',
        tabindex: '0',
        'aria-valuemin': String(o.first),
        'aria-valuemax': String(o.last),
      });
      node.addEventListener('keydown', (e) => this.onKey(e, which));
      node.addEventListener('pointerdown', (e) => this.startDrag(e, which));
      return node;
    };
    this.thumbs = { from: thumb('from'), to: thumb('to') };
    this.track.append(this.range, this.thumbs.from, this.thumbs.to);
    this.track.addEventListener('pointerdown', this.onTrackDown);
    this.marks = el(doc, 'div', { class: 'cl-timeline__marks', role: 'toolbar', 'aria-label': t('unplacedMarks') });
    this.marksFocus = new RovingFocus(this.marks);
    this.bands = el(doc, 'div', { class: 'cl-timeline__bands', role: 'toolbar', 'aria-label': t('dateBands') });
    this.bandsFocus = new RovingFocus(this.bands);
    this.story = el(doc, 'div', { class: 'cl-timeline__story', role: 'toolbar', 'aria-label': t('storyMarks'), hidden: '' });
    this.storyFocus = new RovingFocus(this.story);
    body.append(this.story, this.hist, this.bands, this.track, this.marks);
    this.element.append(controls, body, this.contextStrip());

    this.unsubscribe.push(
      o.store.on('window', () => this.render()),
      o.store.on('sides', () => {
        this.filterBySides();
        this.layout();
      }),
      o.store.on('playing', ({ playing }) => (playing ? this.startPlay() : this.stopPlay())),
    );
    this.observer = new ResizeObserver(() => this.layout());
    this.observer.observe(body);
    doc.addEventListener('pointermove', this.onPointerMove);
    doc.addEventListener('pointerup', this.onPointerUp);
    this.filterBySides();
    this.layout();
  }

  private filterBySides(): void {
    const { sides } = this.o.store.state;
    const shown = this.inPeriod.filter((f) => sides.has(f.properties.claimant_side));
    this.bins = SIDES.filter((side) => sides.has(side)).map((side) => ({
      side,
      bins: binByDay(
        shown.filter((f) => f.properties.claimant_side === side).map((f) => f.properties),
        this.o.first,
        this.o.last,
      ),
    }));
    this.bandList = dateBands(shown.map((f) => f.properties));
    this.unplaced = shown.filter((f) => !f.geometry);
  }

  private get width(): number {
    return Math.max(100, this.track.clientWidth);
  }

  /** Day → x: each day owns an equal cell; the thumb sits at the cell's centre. */
  private x(day: number): number {
    return this.scale(day + 0.5);
  }

  private dayAt(clientX: number): number {
    const rect = this.track.getBoundingClientRect();
    const d = Math.floor(this.scale.invert(clientX - rect.left));
    return Math.min(this.o.last, Math.max(this.o.first, d));
  }

  private contextStrip(): HTMLElement {
    const { doc } = this.o;
    const context = this.o.incidents.filter((f) => f.properties.context);
    const strip = el(doc, 'div', { class: 'cl-timeline__context' });
    if (context.length === 0) return strip;
    strip.append(el(doc, 'span', { class: 'cl-timeline__context-title' }, `${t('contextStrip')}:`));
    // One chip per period; the other accounts of the same period are linked from its details.
    const periods = new Map<string, Incident>();
    for (const f of context)
      periods.set(`${f.properties.day}-${f.properties.day_end}`, periods.get(`${f.properties.day}-${f.properties.day_end}`) ?? f);
    for (const f of periods.values()) {
      const p = f.properties;
      const label = formatDays(p.day, p.day_end);
      const b = el(doc, 'button', { type: 'button', class: 'cl-chip', title: p.summary }, label);
      b.addEventListener('click', () => this.o.onOpen(p.id));
      strip.append(b);
    }
    return strip;
  }

  /** Rebuilds what depends on the width: histogram bars, date bands and mark positions. */
  private layout(): void {
    const { doc, first, last } = this.o;
    this.scale = scaleLinear()
      .domain([first, last + 1])
      .range([0, this.width]);
    const totals = range(last - first + 1).map((i) => this.bins.reduce((sum, b) => sum + b.bins[i]!.count, 0));
    const y = scaleLinear()
      .domain([0, max(totals) || 1])
      .range([0, HIST_HEIGHT - 4]);
    const cell = this.width / (last - first + 1);
    this.hist.setAttribute('width', String(this.width));
    const bars: SVGElement[] = [];
    totals.forEach((total, i) => {
      const day = first + i;
      const group = svg(doc, 'g', { class: 'cl-timeline__day', 'data-day': day });
      const title = svg(doc, 'title');
      const parts = this.bins.filter((b) => b.bins[i]!.count > 0).map((b) => `${t(`side_${b.side}` as StringKey)} ${b.bins[i]!.count}`);
      title.textContent = t('histogramDay', { date: formatDay(day), n: total }) + (parts.length ? ` (${parts.join(', ')})` : '');
      group.append(title);
      let top = HIST_HEIGHT;
      for (const b of this.bins) {
        const h = y(b.bins[i]!.count);
        if (h <= 0) continue;
        top -= h;
        group.append(
          svg(doc, 'rect', {
            x: this.x(day) - cell / 2 + 0.5,
            width: Math.max(1, cell - 1),
            y: top,
            height: h,
            class: `cl-timeline__bar cl-bar--${b.side}`,
          }),
        );
      }
      bars.push(group);
    });
    this.hist.replaceChildren(...bars);
    this.layoutBands();
    this.layoutStory();
    const stacks = new Map<number, number>();
    this.marks.replaceChildren(
      ...this.unplaced.map((f) => {
        const p = f.properties;
        const level = stacks.get(p.day) ?? 0;
        stacks.set(p.day, level + 1);
        const b = el(doc, 'button', {
          type: 'button',
          class: `cl-mark cl-mark--${p.claimant_side}`,
          'aria-label': t('unplacedMark', { date: formatDay(p.day), summary: p.summary }),
          title: `${formatDay(p.day)}: ${p.summary}`,
          'data-id': p.id,
        });
        b.style.left = `${this.x(p.day) - 4}px`;
        b.style.top = `${Math.min(level, 5) * 7}px`;
        b.addEventListener('click', () => {
          this.marksFocus.remember(b);
          this.o.onOpen(p.id);
        });
        return b;
      }),
    );
    this.marksFocus.refresh();
    this.render();
  }

  /**
   * One bar per span of days that some claims are dated only to (a night report straddling
   * midnight, "in August"), in lanes so overlapping spans stay apart. A click selects that span.
   */
  private layoutBands(): void {
    const { doc, first, last } = this.o;
    const lanes: number[] = [];
    const buttons = this.bandList.map((band) => {
      const from = Math.max(first, band.day);
      const to = Math.min(last, band.day_end);
      let lane = lanes.findIndex((end) => end < from);
      if (lane < 0) lane = lanes.push(0) - 1;
      lanes[lane] = to;
      const label = t('dateBand', { from: formatDay(band.day), to: formatDay(band.day_end), n: band.count });
      const b = el(doc, 'button', { type: 'button', class: 'cl-band', 'aria-label': label, title: label });
      const left = this.scale(from);
      b.style.left = `${left}px`;
      b.style.width = `${Math.max(6, this.scale(to + 1) - left)}px`;
      b.style.top = `${lane * 7}px`;
      b.addEventListener('click', () => {
        this.bandsFocus.remember(b);
        this.o.store.update({ mode: 'range', from, to, playing: false });
      });
      return b;
    });
    this.bands.style.height = `${Math.max(1, lanes.length) * 7}px`;
    this.bands.replaceChildren(...buttons);
    this.bandsFocus.refresh();
  }

  /** Marks a story's steps above the histogram; an empty list removes them. */
  setStoryMarks(marks: { day: number; label: string }[], current: number, onStep: (i: number) => void): void {
    const same = marks.length === this.storyMarks.length && marks.every((m, i) => m.day === this.storyMarks[i]!.day);
    this.storyMarks = marks;
    this.storyCurrent = current;
    this.onStoryStep = onStep;
    // Same steps, new current one: update in place so a focused mark keeps focus.
    if (same && marks.length) {
      this.story
        .querySelectorAll('button')
        .forEach((b, i) => (i === current ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')));
    } else {
      this.layoutStory();
    }
  }

  private layoutStory(): void {
    const { doc } = this.o;
    this.story.hidden = this.storyMarks.length === 0;
    // Steps on the same day sit side by side around that day.
    const sameDay = new Map<number, number[]>();
    this.storyMarks.forEach((m, i) => sameDay.set(m.day, [...(sameDay.get(m.day) ?? []), i]));
    this.story.replaceChildren(
      ...this.storyMarks.map((m, i) => {
        const group = sameDay.get(m.day)!;
        const offset = (group.indexOf(i) - (group.length - 1) / 2) * 20;
        const label = t('storyMark', { n: i + 1, title: m.label });
        const b = el(doc, 'button', { type: 'button', class: 'cl-story-mark', 'aria-label': label, title: label }, String(i + 1));
        if (i === this.storyCurrent) b.setAttribute('aria-current', 'step');
        b.style.left = `${this.x(m.day) - 9 + offset}px`;
        b.addEventListener('click', () => {
          this.storyFocus.remember(b);
          this.onStoryStep(i);
        });
        return b;
      }),
    );
    this.storyFocus.refresh();
  }

  render(): void {
    const { mode, from, to, speed } = this.o.store.state;
    this.modeInputs[mode].checked = true;
    this.speedSelect.value = String(speed);
    this.element.classList.toggle('cl-timeline--range', mode === 'range');
    const set = (node: HTMLElement, day: number, label: string) => {
      node.style.left = `${this.x(day)}px`;
      node.setAttribute('aria-valuenow', String(day));
      node.setAttribute('aria-valuetext', formatDay(day));
      node.setAttribute('aria-label', label);
    };
    set(this.thumbs.to, to, mode === 'range' ? t('sliderTo') : t('sliderAsOf'));
    set(this.thumbs.from, from, t('sliderFrom'));
    this.thumbs.from.hidden = mode !== 'range';
    const left = mode === 'range' ? this.x(from) : 0;
    this.range.style.left = `${left}px`;
    this.range.style.width = `${Math.max(0, this.x(to) - left)}px`;
    this.readout.textContent = mode === 'range' ? formatDays(from, to) : formatDay(to);
    this.hist.querySelectorAll<SVGGElement>('g').forEach((g) => {
      const day = Number(g.dataset.day);
      g.classList.toggle('cl-timeline__day--in', day >= from && day <= to);
    });
  }

  private setMode(mode: 'asof' | 'range'): void {
    const { to } = this.o.store.state;
    if (mode === 'asof') this.o.store.update({ mode, from: this.o.first });
    else this.o.store.update({ mode, from: Math.max(this.o.first, to - 6), to });
  }

  /** Moves one thumb, keeping from ≤ to. */
  private move(which: 'from' | 'to', day: number): void {
    const { first, last, store } = this.o;
    const { mode, from, to } = store.state;
    const d = Math.min(last, Math.max(first, day));
    if (which === 'to') store.update({ to: Math.max(d, mode === 'range' ? from : first) });
    else store.update({ from: Math.min(d, to) });
  }

  private onKey(e: KeyboardEvent, which: 'from' | 'to'): void {
    const current = this.o.store.state[which];
    const steps: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 7, PageDown: -7 };
    let next: number | null = null;
    if (e.key in steps) next = current + steps[e.key]!;
    else if (e.key === 'Home') next = which === 'to' && this.o.store.state.mode === 'range' ? this.o.store.state.from : this.o.first;
    else if (e.key === 'End') next = which === 'from' ? this.o.store.state.to : this.o.last;
    if (next === null) return;
    e.preventDefault();
    this.o.store.update({ playing: false });
    this.move(which, next);
  }

  private startDrag(e: PointerEvent, which: 'from' | 'to'): void {
    e.preventDefault();
    e.stopPropagation();
    this.drag = which;
    this.o.store.update({ playing: false });
    (e.target as HTMLElement).focus();
  }

  private onTrackDown = (e: PointerEvent): void => {
    const day = this.dayAt(e.clientX);
    const { mode, from, to } = this.o.store.state;
    const which = mode === 'range' && Math.abs(day - from) < Math.abs(day - to) ? 'from' : 'to';
    this.startDrag(e, which);
    this.thumbs[which].focus();
    this.move(which, day);
  };

  private onPointerMove = (e: PointerEvent): void => {
    if (this.drag) this.move(this.drag, this.dayAt(e.clientX));
  };

  private onPointerUp = (): void => {
    this.drag = null;
  };

  private startPlay(): void {
    const { store, first, last } = this.o;
    this.playButton.textContent = t('pause');
    this.playButton.setAttribute('aria-pressed', 'true');
    if (store.state.to >= last) {
      const width = store.state.to - store.state.from;
      store.update(store.state.mode === 'range' ? { from: first, to: first + width } : { to: first });
    }
    this.playClock = performance.now();
    const tick = (now: number) => {
      const { mode, from, to, speed, playing } = store.state;
      if (!playing) return;
      const steps = Math.floor(((now - this.playClock) / 1000) * speed);
      if (steps >= 1) {
        this.playClock += (steps * 1000) / speed;
        const next = Math.min(last, to + steps);
        store.update(mode === 'range' ? { from: from + (next - to), to: next } : { to: next });
        if (next >= last) {
          store.update({ playing: false });
          return;
        }
      }
      this.playFrame = requestAnimationFrame(tick);
    };
    this.playFrame = requestAnimationFrame(tick);
  }

  private stopPlay(): void {
    cancelAnimationFrame(this.playFrame);
    this.playButton.textContent = t('play');
    this.playButton.setAttribute('aria-pressed', 'false');
  }

  destroy(): void {
    this.unsubscribe.forEach((off) => off());
    this.observer.disconnect();
    this.marksFocus.destroy();
    this.bandsFocus.destroy();
    this.storyFocus.destroy();
    this.stopPlay();
    this.o.doc.removeEventListener('pointermove', this.onPointerMove);
    this.o.doc.removeEventListener('pointerup', this.onPointerUp);
    this.element.remove();
  }
}
