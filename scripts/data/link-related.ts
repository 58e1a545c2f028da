/**
 * Links claims about the same place and overlapping days: by place id where there is one,
 * otherwise by the same place wording (e.g. two border-wide casualty tolls).
 * Returns, for each record index, the ids of its related records, sorted.
 */
export type LinkInput = { id: string; place_id: string | null; place_name: string; day: number; day_end: number; context: boolean };

export function linkRelated(records: readonly LinkInput[]): string[][] {
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    // Background records link only among themselves (the same war told by two articles).
    const prefix = r.context ? 'context|' : '';
    const key0 = r.place_id ? `id:${r.place_id}` : r.place_name.trim() ? `name:${r.place_name.trim().toLowerCase()}` : null;
    if (!key0) return;
    const key = prefix + key0;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const related: string[][] = records.map(() => []);
  for (const members of groups.values()) {
    for (const i of members) {
      for (const j of members) {
        if (i === j) continue;
        const a = records[i]!;
        const b = records[j]!;
        if (a.day <= b.day_end && b.day <= a.day_end) related[i]!.push(b.id);
      }
    }
  }
  return related.map((ids) => ids.sort());
}
