/**
 * Calendar dates as integer day numbers (days since 1970-01-01), the unit every map filter uses.
 * Dates are local calendar dates as the sources report them; no time zone is applied.
 *
 * @example dayFromDate('2022-09-13') // 19248
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function dayFromDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`no such calendar date: "${date}"`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** @example dateFromDay(19248) // '2022-09-13' */
export function dateFromDay(day: number): string {
  if (!Number.isInteger(day)) throw new RangeError(`not an integer day number: ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `date` is a real YYYY-MM-DD calendar date. */
export function isDate(date: string): boolean {
  try {
    dayFromDate(date);
    return true;
  } catch {
    return false;
  }
}
