/**
 * Day ↔ x on the timeline at its current width: each day owns an equal cell, and a day's mark or
 * thumb sits at its cell's centre. Rebuilt when the width changes.
 */
import { scaleLinear } from 'd3';

export class DayScale {
  private readonly scale;
  /** The width of one day's cell, in pixels. */
  readonly cell: number;

  constructor(
    readonly first: number,
    readonly last: number,
    readonly width: number,
  ) {
    this.scale = scaleLinear()
      .domain([first, last + 1])
      .range([0, width]);
    this.cell = width / (last - first + 1);
  }

  /** The left edge of a day's cell. */
  left(day: number): number {
    return this.scale(day);
  }

  /** The centre of a day's cell. */
  x(day: number): number {
    return this.scale(day + 0.5);
  }

  /** The day under an x offset, within the data. */
  dayAt(x: number): number {
    return Math.min(this.last, Math.max(this.first, Math.floor(this.scale.invert(x))));
  }
}
