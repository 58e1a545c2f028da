/**
 * Back and Forward through mixed changes (sides, layers, a slider burst, the mode, a language, a
 * story): 30 quick steps, each taken as soon as the URL has moved, without waiting for the page
 * to settle, must end in exactly the state of the entry they land on: the store, the URL, the
 * language of the page and the controls.
 */
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, urlParam, useSession } from './harness.ts';

type Snapshot = {
  search: string;
  lang: string;
  mode: string;
  from: number;
  to: number;
  sides: string[];
  layers: string[];
  story: string | null;
};

describe('history', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  const snapshot = () =>
    s.page.evaluate((): Snapshot => {
      const st = (window as unknown as { __claimline: { store: { state: Record<string, unknown> } } }).__claimline.store.state as {
        mode: string;
        from: number;
        to: number;
        sides: Set<string>;
        layers: Set<string>;
        lang: string;
        story: { id: string; step: number } | null;
      };
      return {
        search: location.search,
        lang: st.lang,
        mode: st.mode,
        from: st.from,
        to: st.to,
        sides: [...st.sides].sort(),
        layers: [...st.layers].sort(),
        story: st.story ? `${st.story.id}#${st.story.step}` : null,
      };
    });

  it('30 quick steps back and forward through mixed changes end in the right state', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const entries: Snapshot[] = [await snapshot()];
    const pushed = async (action: () => Promise<void>) => {
      const before = await s.page.evaluate(() => history.length);
      await action();
      await eventually(() => s.page.evaluate(() => history.length)).toBe(before + 1);
      entries.push(await snapshot());
    };
    await pushed(() => s.page.getByRole('checkbox', { name: 'Third parties' }).uncheck());
    await pushed(() => s.page.getByRole('checkbox', { name: 'Place names' }).uncheck());
    // One key press: a burst of one (how a burst of presses coalesces into one entry is a unit test of
    // UrlSync with a fake clock; here the presses' spacing would depend on the machine's load).
    await pushed(async () => {
      await s.page.getByRole('slider', { name: 'Show incidents up to' }).press('ArrowLeft');
      await urlParam(s.page, 'date').toBe('2022-09-12');
    });
    await pushed(() => s.page.getByRole('radio', { name: 'Date range' }).check());
    await pushed(() => s.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click());
    await eventually(() => s.page.locator('.cl-timeline__play').textContent()).toBe('Воспроизвести');
    await pushed(() => s.page.locator('.cl-story-button').click());
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toMatch(/1/);
    // A story step replaces the entry: it moves the story on without a new one.
    await s.page.locator('.cl-story__nav button').nth(1).click();
    await eventually(async () => (await snapshot()).story).toBe('two-days-september-2022#1');
    entries[entries.length - 1] = await snapshot();
    await pushed(() => s.page.getByRole('checkbox', { name: 'Третьи стороны' }).check());
    expect(new Set(entries.map((e) => e.search)).size).toBe(entries.length);

    // A fixed walk of 30 steps (seeded), never past either end.
    let index = entries.length - 1;
    let seed = 7;
    for (let i = 0; i < 30; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const back = index === entries.length - 1 || (index > 0 && seed % 3 !== 0);
      index += back ? -1 : 1;
      await s.page.evaluate((b) => (b ? history.back() : history.forward()), back);
      const want = entries[index]?.search;
      await eventually(() => s.page.evaluate(() => location.search)).toBe(want);
    }
    const expected = entries[index];
    await eventually(snapshot).toEqual(expected);
    // The page shows that state: its language, the chosen sides, the story panel or none.
    await eventually(() => s.page.evaluate(() => document.documentElement.lang)).toBe(expected?.lang);
    await eventually(() => s.page.locator('.cl-checks--sides input:checked').count()).toBe(expected?.sides.length);
    await eventually(() => s.page.locator('.cl-story').count()).toBe(expected?.story ? 1 : 0);
    expect(index).not.toBe(entries.length - 1);
  });
});
