/**
 * Story mode in Chromium: the shipped story opens from the header, steps move by keyboard and
 * buttons and set the window, the map view and the rings; steps are marked on the timeline; the
 * URL keeps the step; the texts follow the language; leaving restores the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, urlParam, useSession, waitIdleAfter } from './harness.ts';

type Step = {
  mode: string;
  from: string | null;
  to: string;
  map: { zoom: number; lat: number; lng: number };
  highlight: string[];
  selected: string | null;
  title: Record<string, string>;
  text: Record<string, string>;
};
const story: { id: string; title: Record<string, string>; steps: Step[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/stories/two-days-september-2022.json'), 'utf8'),
);
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
type W = {
  __claimline: {
    map: {
      getCenter: () => { lng: number; lat: number };
      getZoom: () => number;
      queryRenderedFeatures: (o: object) => { properties: { id: string } }[];
    };
    store: { state: { mode: string; from: number; to: number; selected: string | null; highlight: string[] } };
  };
};

describe('story mode', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  const state = () =>
    s.page.evaluate(() => {
      const { map, store } = (window as unknown as W).__claimline;
      const c = map.getCenter();
      const ringed = [...new Set(map.queryRenderedFeatures({ layers: ['incident-highlight'] }).map((f) => f.properties.id))].sort();
      return { ...store.state, highlight: [...store.state.highlight], lng: c.lng, lat: c.lat, zoom: map.getZoom(), ringed };
    });

  async function expectStep(i: number): Promise<void> {
    const step = story.steps[i]!;
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe(`Step ${i + 1} of ${story.steps.length}`);
    await eventually(() => s.page.locator('.cl-story__body h3').textContent()).toBe(step.title.en);
    await s.page.waitForFunction((n) => new URL(location.href).searchParams.get('step') === String(n), i + 1);
    const st = await state();
    expect(st.mode).toBe(step.mode);
    expect(st.to).toBe(day(step.to));
    if (step.from) expect(st.from).toBe(day(step.from));
    expect(st.selected).toBe(step.selected); // wide screen: the step opens its main claim
    expect(st.highlight).toEqual(step.highlight);
    // Reduced motion (the harness asks for it): the map jumps straight to the step's view.
    expect(st.zoom).toBeCloseTo(step.map.zoom, 1);
    expect(st.lat).toBeCloseTo(step.map.lat, 1);
    expect(st.lng).toBeCloseTo(step.map.lng, 1);
  }

  it('opens from the header, moves by keyboard and buttons, and marks the steps on the timeline', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-30`);
    await s.page.getByRole('button', { name: 'Story: two days in September 2022' }).click();
    await s.page.getByRole('heading', { name: story.title.en }).waitFor();
    await expectStep(0);
    await eventually(() => s.page.locator('.cl-story-mark').count()).toBe(story.steps.length);

    await waitIdleAfter(s.page, () => s.page.keyboard.press('ArrowRight'));
    await expectStep(1);
    const ringed = (await state()).ringed;
    expect(ringed.length).toBeGreaterThan(0);
    for (const id of ringed) expect(story.steps[1]!.highlight).toContain(id);

    await s.page.getByRole('button', { name: 'Next →' }).click();
    await expectStep(2);
    await s.page.keyboard.press('ArrowLeft');
    await expectStep(1);
    await s.page.getByRole('button', { name: `Story step 5: ${story.steps[4]!.title.en}` }).click();
    await expectStep(4);
    await eventually(() => s.page.locator('.cl-story-mark[aria-current="step"]').textContent()).toBe('5');
    await s.page.getByRole('button', { name: 'Next →' }).click();
    await expectStep(5);
    await eventually(() => s.page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    // Focus stayed in the panel through the steps, even when Next became disabled.
    await eventually(() => s.page.evaluate(() => !!document.activeElement?.closest('.cl-story'))).toBe(true);
    await s.page.keyboard.press('ArrowLeft');
    await expectStep(4);
    expect(s.consoleErrors).toEqual([]);
  });

  it('steps replace the URL: Back leaves the story for the view before it', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-30`);
    await s.page.getByRole('button', { name: 'Story: two days in September 2022' }).click();
    await s.page.locator('.cl-story').waitFor();
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    await expectStep(2);
    await s.page.goBack();
    await s.page.waitForFunction(() => !document.querySelector('.cl-story'));
    await urlParam(s.page, 'story').toBeNull();
  });

  it('a shared link opens the same step in the reader’s language; leaving removes the panel, rings and step marks', async () => {
    await gotoReady(s.page, `${s.url}?lang=ru&story=${story.id}&step=5`);
    await eventually(() => s.page.locator('.cl-story__body h3').textContent()).toBe(story.steps[4]!.title.ru);
    await eventually(() => s.page.locator('.cl-story__body').textContent()).toContain(story.steps[4]!.text.ru);
    await s.page.getByRole('button', { name: 'Выйти из сюжета' }).click();
    await eventually(() => s.page.locator('.cl-story').count()).toBe(0);
    await eventually(() => s.page.locator('.cl-story-mark').count()).toBe(0);
    expect((await state()).highlight).toEqual([]);
    await eventually(() => ['story', 'step'].map((n) => new URL(s.page.url()).searchParams.get(n))).toEqual([null, null]);
  });

  it('an unknown story is ignored with a warning, never a blank page', async () => {
    await gotoReady(s.page, `${s.url}?story=nope&date=2022-09-13`);
    await eventually(() => s.consoleWarnings.join('\n')).toMatch(/"story"/);
    await eventually(() => s.page.locator('.cl-story').count()).toBe(0);
  });
});

describe('leaving a story', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('“Leave the story” and Escape both leave it, and focus goes back to the Story button', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-30`);
    const open = s.page.getByRole('button', { name: 'Story: two days in September 2022' });
    await open.click();
    await s.page.locator('.cl-story').waitFor();
    await s.page.getByRole('button', { name: 'Leave the story' }).click();
    await eventually(() => s.page.locator('.cl-story').count()).toBe(0);
    await eventually(() => s.page.evaluate(() => document.activeElement?.classList.contains('cl-story-button') ?? false)).toBe(true);

    await open.click();
    await s.page.locator('.cl-story').waitFor();
    await s.page.getByRole('button', { name: 'Next →' }).focus();
    await s.page.keyboard.press('Escape');
    await eventually(() => s.page.locator('.cl-story').count()).toBe(0);
    await urlParam(s.page, 'story').toBeNull();
    await eventually(() => s.page.evaluate(() => document.activeElement?.classList.contains('cl-story-button') ?? false)).toBe(true);
  });

  it('a story name from an object’s prototype (toString, constructor, __proto__) is a warning, not a request', async () => {
    for (const name of ['toString', 'valueOf', 'constructor', '__proto__']) {
      const requests: string[] = [];
      s.page.on('request', (r) => requests.push(r.url()));
      await gotoReady(s.page, `${s.url}?story=${name}&date=2022-09-13`);
      await eventually(() => s.consoleWarnings.join('\n')).toContain(`URL parameter "story": no story "${name}"`);
      expect(requests.filter((u) => /function|native|story=|stories\//.test(decodeURIComponent(new URL(u).pathname)))).toEqual([]);
      await eventually(() => s.page.locator('.cl-errors').isHidden()).toBe(true);
      await urlParam(s.page, 'story').toBeNull();
      await s.page.getByRole('button', { name: 'Share or embed' }).click();
      expect(await s.page.getByLabel('Link to this view').inputValue()).not.toMatch(/story=/);
      await s.page.keyboard.press('Escape');
      s.page.removeAllListeners('request');
    }
  });

  it('a step past the story’s end is a warning and shows the last step', async () => {
    await gotoReady(s.page, `${s.url}?story=${story.id}&step=99`);
    await eventually(() => s.consoleWarnings.join('\n')).toMatch(/URL parameter "step": 99 is outside 1–6/);
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe(`Step ${story.steps.length} of ${story.steps.length}`);
    await urlParam(s.page, 'step').toBe(String(story.steps.length));
  });
});
