/**
 * What counts as a size in a pym.js message. Both are plain decimal integers ("812"), never
 * "812px", "8.12e2", "-5", "Infinity" or " 812": parseInt and Number would each accept some of those.
 *
 * Heights: 50 to 10000 px. An embed is never shorter than its timeline and credits (well over
 * 50 px), and even at 300 px wide it stays far below 10000 px; a height outside those bounds is
 * a mistake or a forgery, and sizing the frame to it would hide the article or stretch it by
 * metres. public/embed.js applies the same rule (tests/unit/embed-loader.test.ts checks that the
 * two agree); the embed page itself only sends heights, so it uses `parseWidth`.
 *
 * Widths: 1 to 99999 px, what a host may report as its width ("width" messages); 0 (a hidden
 * frame) and anything else is ignored.
 */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10_000;
export const MAX_WIDTH = 99_999;

/** At most five digits: no bound above is longer. */
const DECIMAL = /^\d{1,5}$/;

function parseInteger(value: unknown, min: number, max: number): number | null {
  if (typeof value !== 'string' || !DECIMAL.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** A "height" message's size in px, or null when it is not one the loader accepts. */
export function parseHeight(value: unknown): number | null {
  return parseInteger(value, MIN_HEIGHT, MAX_HEIGHT);
}

/** A "width" message's size in px, or null when it is not a plausible width. */
export function parseWidth(value: unknown): number | null {
  return parseInteger(value, 1, MAX_WIDTH);
}
