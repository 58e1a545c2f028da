// @vitest-environment happy-dom
/** "Other datasets nearby" in the details panel, on happy-dom: counts, the selects, text only. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDays, setLanguage } from '../../src/i18n/index.ts';
import { loadLazyStrings } from '../../src/i18n/lazy/index.ts';
import { ru, ruNames } from '../../src/i18n/ru.ts';
import { defaultNearbyChoice, type NearbyData, nearbySection } from '../../src/ui/details/nearby-section.ts';
import { JERMUK, north, record } from './nearby-fixture.ts';

beforeAll(async () => {
  await loadLazyStrings('en');
  await loadLazyStrings('ru');
});
afterEach(() => {
  setLanguage('en');
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const HOSTILE = '<img src=x onerror=alert(1)>';
const target = record('ours-1', JERMUK, 100);
const all = [
  target,
  record('acled-1', north(3), 100, { summary: `${HOSTILE} shelling reported\nsecond line` }),
  record('acled-2', north(20), 101),
  record('acled-3', north(40), 100),
  record('ucdp-1', north(8), 103),
];
const data = (): NearbyData => ({
  datasets: [
    { id: 'ours', title: { en: 'Curated claims' } },
    { id: 'acled', title: { en: HOSTILE, ru: 'Выгрузка ACLED' } },
    { id: 'ucdp', title: { en: 'UCDP extract' } },
  ],
  datasetOf: new Map([
    ['ours-1', 'ours'],
    ['acled-1', 'acled'],
    ['acled-2', 'acled'],
    ['acled-3', 'acled'],
    ['ucdp-1', 'ucdp'],
  ]),
  all,
  choice: defaultNearbyChoice(),
});

/** Renders the section into the page, as the details panel does; records every tag created. */
function render(d = data()) {
  const create = vi.spyOn(document, 'createElement');
  const opened: string[] = [];
  const section = nearbySection(document, target, d, (id) => opened.push(id));
  if (!section) throw new Error('no section');
  document.body.append(section);
  const created = () => create.mock.calls.map(([tag]) => tag.toLowerCase());
  const counts = () => [...section.querySelectorAll('.cl-nearby__count')].map((e) => e.textContent);
  const listed = () => [...section.querySelectorAll<HTMLElement>('.cl-nearby__record')];
  const select = (id: string) => {
    const s = section.querySelector(`select#${id}`);
    if (!(s instanceof HTMLSelectElement)) throw new Error(`no select ${id}`);
    return s;
  };
  return { section, created, opened, counts, listed, select };
}

describe('nearbySection', () => {
  it('is absent with one dataset', () => {
    expect(nearbySection(document, target, { ...data(), datasets: [{ id: 'ours', title: { en: 'Curated' } }] }, () => {})).toBeNull();
  });
  it('gives each other dataset a count sentence and lists the records nearest first', () => {
    const { counts, listed } = render();
    const dates = formatDays(99, 101);
    expect(counts()).toEqual([`${HOSTILE}: 2 records within 25 km, ${dates}`, `UCDP extract: 0 records within 25 km, ${dates}`]);
    expect(listed().map((b) => b.textContent)).toEqual([
      expect.stringContaining('shelling reported'),
      expect.stringContaining('Summary of acled-2'),
    ]);
    expect(listed()[0]?.textContent).not.toContain('second line');
    expect(listed()[0]?.textContent).toContain('3 km away');
  });
  it('labels both selects, defaults to 25 km and 1 day, and re-lists on change', () => {
    const r = render();
    const km = r.select('cl-nearby-km');
    const days = r.select('cl-nearby-days');
    expect(km.value).toBe('25');
    expect(days.value).toBe('1');
    // Each select has exactly one label, found the way assistive technology finds it.
    for (const s of [km, days]) expect(s.labels).toHaveLength(1);
    expect([...km.options].map((o) => o.value)).toEqual(['5', '10', '25', '50', '100']);
    km.value = '5';
    km.dispatchEvent(new Event('change'));
    expect(r.listed()).toHaveLength(1);
    expect(r.counts()[0]).toContain('1 record within 5 km');
    days.value = '3';
    days.dispatchEvent(new Event('change'));
    km.value = '50';
    km.dispatchEvent(new Event('change'));
    expect(r.listed()).toHaveLength(4);
    expect(r.counts()[1]).toContain('UCDP extract: 1 record within 50 km');
  });
  it('opens a record through the callback the panel passes (the store)', () => {
    const r = render();
    expect(r.listed()[1]?.tagName).toBe('BUTTON');
    r.listed()[1]?.click();
    expect(r.opened).toEqual(['acled-2']);
  });
  it('keeps a hostile title and summary as text: no element made from them', () => {
    const r = render();
    expect(r.created()).not.toContain('img');
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(r.section.textContent).toContain(HOSTILE);
    expect(r.section.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('keeps the reader’s choice in the shared object, for the next record', () => {
    const d = data();
    const r = render(d);
    r.select('cl-nearby-days').value = '7';
    r.select('cl-nearby-days').dispatchEvent(new Event('change'));
    expect(d.choice).toEqual({ km: 25, days: 7 });
    expect(render(d).select('cl-nearby-days').value).toBe('7');
  });
  it('says so for a record with no point', () => {
    const section = nearbySection(document, record('ours-2', null, 100), data(), () => {});
    expect(section?.textContent).toContain('no point on the map');
    expect(section?.querySelectorAll('select')).toHaveLength(0);
  });
  it('speaks Russian, with the dataset’s Russian title and plural forms', () => {
    setLanguage('ru', ru, ruNames);
    expect(document.documentElement.lang).toBe('ru');
    const r = render();
    expect(r.counts()[0]).toMatch(/^Выгрузка ACLED: 2 записи в пределах 25 км, /);
    expect(r.counts()[1]).toMatch(/^UCDP extract: 0 записей в пределах 25 км, /);
  });
});
