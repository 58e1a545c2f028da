/**
 * The claims as a maplibre WebGL2 custom layer: every plotted row uploaded once (instances.ts);
 * the window, the chosen groups (a 1×N texture: colour + chosen), the selected and highlighted rows
 * (a tiny instance buffer of their own) are state set between frames, so a slider step uploads
 * nothing and only asks for a repaint. Marker looks as style/layers.ts (see shaders.ts).
 */
import type { CustomLayerInterface, Map as MlMap } from 'maplibre-gl';
import type { EventColumns } from '../../data/columns/store.ts';
import { type Atlas, rgba } from './atlas.ts';
import { instanceArray, type PendingProgram, readyProgram, startProgram } from './gl-program.ts';
import { type GpuWindow, type Instances, STRIDE, shownAt } from './instances.ts';
import { FRAGMENT, PASS, VERTEX } from './shaders.ts';
import { HOLLOW_FILL_OPACITY } from '../../style/markers.ts';

export const CLAIM_POINTS_LAYER = 'claim-points';

export type ClaimLook = {
  /** Colour of each group of `cols.groups`, by index (any CSS colour). */
  groupColours: readonly string[];
  atlas: Atlas;
  markerStroke: string;
  hollowFill: string;
  highlight: string;
  selected: string;
};

type Small = { vao: WebGLVertexArrayObject; buffer: WebGLBuffer };
type Gl = {
  program: WebGLProgram;
  all: WebGLVertexArrayObject;
  /** The positions in and around the view (setView), when only those are drawn. */
  view: Small;
  highlight: Small;
  selected: Small;
  groups: WebGLTexture;
  atlas: WebGLTexture;
};

export type ClaimPointsLayer = CustomLayerInterface & {
  readonly instances: Instances;
  setWindow(w: GpuWindow): void;
  /** One byte per group of `cols.groups`, 1 where chosen. */
  setChosen(chosen: Uint8Array): void;
  /** Positions (instances order) to ring as selected and to highlight. */
  setMarked(selected: number | null, highlight: readonly number[]): void;
  setVisible(visible: boolean): void;
  /**
   * Draw only these positions (ascending), those in and around the view, or all (null). Set when the
   * view moves, not on a slider step: a vertex shader run for a million instances five times a frame
   * is what a software renderer cannot afford, while a view rarely holds more than a few thousand.
   */
  setView(positions: Uint32Array | null): void;
  /** Positions drawn by the current window and groups (counted on the CPU with the shader's rule). */
  drawnCount(): number;
  /** Whether the position is drawn now (window, groups, visibility). */
  shownAt(p: number): boolean;
};

/** `instances`: the plotted rows packed beforehand (gpu-claims.ts prepareGpuClaims). */
export function claimPointsLayer(cols: EventColumns, look: ClaimLook, instances: Instances): ClaimPointsLayer {
  const n = instances.rows.length;
  let window: GpuWindow = { from: -(2 ** 31), to: 2 ** 31, focus: 0 };
  let chosen: Uint8Array = new Uint8Array(cols.groups.length).fill(1);
  let marked: { selected: number | null; highlight: number[] } = { selected: null, highlight: [] };
  let visible = true;
  let gl: Gl | null = null;
  let pending: PendingProgram | null = null;
  let map: MlMap | null = null;
  let dirty = { groups: true, marked: true, view: false };
  let view: Uint32Array | null = null;

  const groupPixels = () => {
    const px = new Uint8Array(Math.max(1, cols.groups.length) * 4);
    cols.groups.forEach((_, g) => {
      const [r, gg, b] = rgba(look.groupColours[g] as string);
      px.set([r * 255, gg * 255, b * 255, chosen[g] ? 255 : 0], g * 4);
    });
    return px;
  };
  /** Copies the given positions' instance data into a small buffer of their own. */
  const put = (g: WebGL2RenderingContext, small: Small, positions: ArrayLike<number>) => {
    const data = new Float32Array(Math.max(1, positions.length) * STRIDE);
    const from = instances.data;
    // Plain stores, no subarray per position: a view can hold most of a million.
    for (let i = 0; i < positions.length; i++) {
      const p = (positions[i] as number) * STRIDE;
      const o = i * STRIDE;
      for (let k = 0; k < STRIDE; k++) data[o + k] = from[p + k] as number;
    }
    g.bindBuffer(g.ARRAY_BUFFER, small.buffer);
    g.bufferData(g.ARRAY_BUFFER, data, g.DYNAMIC_DRAW);
  };
  const upload = (g: WebGL2RenderingContext, state: Gl) => {
    if (dirty.groups) {
      g.bindTexture(g.TEXTURE_2D, state.groups);
      g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, Math.max(1, cols.groups.length), 1, 0, g.RGBA, g.UNSIGNED_BYTE, groupPixels());
    }
    if (dirty.marked) {
      put(g, state.highlight, marked.highlight);
      put(g, state.selected, marked.selected === null ? [] : [marked.selected]);
    }
    if (dirty.view && view) put(g, state.view, view);
    dirty = { groups: false, marked: false, view: false };
  };
  const texture = (g: WebGL2RenderingContext, linear: boolean) => {
    const t = g.createTexture();
    g.bindTexture(g.TEXTURE_2D, t);
    const filter = linear ? g.LINEAR : g.NEAREST;
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MIN_FILTER, filter);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MAG_FILTER, filter);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_S, g.CLAMP_TO_EDGE);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_T, g.CLAMP_TO_EDGE);
    return t;
  };
  const repaint = () => map?.triggerRepaint();
  /** The program, the instance buffer and the textures, made on the first frame that draws. */
  const setup = (g: WebGL2RenderingContext, program: WebGLProgram): Gl => {
    const buffer = g.createBuffer();
    g.bindBuffer(g.ARRAY_BUFFER, buffer);
    g.bufferData(g.ARRAY_BUFFER, instances.data, g.STATIC_DRAW);
    const small = (): Small => {
      const b = g.createBuffer();
      return { vao: instanceArray(g, program, b), buffer: b };
    };
    const atlas = texture(g, true);
    const { layout, pixels } = look.atlas;
    g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, layout.width, layout.height, 0, g.RGBA, g.UNSIGNED_BYTE, pixels);
    dirty = { groups: true, marked: true, view: true };
    return {
      program,
      all: instanceArray(g, program, buffer),
      view: small(),
      highlight: small(),
      selected: small(),
      groups: texture(g, false),
      atlas,
    };
  };

  return {
    id: CLAIM_POINTS_LAYER,
    type: 'custom',
    renderingMode: '2d',
    instances,
    setWindow(w) {
      window = w;
      repaint();
    },
    setChosen(c) {
      chosen = c;
      dirty.groups = true;
      repaint();
    },
    setMarked(selected, highlight) {
      marked = { selected, highlight: [...highlight] };
      dirty.marked = true;
      repaint();
    },
    setVisible(v) {
      visible = v;
      repaint();
    },
    setView(positions) {
      view = positions;
      dirty.view = true;
      repaint();
    },
    drawnCount() {
      let count = 0;
      for (let p = 0; p < n; p++) if (shownAt(instances.data, p, window, chosen)) count++;
      return visible ? count : 0;
    },
    shownAt: (p) => visible && shownAt(instances.data, p, window, chosen),
    onAdd(m) {
      // The program and the big buffer wait for the first frame that draws points: at a million
      // claims the cells show first, and compiling and uploading here cost the page's load 0.7 s.
      map = m;
    },
    onRemove(_m, context) {
      const g = context as WebGL2RenderingContext;
      if (pending) g.deleteProgram(pending.program);
      pending = null;
      if (gl) {
        g.deleteTexture(gl.groups);
        g.deleteTexture(gl.atlas);
      }
      gl = null;
      map = null;
    },
    render(context, options) {
      if (!map || !visible) return;
      const g = context as WebGL2RenderingContext;
      if (!gl) {
        // Compiling is asked for on the first frame that draws points and waited for on a later one
        // (or, where the driver says when it is done, then): the driver works in between.
        const first = !pending;
        pending ??= startProgram(g, VERTEX, FRAGMENT);
        const program = readyProgram(g, pending, !first);
        if (!program) return repaint();
        gl = setup(g, program);
      }
      upload(g, gl);
      const { program } = gl;
      g.useProgram(program);
      const u = (name: string) => g.getUniformLocation(program, name);
      g.uniformMatrix4fv(u('u_matrix'), false, Float32Array.from(options.defaultProjectionData.mainMatrix));
      g.uniform2f(u('u_viewport'), g.drawingBufferWidth, g.drawingBufferHeight);
      g.uniform1f(u('u_dpr'), g.drawingBufferWidth / Math.max(1, map.getCanvas().clientWidth));
      g.uniform1f(u('u_zoom'), map.getZoom());
      g.uniform1f(u('u_from'), window.from);
      g.uniform1f(u('u_to'), window.to);
      g.uniform1f(u('u_focus'), window.focus);
      g.uniform2f(u('u_atlasSize'), look.atlas.layout.width, look.atlas.layout.height);
      g.uniform1f(u('u_ringY'), look.atlas.layout.ring.y);
      const colour = (name: string, css: string, alpha = 1) => {
        const [r, gg, b, a] = rgbaCached(css);
        g.uniform4f(u(name), r, gg, b, a * alpha);
      };
      colour('u_stroke', look.markerStroke);
      colour('u_hollowFill', look.hollowFill, HOLLOW_FILL_OPACITY);
      colour('u_highlight', look.highlight);
      colour('u_selected', look.selected);
      g.activeTexture(g.TEXTURE0);
      g.bindTexture(g.TEXTURE_2D, gl.groups);
      g.uniform1i(u('u_groups'), 0);
      g.activeTexture(g.TEXTURE1);
      g.bindTexture(g.TEXTURE_2D, gl.atlas);
      g.uniform1i(u('u_atlas'), 1);
      g.enable(g.BLEND);
      g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
      g.disable(g.DEPTH_TEST);
      g.disable(g.STENCIL_TEST);
      const draw = (pass: number, vao: WebGLVertexArrayObject, count: number) => {
        if (count <= 0) return;
        g.uniform1i(u('u_pass'), pass);
        g.bindVertexArray(vao);
        g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, 4, count);
      };
      const [rows, count] = view ? [gl.view.vao, view.length] : [gl.all, n];
      draw(PASS.halo, rows, count);
      draw(PASS.highlight, gl.highlight.vao, marked.highlight.length);
      draw(PASS.both, rows, count);
      draw(PASS.marker, rows, count);
      draw(PASS.selected, gl.selected.vao, marked.selected === null ? 0 : 1);
      g.bindVertexArray(null);
      g.activeTexture(g.TEXTURE0);
    },
  };
}

const colourCache = new Map<string, [number, number, number, number]>();
function rgbaCached(css: string): [number, number, number, number] {
  const c = colourCache.get(css) ?? rgba(css);
  colourCache.set(css, c);
  return c;
}
