/**
 * Day ↔ x on the timeline at its current width: each day owns an equal cell, and a day's mark or
 * thumb sits at its cell's centre. Rebuilt when the width changes. The arithmetic is d3's scaleLinear's,
 * written out so the first view does not load d3-scale and the colour and format modules it pulls in.
 */

export class DayScale {
  /** The width of one day's cell, in pixels. */
  readonly cell: number;

  constructor(
    readonly first: number,
    readonly last: number,
    readonly width: number,
  ) {
    this.cell = width / (last - first + 1);
  }

  /** The left edge of a day's cell. */
  left(day: number): number {
    return this.width * ((day - this.first) / (this.last + 1 - this.first));
  }

  /** The centre of a day's cell. */
  x(day: number): number {
    return this.left(day + 0.5);
  }

  /** The day under an x offset, within the data. */
  dayAt(x: number): number {
    // As d3's invert: a zero-width scale maps every x to the domain's middle.
    const t = this.width ? x / this.width : 0.5;
    const day = this.first * (1 - t) + (this.last + 1) * t;
    return Math.min(this.last, Math.max(this.first, Math.floor(day)));
  }
}
