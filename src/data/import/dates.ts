/**
 * Dates and times as exports write them, read into ISO `YYYY-MM-DD` / `HH:MM`. Impossible dates
 * (2023-02-30, month 13) are rejected, not rolled over as `Date` would.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two-digit years (`5-Aug-24`) are 20xx up to 69 and 19xx from 70, as spreadsheets read them. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];

/** An optional time after a date: `T10:00:00Z`, ` 10:00`, `T10:00:00.000+02:00`. */
const TIME_TAIL = '(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?';
const ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${TIME_TAIL}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME_TAIL}$`);
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9}\.?)[\s-]+,?\s*(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/**
 * `order` settles `11/01/2024`: US month-first unless the file is known to be day-first; a part over
 * 12 settles it either way. Dots (`01.11.2024`) are always day-first, as in every locale that uses them.
 */
export function parseDate(text: string, order: 'dmy' | 'mdy' = 'mdy'): string | null {
  const t = text.trim();
  if (t === '' || t.length > 40) return null;
  let m = ISO.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    let dayFirst = m[2] === '.' || order === 'dmy';
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    return dayFirst ? iso(year, b, a) : iso(year, a, b);
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    return month ? iso(fullYear(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/** `10:00`, `9:05:30`, `10:00 PM`, `1000`, `10h30` (French), or the time part of an ISO timestamp, as `HH:MM`. */
export function parseTime(text: string): string | null {
  const t = text.trim();
  const m = /^(?:\d{4}-\d{2}-\d{2}[T ])?(\d{1,2})[:h]?(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
