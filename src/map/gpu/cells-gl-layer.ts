/**
 * The map's cells as a maplibre WebGL2 custom layer, drawn in the map's own frame: no worker, no
 * tiling, no symbol layout. A step hands over the packed instances (cell-instances.ts), which go up
 * with one bufferSubData each (the buffers only grow), and asks for a repaint.
 */
import type { CustomLayerInterface, Map as MlMap } from 'maplibre-gl';
import { rgba } from './atlas.ts';
import { CELL_STRIDE, GLYPH_STRIDE } from './cell-instances.ts';
import type { GlyphAtlas } from './cell-glyph-atlas.ts';
import { CIRCLE_FRAGMENT, CIRCLE_VERTEX, GLYPH_FRAGMENT, GLYPH_VERTEX } from './cell-shaders.ts';
import { type PendingProgram, readyProgram, startProgram } from './gl-program.ts';

export const CELLS_LAYER = 'claim-cells';

export type CellsGlLayer = CustomLayerInterface & {
  /** The cells and their glyphs (packCells, packGlyphs); the atlas the glyphs point into. */
  setData(cells: Float32Array, glyphs: Float32Array, atlas: GlyphAtlas | null): void;
  setVisible(visible: boolean): void;
};

/** A program (compiling until its first frame: gl-program.ts) with its vertex array over one instance buffer. */
type Part = {
  pending: PendingProgram;
  program: WebGLProgram | null;
  vao: WebGLVertexArrayObject | null;
  buffer: WebGLBuffer;
  capacity: number;
  stride: number;
  attrs: [string, number, number][];
};

function part(g: WebGL2RenderingContext, vertex: string, fragment: string, stride: number, attrs: [string, number, number][]): Part {
  return { pending: startProgram(g, vertex, fragment), program: null, vao: null, buffer: g.createBuffer(), capacity: 0, stride, attrs };
}

/** The linked program and its vertex array, on the first frame that draws with them. */
function link(g: WebGL2RenderingContext, p: Part, program: WebGLProgram): void {
  const vao = g.createVertexArray();
  g.bindVertexArray(vao);
  g.bindBuffer(g.ARRAY_BUFFER, p.buffer);
  for (const [name, size, offset] of p.attrs) {
    const at = g.getAttribLocation(program, name);
    g.enableVertexAttribArray(at);
    g.vertexAttribPointer(at, size, g.FLOAT, false, p.stride * 4, offset * 4);
    g.vertexAttribDivisor(at, 1);
  }
  g.bindVertexArray(null);
  p.program = program;
  p.vao = vao;
}

function put(g: WebGL2RenderingContext, p: Part, data: Float32Array): void {
  g.bindBuffer(g.ARRAY_BUFFER, p.buffer);
  if (data.length > p.capacity) {
    p.capacity = Math.max(data.length, p.capacity * 2, 1024);
    g.bufferData(g.ARRAY_BUFFER, p.capacity * 4, g.DYNAMIC_DRAW);
  }
  if (data.length) g.bufferSubData(g.ARRAY_BUFFER, 0, data);
}

export function cellsGlLayer(look: { panel: string; text: string }): CellsGlLayer {
  let cells: Float32Array = new Float32Array(0);
  let glyphs: Float32Array = new Float32Array(0);
  let atlas: GlyphAtlas | null = null;
  let visible = true;
  let dirty = { data: true, atlas: true };
  let map: MlMap | null = null;
  let gl: { circles: Part; glyphs: Part; texture: WebGLTexture } | null = null;
  let fill = [0, 0, 0, 0];
  let text = [0, 0, 0, 1];

  return {
    id: CELLS_LAYER,
    type: 'custom',
    renderingMode: '2d',
    setData(c, gs, a) {
      cells = c;
      glyphs = gs;
      if (a !== atlas) dirty.atlas = true;
      atlas = a;
      dirty.data = true;
      map?.triggerRepaint();
    },
    setVisible(v) {
      visible = v;
      map?.triggerRepaint();
    },
    onAdd(m, context) {
      map = m;
      fill = rgba(look.panel);
      text = rgba(look.text);
      const g = context as WebGL2RenderingContext;
      const texture = g.createTexture();
      g.bindTexture(g.TEXTURE_2D, texture);
      for (const p of [g.TEXTURE_MIN_FILTER, g.TEXTURE_MAG_FILTER]) g.texParameteri(g.TEXTURE_2D, p, g.LINEAR);
      for (const p of [g.TEXTURE_WRAP_S, g.TEXTURE_WRAP_T]) g.texParameteri(g.TEXTURE_2D, p, g.CLAMP_TO_EDGE);
      gl = {
        circles: part(g, CIRCLE_VERTEX, CIRCLE_FRAGMENT, CELL_STRIDE, [
          ['a_pos', 2, 0],
          ['a_radius', 1, 2],
          ['a_colour', 3, 3],
        ]),
        glyphs: part(g, GLYPH_VERTEX, GLYPH_FRAGMENT, GLYPH_STRIDE, [
          ['a_pos', 2, 0],
          ['a_glyph', 3, 2],
        ]),
        texture,
      };
      dirty = { data: true, atlas: true };
    },
    onRemove(_m, context) {
      const g = context as WebGL2RenderingContext;
      if (gl) {
        for (const p of [gl.circles, gl.glyphs]) {
          g.deleteProgram(p.pending.program);
          g.deleteBuffer(p.buffer);
          g.deleteVertexArray(p.vao);
        }
        g.deleteTexture(gl.texture);
      }
      gl = null;
      map = null;
    },
    render(context, options) {
      const n = cells.length / CELL_STRIDE;
      if (!gl || !map || !visible || n === 0) return;
      const g = context as WebGL2RenderingContext;
      // At most one wait for the driver a frame (the other program compiles meanwhile), none where it says it is done.
      let waited = false;
      const ready = (p: Part) => {
        if (p.vao) return true;
        const program = readyProgram(g, p.pending, !waited);
        if (!program) return false;
        waited = true;
        link(g, p, program);
        return true;
      };
      if (!ready(gl.circles)) {
        map.triggerRepaint();
        return;
      }
      const { circles } = gl;
      if (dirty.data) {
        put(g, gl.circles, cells);
        put(g, gl.glyphs, glyphs);
      }
      if (dirty.atlas && atlas) {
        g.bindTexture(g.TEXTURE_2D, gl.texture);
        g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, atlas.width, atlas.height, 0, g.RGBA, g.UNSIGNED_BYTE, atlas.pixels);
      }
      dirty = { data: false, atlas: false };
      const matrix = Float32Array.from(options.defaultProjectionData.mainMatrix);
      const dpr = g.drawingBufferWidth / Math.max(1, map.getCanvas().clientWidth);
      const common = (p: WebGLProgram) => {
        g.useProgram(p);
        g.uniformMatrix4fv(g.getUniformLocation(p, 'u_matrix'), false, matrix);
        g.uniform2f(g.getUniformLocation(p, 'u_viewport'), g.drawingBufferWidth, g.drawingBufferHeight);
        g.uniform1f(g.getUniformLocation(p, 'u_dpr'), dpr);
      };
      g.enable(g.BLEND);
      g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
      g.disable(g.DEPTH_TEST);
      g.disable(g.STENCIL_TEST);
      common(circles.program as WebGLProgram);
      g.uniform4f(g.getUniformLocation(circles.program as WebGLProgram, 'u_fill'), ...(fill as [number, number, number, number]));
      g.bindVertexArray(circles.vao);
      g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, 4, n);
      const m = glyphs.length / GLYPH_STRIDE;
      // The numbers a frame after the circles where their program was not ready.
      if (atlas && m > 0 && !ready(gl.glyphs)) map.triggerRepaint();
      else if (atlas && m > 0) {
        const p = gl.glyphs.program as WebGLProgram;
        common(p);
        g.uniform2f(g.getUniformLocation(p, 'u_atlasSize'), atlas.width, atlas.height);
        g.uniform1f(g.getUniformLocation(p, 'u_ratio'), atlas.ratio);
        g.uniform4f(g.getUniformLocation(p, 'u_text'), ...(text as [number, number, number, number]));
        g.activeTexture(g.TEXTURE0);
        g.bindTexture(g.TEXTURE_2D, gl.texture);
        g.uniform1i(g.getUniformLocation(p, 'u_atlas'), 0);
        g.bindVertexArray(gl.glyphs.vao);
        g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, 4, m);
      }
      g.bindVertexArray(null);
    },
  };
}
