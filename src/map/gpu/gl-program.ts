/** Compiles and links a WebGL2 program, with the driver's log in the error where it fails. */
export function linkProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type) as WebGLShader;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`claim layer shader: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`claim layer program: ${gl.getProgramInfoLog(program)}`);
  return program;
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
