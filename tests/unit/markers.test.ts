import { describe, expect, it } from 'vitest';
import { markerPathD } from '../../src/style/marker-svg.ts';
import { markerImage, type PathContext, SHAPES, shapeOf, traceMarker } from '../../src/style/markers.ts';
import { BUILT_IN } from './dataset-fixture.ts';

const shapes = SHAPES.map((_, i) => i);

/** A path context that records every call, whatever its name. */
function recorder(): { ctx: PathContext; calls: { name: string; args: number[] }[] } {
  const calls: { name: string; args: number[] }[] = [];
  const ctx = new Proxy({} as PathContext, {
    get:
      (_, name) =>
      (...args: number[]) =>
        calls.push({ name: String(name), args }),
  });
  return { ctx, calls };
}

describe('marker shapes', () => {
  it('traceMarker() only traces a path: moveTo, lineTo, arc, closePath; no beginPath, fill or stroke', () => {
    for (const type of shapes) {
      const { ctx, calls } = recorder();
      traceMarker(ctx, type, 10);
      expect(calls.length, `${type}`).toBeGreaterThan(0);
      for (const { name } of calls) expect(['moveTo', 'lineTo', 'arc', 'closePath'], `${type}: ${name}`).toContain(name);
    }
  });

  it('traceMarker() stays inside the square of the radius around the origin (the image it is drawn in)', () => {
    for (const type of shapes) {
      const { ctx, calls } = recorder();
      traceMarker(ctx, type, 10);
      for (const { name, args } of calls) {
        const [x = 0, y = 0, r = 0] = args;
        const reach = name === 'arc' ? Math.max(Math.abs(x), Math.abs(y)) + r : Math.max(Math.abs(x), Math.abs(y));
        expect(reach, `${type} ${name}`).toBeLessThanOrEqual(10 + 1e-9);
      }
    }
  });

  it('markerPathD() writes SVG path data for every event type', () => {
    for (const type of shapes) expect(markerPathD(type, 9), `${type}`).toMatch(/^M[-\d.,e]+[LAZ]/);
    expect(markerPathD(2, 9)).toBe('M0,-9L9,0L0,9L-9,0Z');
    expect(markerPathD(0, 10)).toMatch(/^M8,0A8,8,0,1,1,-8,0A8,8,0,1,1,8,0/);
  });

  it('markerImage() names the hollow ("direction") variant apart', () => {
    expect(markerImage('shelling', 'armenia', false)).toBe('claim-shelling-armenia');
    expect(markerImage('shelling', 'armenia', true)).toBe('claim-shelling-armenia-direction');
  });
  it("shapeOf() gives the dataset's event types the shapes in their order: the built-in ones keep theirs", () => {
    const types = BUILT_IN.categories.eventTypes;
    expect(types.map((c) => shapeOf(types, c.id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(markerPathD(shapeOf(types, 'drone_strike'), 9)).toBe('M0,-9L9,0L0,9L-9,0Z');
    // An unknown type takes the last shape; a ninth type wraps round to the first.
    expect(shapeOf(types, 'nope')).toBe(SHAPES.length - 1);
    expect(shapeOf([...types, { id: 'ninth' }], 'ninth')).toBe(0);
  });
});
