// Makes sure Debian's Chromium is there for the browser tests, and the Liberation fonts that the
// visual test's reference image was drawn with (the page's own text falls back to them; without
// them Chromium takes DejaVu Sans, wider, and the credits line wraps differently): installs what is
// missing when running as root, otherwise stops with one line that says how. Never downloads a
// browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LIBERATION = '/usr/share/fonts/truetype/liberation';

const missing = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  // Only with Debian's Chromium: a browser named by CHROMIUM_PATH brings its own set-up.
  ...(process.env.CHROMIUM_PATH || existsSync(LIBERATION) ? [] : ['fonts-liberation']),
];

if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Missing for the browser tests: ${missing.join(', ')}. Install with "sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}"${existsSync(CHROMIUM) ? '' : ' (or set CHROMIUM_PATH)'}.`,
    );
    process.exit(1);
  }
  console.log(`Missing for the browser tests: ${missing.join(', ')}; installing Debian's packages (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
