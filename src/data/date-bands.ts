/**
 * Claims dated only to a span of days (date_precision 2 or 3), one band per distinct span with
 * how many claims share it: what the timeline draws under the histogram.
 *
 * @example dateBands([{ day: 3, day_end: 4, date_precision: 2 }, { day: 3, day_end: 4, date_precision: 2 }])
 * // [{ day: 3, day_end: 4, count: 2 }]
 */
export type DateBand = { day: number; day_end: number; count: number };

export function dateBands(records: Iterable<{ day: number; day_end: number; date_precision: number }>): DateBand[] {
  const bands = new Map<string, DateBand>();
  for (const r of records) {
    if (r.date_precision < 2) continue;
    const key = `${r.day}:${r.day_end}`;
    const band = bands.get(key) ?? { day: r.day, day_end: r.day_end, count: 0 };
    band.count++;
    bands.set(key, band);
  }
  return [...bands.values()].sort((a, b) => a.day - b.day || a.day_end - b.day_end);
}
