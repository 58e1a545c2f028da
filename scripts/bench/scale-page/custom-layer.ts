/**
 * The approach issue 12 asks to measure, at its simplest: every point uploaded once as GL_POINTS
 * (mercator x, y and the day as vertex attributes), the time window [from, to] as two uniforms, so
 * a slider step uploads nothing and only redraws. No picking, no shapes, no aggregation.
 */
import { type CustomLayerInterface, MercatorCoordinate } from 'maplibre-gl';

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_from;
uniform float u_to;
in vec2 a_pos;
in float a_day;
void main() {
  bool inside = a_day >= u_from && a_day <= u_to;
  gl_Position = inside ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = 6.0;
}`;
const FRAGMENT = `#version 300 es
precision mediump float;
out vec4 color;
void main() {
  if (length(gl_PointCoord - 0.5) > 0.5) discard;
  color = vec4(0.835, 0.369, 0.0, 1.0);
}`;

export type WindowLayer = CustomLayerInterface & { setWindow(from: number, to: number): void };

/** `packed`: Float32 lon × n, lat × n, day × n (scale-data.ts pointsFile). */
export function windowLayer(packed: Float32Array, last: number): WindowLayer {
  const n = packed.length / 3;
  let from = 0;
  let to = last;
  let program: WebGLProgram | null = null;
  let vao: WebGLVertexArrayObject | null = null;
  let uniforms: Record<'matrix' | 'from' | 'to', WebGLUniformLocation | null> | null = null;

  const compile = (gl: WebGL2RenderingContext, type: number, source: string) => {
    const shader = gl.createShader(type) as WebGLShader;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'shader');
    return shader;
  };

  return {
    id: 'points',
    type: 'custom',
    renderingMode: '2d',
    setWindow(f, t) {
      from = f;
      to = t;
    },
    onAdd(_map, gl) {
      const g = gl as WebGL2RenderingContext;
      program = g.createProgram();
      g.attachShader(program, compile(g, g.VERTEX_SHADER, VERTEX));
      g.attachShader(program, compile(g, g.FRAGMENT_SHADER, FRAGMENT));
      g.linkProgram(program);
      // x, y, day interleaved: one buffer, one upload.
      const data = new Float32Array(3 * n);
      for (let i = 0; i < n; i++) {
        const m = MercatorCoordinate.fromLngLat([packed[i] as number, packed[n + i] as number]);
        data[3 * i] = m.x;
        data[3 * i + 1] = m.y;
        data[3 * i + 2] = packed[2 * n + i] as number;
      }
      vao = g.createVertexArray();
      g.bindVertexArray(vao);
      g.bindBuffer(g.ARRAY_BUFFER, g.createBuffer());
      g.bufferData(g.ARRAY_BUFFER, data, g.STATIC_DRAW);
      const pos = g.getAttribLocation(program, 'a_pos');
      const day = g.getAttribLocation(program, 'a_day');
      g.enableVertexAttribArray(pos);
      g.vertexAttribPointer(pos, 2, g.FLOAT, false, 12, 0);
      g.enableVertexAttribArray(day);
      g.vertexAttribPointer(day, 1, g.FLOAT, false, 12, 8);
      g.bindVertexArray(null);
      uniforms = {
        matrix: g.getUniformLocation(program, 'u_matrix'),
        from: g.getUniformLocation(program, 'u_from'),
        to: g.getUniformLocation(program, 'u_to'),
      };
    },
    render(gl, options) {
      // mainMatrix takes mercator [0, 1] coordinates (modelViewProjectionMatrix wants world pixels).
      if (!program || !uniforms) return;
      gl.useProgram(program);
      gl.uniformMatrix4fv(uniforms.matrix, false, Float32Array.from(options.defaultProjectionData.mainMatrix));
      gl.uniform1f(uniforms.from, from);
      gl.uniform1f(uniforms.to, to);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.bindVertexArray(vao);
      gl.drawArrays(gl.POINTS, 0, n);
      gl.bindVertexArray(null);
    },
  };
}
