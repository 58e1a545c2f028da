/**
 * The current window in numbers: a table with one row per chosen claimant side (claims, places),
 * then each side's highest death tolls claimed, per party whose dead they count: never merged into
 * one figure. Each toll links to its claim.
 *
 * A slider step counts a wide window (a million rows) in slices, a task each, and shows the numbers
 * once all are counted; a newer step drops the count under way.
 *
 * With columns only (a published event file), the numbers come at once from the columns and each
 * winning toll's source date when its record has been fetched (`fetchRecord`, the winners only);
 * an answer for a window the view has moved on from is dropped.
 */
import './window-summary.css';
import { dayFromDate, isDate } from '../data/day.ts';
import type { EventColumns } from '../data/columns/store.ts';
import { columnStats, type StatsColumns, StatsPass, statsScratch } from '../data/columns/window-stats.ts';
import type { Incident, IncidentProperties, Source } from '../data/schema.ts';
import type { WindowStats } from '../data/window-stats.ts';
import { claimantLabel, formatDay, formatNumber, groupLabel, t } from '../i18n/index.ts';
import { groupKey } from '../style/group-colours.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';

/** A slider step's numbers are counted in slices of about this long, each its own task (a million rows take several). */
const SLICE_MS = 8;
const SLICE_ROWS = 16_384;

export class WindowSummary {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly foot: HTMLTableSectionElement;
  private readonly tolls: HTMLUListElement;
  private readonly records: readonly IncidentProperties[];
  private readonly unsubscribe: (() => void)[];
  private frame = 0;
  /** Fetched winners' sources by claim id (columns only); the render that may still use an answer. */
  private readonly fetched = new Map<string, readonly Source[]>();
  private generation = 0;
  /** The count under way (a newer step drops an older one: its numbers are never shown) and its next slice. */
  private job = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The sliced counts' own stamps, so no other count restarts them. */
  private readonly scratch: StatsColumns;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    incidents: readonly Incident[],
    /** The same records as columns: each step counts over them, not over the records. */
    private readonly columns: EventColumns,
    /** The dataset's group ids, in the order the rows are listed. */
    private readonly groups: readonly string[],
    private readonly onOpen: (id: string) => void,
    /** A claim's record by id, for datasets with no record objects (`incidents` is then []); null otherwise. */
    private readonly fetchRecord: ((id: string) => Promise<IncidentProperties>) | null = null,
  ) {
    this.records = incidents.map((f) => f.properties);
    this.scratch = statsScratch(columns);
    this.element = el(doc, 'section', { class: 'cl-summary', 'aria-labelledby': 'cl-summary-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-summary-title' }, t('summaryTitle')));
    const table = el(doc, 'table', { class: 'cl-summary__table' });
    const head = el(doc, 'thead');
    const tr = el(doc, 'tr');
    for (const key of ['summarySide', 'summaryClaims', 'summaryPlaces'] as const) tr.append(el(doc, 'th', { scope: 'col' }, t(key)));
    head.append(tr);
    this.body = el(doc, 'tbody');
    this.foot = el(doc, 'tfoot');
    table.append(head, this.body, this.foot);
    this.tolls = el(doc, 'ul', { class: 'cl-summary__tolls', 'aria-labelledby': 'cl-summary-tolls' });
    this.element.append(
      table,
      el(doc, 'h3', { id: 'cl-summary-tolls' }, t('summaryToll')),
      this.tolls,
      el(doc, 'p', { class: 'cl-summary__note' }, t('summaryTollNote')),
    );
    const schedule = () => {
      if (!this.frame)
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.count();
        });
    };
    this.unsubscribe = [store.on('window', schedule), store.on('sides', schedule)];
    // Sliced from the first: a small window is shown at once, a million rows' not in one task of the page's load.
    this.count();
  }

  /** The window's numbers at once. */
  render(): void {
    this.job++;
    this.show(columnStats(this.columns, this.records, this.store.state, this.groups));
  }

  /** The window's numbers in slices, yielding between them, then shown; a small window's in the first slice. */
  private count(): void {
    const job = ++this.job;
    clearTimeout(this.timer);
    const { from, to, sides } = this.store.state;
    const pass = new StatsPass(this.columns, this.records, { from, to, sides: new Set(sides) }, this.groups, this.scratch);
    const slice = () => {
      if (job !== this.job) return;
      const until = performance.now() + SLICE_MS;
      let done = pass.run(SLICE_ROWS);
      while (!done && performance.now() < until) done = pass.run(SLICE_ROWS);
      if (done) this.show(pass.result());
      else this.timer = setTimeout(slice, 0);
    };
    slice();
  }

  private show(stats: WindowStats): void {
    const { doc } = this;
    const generation = ++this.generation;
    const waiting: { id: string; span: HTMLElement; parts: string[] }[] = [];
    this.body.replaceChildren(
      ...stats.sides.map((s) => {
        const tr = el(doc, 'tr', { class: `cl-side--${groupKey(s.side)}` });
        tr.append(
          el(doc, 'th', { scope: 'row' }, groupLabel(s.side)),
          el(doc, 'td', {}, formatNumber(s.claims)),
          el(doc, 'td', {}, formatNumber(s.places)),
        );
        return tr;
      }),
    );
    const total = el(doc, 'tr');
    total.append(
      el(doc, 'th', { scope: 'row' }, t('summaryTotal')),
      el(doc, 'td', {}, formatNumber(stats.claims)),
      el(doc, 'td', {}, formatNumber(stats.places)),
    );
    this.foot.replaceChildren(total);

    const items = stats.sides.flatMap((s) =>
      s.tolls.map(({ of, id, n, claimant, claimant_label, day, sources }) => {
        const who = claimantLabel({ claimant, claimant_label });
        const li = el(doc, 'li', { class: `cl-side--${groupKey(s.side)}`, 'data-side': s.side });
        const whose = t(`tollOf_${of}`, { n });
        const b = el(
          doc,
          'button',
          {
            type: 'button',
            class: 'cl-linkish',
            'data-n': String(n),
            'aria-label': t('tollOpen', { n, whose, claimant: who, date: formatDay(day) }),
          },
          formatNumber(n),
        );
        b.addEventListener('click', () => this.onOpen(id));
        const parts = [t('tollClaimedBy', { claimant: who, side: groupLabel(s.side) }), t('tollAbout', { date: formatDay(day, 'short') })];
        const known = this.fetchRecord ? this.fetched.get(id) : sources;
        const span = el(doc, 'span', { class: 'cl-summary__who' }, whoText(parts, known ?? []));
        if (!known) waiting.push({ id, span, parts });
        li.append(b, ` ${whose}`, span);
        return li;
      }),
    );
    const empty = this.store.state.sides.size === 0 ? t('noSides') : t('summaryNoTolls');
    this.tolls.replaceChildren(...(items.length ? items : [el(doc, 'li', { class: 'cl-summary__none' }, empty)]));
    if (waiting.length) void this.fetchSources(waiting, generation);
  }

  /** The winners' records, then their source dates in place (the buttons, maybe focused, stay). */
  private async fetchSources(waiting: { id: string; span: HTMLElement; parts: string[] }[], generation: number): Promise<void> {
    const fetch = this.fetchRecord;
    if (!fetch) return;
    // Winners change with the window: a bound on what is kept, not an exact cache.
    if (this.fetched.size > 500) this.fetched.clear();
    await Promise.all(
      waiting.map(({ id }) =>
        fetch(id).then(
          (p) => this.fetched.set(id, p.sources),
          () => this.fetched.set(id, []),
        ),
      ),
    );
    if (generation !== this.generation) return;
    for (const { id, span, parts } of waiting) span.textContent = whoText(parts, this.fetched.get(id) ?? []);
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
    cancelAnimationFrame(this.frame);
    this.job++;
    clearTimeout(this.timer);
    this.element.remove();
  }
}

/** Who claimed a toll, about when, and (a toll can be stated long after the fighting it counts) when its source was published. */
function whoText(parts: readonly string[], sources: readonly Source[]): string {
  const published = sourceDate(sources);
  return (published ? [...parts, t('tollSourceDate', { date: published })] : parts).join(' · ');
}

/** The earliest publication date among a claim's sources, readable; partial dates ("2024-01") as given. */
function sourceDate(sources: readonly Source[]): string | null {
  const dates = sources
    .map((s) => s.date)
    .filter((d): d is string => !!d)
    .sort();
  const first = dates[0];
  if (!first) return null;
  return isDate(first) ? formatDay(dayFromDate(first), 'long') : first;
}
