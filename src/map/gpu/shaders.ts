/**
 * The GPU layer's shaders: one program, drawn in passes like the maplibre layers it replaces
 * (style/layers.ts: halos, highlight, both-sides ring, markers, selected ring). Each row is one
 * instance of a quad; a row outside the window or the chosen groups collapses to a point off screen,
 * so the window is only uniforms. Sizes follow layers.ts's zoom curves, in css px × devicePixelRatio.
 */
import { ATLAS_RATIO, MARKER_CELL, RING_CELL } from './atlas-layout.ts';

export const PASS = { halo: 0, highlight: 1, both: 2, marker: 3, selected: 4 } as const;

export const VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_dpr;
uniform float u_zoom;
uniform float u_from;
uniform float u_to;
uniform float u_focus;
uniform int u_pass;
uniform highp sampler2D u_groups;
uniform vec2 u_atlasSize;
uniform float u_ringY;
in vec2 a_pos;
in vec2 a_days;
in vec4 a_meta;
out vec2 v_px;
out vec2 v_tex;
flat out vec4 v_group;
flat out float v_radius;
flat out float v_faded;
flat out float v_hollow;
void main() {
  int group = int(a_meta.x);
  int shape = int(a_meta.y);
  float precision_ = a_meta.z;
  int flags = int(a_meta.w);
  vec4 g = texelFetch(u_groups, ivec2(group, 0), 0);
  bool chosen = g.a > 0.5;
  bool inWindow = (flags & 12) == 0 && a_days.x <= u_to && a_days.y >= u_from;
  bool shown = chosen && (u_pass == ${PASS.selected} || inWindow);
  float grow = clamp((u_zoom - 5.0) / 5.0, 0.0, 1.0);
  float iconScale = mix(0.7, 1.0, grow);
  float half_ = 0.0;
  v_radius = 0.0;
  if (u_pass == ${PASS.halo}) {
    shown = shown && precision_ >= 2.0;
    v_radius = (precision_ == 2.0 ? 4.0 : 12.0) * exp2(clamp(u_zoom, 6.0, 12.0) - 6.0);
    half_ = v_radius + 2.0;
  } else if (u_pass == ${PASS.highlight}) {
    v_radius = mix(12.0, 18.0, grow);
    half_ = v_radius + 4.0;
  } else if (u_pass == ${PASS.selected}) {
    v_radius = 14.0;
    half_ = 18.0;
  } else if (u_pass == ${PASS.both}) {
    shown = shown && (flags & 2) != 0;
    half_ = ${RING_CELL / ATLAS_RATIO / 2}.0 * iconScale;
  } else {
    half_ = ${MARKER_CELL / ATLAS_RATIO / 2}.0 * iconScale;
  }
  if (!shown) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += corner * half_ * u_dpr * 2.0 / u_viewport * p.w;
  gl_Position = p;
  v_px = corner * half_;
  vec2 uv = vec2(corner.x * 0.5 + 0.5, 0.5 - corner.y * 0.5);
  v_hollow = float(flags & 1);
  if (u_pass == ${PASS.both}) {
    v_tex = (vec2(0.0, u_ringY) + uv * ${RING_CELL}.0) / u_atlasSize;
  } else {
    int k = 2 * shape + (flags & 1);
    v_tex = (vec2(float(k % 8), float(k / 8)) * ${MARKER_CELL}.0 + uv * ${MARKER_CELL}.0) / u_atlasSize;
  }
  v_group = vec4(g.rgb, 1.0);
  v_faded = a_days.y < u_focus ? 1.0 : 0.0;
}`;

export const FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform int u_pass;
uniform sampler2D u_atlas;
uniform vec4 u_stroke;
uniform vec4 u_hollowFill;
uniform vec4 u_highlight;
uniform vec4 u_selected;
in vec2 v_px;
in vec2 v_tex;
flat in vec4 v_group;
flat in float v_radius;
flat in float v_faded;
flat in float v_hollow;
out vec4 colour;
// Premultiplied: a over b.
vec4 over(vec4 a, vec4 b) { return a + b * (1.0 - a.a); }
vec4 pre(vec3 rgb, float a) { return vec4(rgb * a, a); }
// A circle of radius r filled with fill, and a stroke of width w outside it (maplibre's circle layer).
vec4 circle(float r, float w, vec4 fill, vec4 stroke) {
  float d = length(v_px);
  float inside = clamp(r - d + 0.5, 0.0, 1.0);
  float ring = clamp(r + w - d + 0.5, 0.0, 1.0) - inside;
  return over(pre(stroke.rgb, stroke.a * ring), pre(fill.rgb, fill.a * inside));
}
void main() {
  bool faded = v_faded > 0.5;
  if (u_pass == ${PASS.halo}) {
    colour = circle(v_radius, 1.0, vec4(v_group.rgb, faded ? 0.06 : 0.16), vec4(v_group.rgb, faded ? 0.25 : 0.6));
  } else if (u_pass == ${PASS.highlight}) {
    colour = circle(v_radius, 3.0, vec4(u_highlight.rgb, 0.35), u_highlight);
  } else if (u_pass == ${PASS.selected}) {
    colour = circle(v_radius, 2.5, vec4(0.0), u_selected);
  } else if (u_pass == ${PASS.both}) {
    colour = texture(u_atlas, v_tex) * (faded ? 0.45 : 1.0);
  } else {
    vec4 t = texture(u_atlas, v_tex);
    bool hollow = v_hollow > 0.5;
    vec4 fill = hollow ? u_hollowFill : v_group;
    vec4 stroke = hollow ? v_group : u_stroke;
    colour = over(pre(stroke.rgb, stroke.a * t.g), pre(fill.rgb, fill.a * t.r)) * (faded ? 0.45 : 1.0);
  }
  if (colour.a <= 0.0) discard;
}`;
