/** A 2D canvas context, or a clear error where the browser cannot give one (the caller reports it). */
export function context2d(canvas: HTMLCanvasElement, options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D {
  const c = canvas.getContext('2d', options);
  if (!c) throw new Error('this browser cannot draw a 2D canvas');
  return c;
}
