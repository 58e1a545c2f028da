/**
 * A theme colour at an opacity, for canvas drawing where a slot is used see-through.
 *
 * @example
 * withAlpha('#b58900', 0.15); // "rgba(181,137,0,0.15)"
 * withAlpha('#fff', 0.5); // "rgba(255,255,255,0.5)"
 */
export function withAlpha(hex: string, alpha: number): string {
  const digits = /^#[0-9a-f]{3}$/i.test(hex) ? hex.replace(/[0-9a-f]/gi, '$&$&').slice(1) : hex.slice(1);
  if (!/^[0-9a-f]{6}$/i.test(digits)) throw new Error(`withAlpha: not a #rgb or #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}
