/**
 * Which Chromium the e2e tests, the bench and the Lighthouse script drive, in this order:
 *
 * 1. CHROMIUM_PATH, when set (an error if nothing is there: a wrong path is never skipped over);
 * 2. an installed Chrome or Chromium (Debian's /usr/bin/chromium, Google Chrome, …);
 * 3. the Chromium that the npm package @sparticuz/chromium ships (Linux x64), unpacked once from
 *    its brotli files into node_modules/.cache; nothing is downloaded;
 * 4. none: an error saying what to install.
 *
 * SOURCELINE_NO_SYSTEM_CHROMIUM=1 skips step 2, to check step 3 on a machine that has a browser.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Where a system browser usually is on Linux and macOS; PATH is searched for the bare names. */
export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'
];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const MISSING =
  'No Chromium found. Run `npm install` (it brings @sparticuz/chromium, a Chromium for Linux x64), ' +
  "or install Chromium or Chrome (Debian: apt-get install chromium), or set CHROMIUM_PATH to a Chrome/Chromium binary.";

export type Found = { kind: 'env' | 'system'; path: string } | { kind: 'package'; dir: string } | { kind: 'none'; message: string };

export interface Where {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  platform: string;
  arch: string;
  /** The @sparticuz/chromium bin folder, or null when the package is not installed. */
  packageBin: string | null;
}

/** The choice, without touching anything: a pure function of what is where. */
export function findChromium(where: Where): Found {
  const { env, exists } = where;
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return { kind: 'env', path: env.CHROMIUM_PATH };
    return { kind: 'none', message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there. ${MISSING}` };
  }
  if (env.SOURCELINE_NO_SYSTEM_CHROMIUM !== '1') {
    const onPath = (env.PATH ?? '').split(':').filter(Boolean).flatMap((dir) => COMMANDS.map((name) => join(dir, name)));
    const path = [...SYSTEM_PATHS, ...onPath].find(exists);
    if (path) return { kind: 'system', path };
  }
  if (where.packageBin && where.platform === 'linux' && where.arch === 'x64' && exists(join(where.packageBin, 'chromium.br')))
    return { kind: 'package', dir: where.packageBin };
  return { kind: 'none', message: MISSING };
}

const require = createRequire(import.meta.url);

function packageBin(): string | null {
  try {
    // The package exports only its entry (build/index.js); bin/ sits beside build/.
    return join(dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
  } catch {
    return null;
  }
}

/**
 * Unpacks the package's Chromium (the binary, its fonts and SwiftShader) into
 * node_modules/.cache/sourceline-chromium/<version>, once: into a staging folder first, renamed
 * into place when complete, so that a run cut short or a parallel run never sees half a binary.
 */
async function unpack(bin: string): Promise<string> {
  const version = (JSON.parse(readFileSync(join(bin, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const home = resolve('node_modules/.cache/sourceline-chromium');
  const target = join(home, version);
  if (existsSync(join(target, 'chromium'))) return target;
  const staging = `${target}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The package's inflate() writes beside os.tmpdir(), which it reads from TMPDIR when called.
  const { inflate } = (await import('@sparticuz/chromium')) as { inflate: (file: string) => Promise<string> };
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let work: Promise<string>[];
  try {
    work = ['chromium.br', 'fonts.tar.br', 'swiftshader.tar.br'].map((file) => inflate(join(bin, file)));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  await Promise.all(work);
  // The package's fonts.conf names /tmp/fonts; ours names where the fonts are, and the system's.
  writeFileSync(
    join(staging, 'fonts', 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(target, 'fonts', 'fonts')}</dir>\n  <cachedir>${join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`
  );
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run got there first
  }
  return target;
}

export interface Chromium {
  path: string;
  /** Extra environment for the browser process (the packaged one brings its own fonts). */
  env: Record<string, string>;
  /** Which of the four it was, for messages. */
  source: string;
}

/** The browser to drive, or an error saying what to install. */
export async function chromiumBinary(env: Record<string, string | undefined> = process.env): Promise<Chromium> {
  const found = findChromium({ env, exists: existsSync, platform: process.platform, arch: process.arch, packageBin: packageBin() });
  switch (found.kind) {
    case 'env':
      return { path: found.path, env: {}, source: 'CHROMIUM_PATH' };
    case 'system':
      return { path: found.path, env: {}, source: 'installed' };
    case 'package': {
      const dir = await unpack(found.dir);
      return { path: join(dir, 'chromium'), env: { FONTCONFIG_PATH: join(dir, 'fonts') }, source: '@sparticuz/chromium' };
    }
    case 'none':
      throw new Error(found.message);
  }
}
