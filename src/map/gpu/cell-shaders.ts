/**
 * The cells' shaders (cells-gl-layer.ts): a circle per cell (panel fill inside a ring of the cell's
 * colour, as maplibre's circle layer with a stroke), then a quad per glyph of the counts, tinted with
 * the text colour and snapped to device pixels so the digits stay sharp.
 */
import { CELL_FILL_OPACITY, CELL_STROKE } from '../../style/cell-look.ts';

const HEAD = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_dpr;
`;

export const CIRCLE_VERTEX = `${HEAD}
in vec2 a_pos;
in float a_radius;
in vec3 a_colour;
out vec2 v_px;
flat out float v_radius;
flat out vec3 v_colour;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  float half_ = a_radius + ${CELL_STROKE}.0 + 1.0;
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += corner * half_ * u_dpr * 2.0 / u_viewport * p.w;
  gl_Position = p;
  v_px = corner * half_;
  v_radius = a_radius;
  v_colour = a_colour;
}`;

export const CIRCLE_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_fill;
in vec2 v_px;
flat in float v_radius;
flat in vec3 v_colour;
out vec4 colour;
void main() {
  float d = length(v_px);
  float inside = clamp(v_radius - d + 0.5, 0.0, 1.0);
  float ring = clamp(v_radius + ${CELL_STROKE}.0 - d + 0.5, 0.0, 1.0) - inside;
  float fill = ${CELL_FILL_OPACITY} * inside;
  // Premultiplied: the ring over the fill.
  colour = vec4(v_colour * ring, ring) + vec4(u_fill.rgb * fill, fill) * (1.0 - ring);
  if (colour.a <= 0.0) discard;
}`;

export const GLYPH_VERTEX = `${HEAD}
uniform vec2 u_atlasSize;
uniform float u_ratio;
in vec2 a_pos;
in vec3 a_glyph;
out vec2 v_tex;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  vec2 s = (p.xy / p.w * 0.5 + 0.5) * u_viewport;
  float k = u_dpr / u_ratio;
  vec2 origin = floor(vec2(s.x + a_glyph.x * u_dpr, s.y - u_atlasSize.y * k * 0.5) + 0.5);
  vec2 q = origin + corner * vec2(a_glyph.z, u_atlasSize.y) * k;
  gl_Position = vec4((q / u_viewport * 2.0 - 1.0) * p.w, p.z, p.w);
  v_tex = vec2(a_glyph.y + corner.x * a_glyph.z, (1.0 - corner.y) * u_atlasSize.y) / u_atlasSize;
}`;

export const GLYPH_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
uniform vec4 u_text;
in vec2 v_tex;
out vec4 colour;
void main() {
  float a = texture(u_atlas, v_tex).a * u_text.a;
  if (a <= 0.0) discard;
  colour = vec4(u_text.rgb * a, a);
}`;
