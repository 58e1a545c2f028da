/** The region the map shows and the data check accepts: lon 38..52, lat 36..44 (the geodata clip box). */
export const REGION_BBOX = [38, 36, 52, 44] as const;

export function inRegion([lon, lat]: readonly [number, number]): boolean {
  const [w, s, e, n] = REGION_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
