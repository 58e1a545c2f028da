/** The windowing math of the claims table: which rows a scroll position shows, and how far to scroll to show a row. */
import { describe, expect, it } from 'vitest';
import { keyMove, revealRow, rowsInView } from '../../src/ui/table-window.ts';

describe('rowsInView', () => {
  it('at the top: the rows under the header, then the overscan', () => {
    // 400px view, 30px header, 37px rows: rows 0..9 meet the view (10 × 37 = 370).
    expect(rowsInView(0, 400, 37, 20_000, 30, 0)).toEqual({ start: 0, end: 10 });
    expect(rowsInView(0, 400, 37, 20_000, 30, 8)).toEqual({ start: 0, end: 18 });
  });

  it('in the middle: a row half scrolled under the header still counts', () => {
    expect(rowsInView(1000 * 40 + 20, 400, 40, 20_000, 0, 0)).toEqual({ start: 1000, end: 1011 });
    expect(rowsInView(1000 * 40, 400, 40, 20_000, 0, 5)).toEqual({ start: 995, end: 1015 });
  });

  it('at the end: the last row is in, and nothing past it', () => {
    const total = 20_258;
    const bottom = total * 40 + 30 - 400;
    const r = rowsInView(bottom, 400, 40, total, 30, 8);
    expect(r.end).toBe(total);
    // 370px under the header show 9¼ rows: the last 10 are met, and 8 more above.
    expect(r.start).toBe(total - 10 - 8);
  });

  it('short or empty lists, and a view not laid out yet', () => {
    expect(rowsInView(0, 400, 40, 3, 30)).toEqual({ start: 0, end: 3 });
    expect(rowsInView(0, 400, 40, 0, 30)).toEqual({ start: 0, end: 0 });
    expect(rowsInView(0, 0, 40, 1000, 0, 8)).toEqual({ start: 0, end: 8 });
    expect(rowsInView(999_999, 400, 40, 100, 0, 8)).toEqual({ start: 99, end: 100 });
  });
});

describe('revealRow', () => {
  it('leaves a row already in view where it is', () => {
    expect(revealRow(5, 0, 400, 40, 30)).toBe(0);
  });
  it('scrolls up to a row above, down to a row below (clear of the sticky header)', () => {
    expect(revealRow(10, 1000, 400, 40, 30)).toBe(400);
    // Row 50 ends at 30 + 51 × 40 = 2070 in the content; the view's bottom must reach it.
    expect(revealRow(50, 0, 400, 40, 30)).toBe(2070 - 400);
    expect(rowsInView(2070 - 400, 400, 40, 100, 30, 0).end).toBe(51);
  });
});

describe('keyMove', () => {
  it('↑/↓ by one, PageUp/PageDown by ten, Home/End to the ends, clamped; other keys do not move', () => {
    expect(keyMove('ArrowDown', 4, 20_000)).toBe(5);
    expect(keyMove('ArrowUp', 0, 20_000)).toBe(0);
    expect(keyMove('PageDown', 19_995, 20_000)).toBe(19_999);
    expect(keyMove('PageUp', 4, 20_000)).toBe(0);
    expect(keyMove('Home', 700, 20_000)).toBe(0);
    expect(keyMove('End', 0, 20_000)).toBe(19_999);
    expect(keyMove('a', 3, 20_000)).toBeNull();
  });
});
