/**
 * Each interface language in Chromium: its strings are on the page, no English interface string
 * or unfilled placeholder is left, dates are written in the language, and the menu switches it.
 */
import { describe, expect, it } from 'vitest';
import { az } from '../../src/i18n/az.ts';
import { en } from '../../src/i18n/en.ts';
import { hy } from '../../src/i18n/hy.ts';
import { ru } from '../../src/i18n/ru.ts';
import { eventually, gotoReady, urlParam, useSession } from './harness.ts';

// Strings that are always on screen with no interaction.
const VISIBLE = ['sidesLegend', 'summaryTitle', 'layers', 'listTitle', 'legend', 'modeAsOf', 'play', 'language', 'namingPolicy'] as const;
const MONTH = { hy: 'սեպտեմբերի', az: 'sentyabr', ru: 'сентября' };

describe('the four interface languages in Chromium', () => {
  const s = useSession();

  for (const [lang, strings] of Object.entries({ hy, az, ru }) as ['hy' | 'az' | 'ru', typeof hy][]) {
    it(`${lang}: the page shows its own strings, no English ones and no placeholders; dates are in ${lang}`, async () => {
      await gotoReady(s.page, `${s.url}?lang=${lang}&date=2022-09-13&incident=2022-09-13-jermuk-armenia-mod`);
      await eventually(() => s.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // innerText, not textContent: only what is rendered and visible counts here.
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point of this check
      const text = await s.page.evaluate(() => document.body.innerText);
      for (const key of VISIBLE) {
        expect(text, `${lang}.${key}`).toContain(strings[key]);
        if (en[key] !== strings[key]) expect(text, `English "${en[key]}" left in ${lang}`).not.toContain(en[key]);
      }
      expect(text).not.toMatch(/\{[a-z]+\}/i);
      const valueText = await s.page.getByRole('slider').first().getAttribute('aria-valuetext');
      expect(valueText).toContain(MONTH[lang]);
      expect(valueText).toContain('2022');
      const labels = await s.page.evaluate(() =>
        [...document.querySelectorAll('button, input, select')]
          .filter((n) => !(n as HTMLElement).closest('[hidden]'))
          .map(
            (n) => (n as HTMLElement).getAttribute('aria-label') ?? (n as HTMLInputElement).labels?.[0]?.textContent ?? n.textContent ?? '',
          ),
      );
      expect(labels.filter((l) => l.trim() === '')).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    });
  }

  it('the language links switch the page and keep the view', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-12`);
    await eventually(() =>
      s.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'English' }).getAttribute('aria-current'),
    ).toBe('true');
    await s.page.getByRole('link', { name: 'Русский' }).click();
    await s.page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true' && document.documentElement.lang === 'ru');
    await urlParam(s.page, 'lang').toBe('ru');
    await urlParam(s.page, 'date').toBe('2022-09-12');
    await eventually(() => s.page.locator('.cl-timeline__readout').textContent()).toBe('12 сентября 2022 г.');
    // The map's own words too, in the new language (not the last one's: they wait for its strings).
    await eventually(() => s.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe(ru.zoomIn);
    // In place, without a reload, and the keyboard stays on the language links.
    await eventually(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Русский');
    expect(await s.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});
