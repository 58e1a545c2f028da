/**
 * WebGL2 programs compiled and linked without waiting: `startProgram` only asks, and nothing reads a
 * status until `finishProgram`, so the driver (Chromium's GPU process) compiles while the page does
 * other work. Every status read is a wait for the driver: at a million claims on a software
 * renderer, compiling the GPU layers' three programs at once held the page's load for ~0.2–0.5 s.
 */
export type PendingProgram = { program: WebGLProgram; shaders: WebGLShader[] };

/** KHR_parallel_shader_compile's COMPLETION_STATUS_KHR (its extension object has no other use). */
const COMPLETION_STATUS_KHR = 0x91b1;
const parallel = new WeakMap<WebGL2RenderingContext, boolean>();

export function startProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): PendingProgram {
  // Asked for once per context: with it, the driver may compile on threads of its own.
  if (!parallel.has(gl)) parallel.set(gl, !!gl.getExtension('KHR_parallel_shader_compile'));
  const program = gl.createProgram();
  const shaders = (
    [
      [gl.VERTEX_SHADER, vertex],
      [gl.FRAGMENT_SHADER, fragment],
    ] as const
  ).map(([type, source]) => {
    const shader = gl.createShader(type) as WebGLShader;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    return shader;
  });
  gl.linkProgram(program);
  // Sent to the driver now, not with the frame's other commands: it starts at once.
  gl.flush();
  return { program, shaders };
}

/** Whether the driver has finished (finishProgram would not wait): KHR_parallel_shader_compile's answer, null without it. */
function programDone(gl: WebGL2RenderingContext, p: PendingProgram): boolean | null {
  return parallel.get(gl) ? gl.getProgramParameter(p.program, COMPLETION_STATUS_KHR) === true : null;
}

/**
 * The linked program once it can be had: where the driver says it is done, or (it cannot say) where
 * the caller may wait this frame; null to draw without it and ask again next frame.
 */
export function readyProgram(gl: WebGL2RenderingContext, p: PendingProgram, mayWait: boolean): WebGLProgram | null {
  const done = programDone(gl, p);
  return done === false || (done === null && !mayWait) ? null : finishProgram(gl, p);
}

/** The linked program (waiting for the driver if it is still at work), with the driver's log in the error where it failed. */
function finishProgram(gl: WebGL2RenderingContext, p: PendingProgram): WebGLProgram {
  if (!gl.getProgramParameter(p.program, gl.LINK_STATUS)) {
    for (const shader of p.shaders)
      if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`claim layer shader: ${gl.getShaderInfoLog(shader)}`);
    throw new Error(`claim layer program: ${gl.getProgramInfoLog(p.program)}`);
  }
  for (const shader of p.shaders) gl.deleteShader(shader);
  return p.program;
}

/** A vertex array over one interleaved instance buffer: x, y | day, dayEnd | group, shape, precision, flags (8 floats). */
export function instanceArray(gl: WebGL2RenderingContext, program: WebGLProgram, buffer: WebGLBuffer): WebGLVertexArrayObject {
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  const attrs: [string, number, number][] = [
    ['a_pos', 2, 0],
    ['a_days', 2, 8],
    ['a_meta', 4, 16],
  ];
  for (const [name, size, offset] of attrs) {
    const at = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, 32, offset);
    gl.vertexAttribDivisor(at, 1);
  }
  gl.bindVertexArray(null);
  return vao;
}
