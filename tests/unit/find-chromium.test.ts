import { describe, expect, test } from 'vitest';
import { findChromium, MISSING, type Where } from '../../tests/e2e/chromium.ts';

const where = (files: string[], env: Where['env'] = {}, more: Partial<Where> = {}): Where => ({
  env: { PATH: '/usr/local/bin:/usr/bin', ...env },
  exists: (path) => files.includes(path),
  platform: 'linux',
  arch: 'x64',
  packageBin: '/p/node_modules/@sparticuz/chromium/bin',
  ...more
});
const PACKAGED = '/p/node_modules/@sparticuz/chromium/bin/chromium.br';

describe('the e2e browser is found in the order CHROMIUM_PATH, installed, npm package, error', () => {
  test.each([
    ['CHROMIUM_PATH wins over everything', where(['/x/chrome', '/usr/bin/chromium', PACKAGED], { CHROMIUM_PATH: '/x/chrome' }), { kind: 'env', path: '/x/chrome' }],
    ['an installed Debian Chromium comes next', where(['/usr/bin/chromium', PACKAGED]), { kind: 'system', path: '/usr/bin/chromium' }],
    ['Google Chrome counts as installed', where(['/opt/google/chrome/chrome', PACKAGED]), { kind: 'system', path: '/opt/google/chrome/chrome' }],
    ['a chromium on PATH counts as installed', where(['/usr/local/bin/chromium', PACKAGED]), { kind: 'system', path: '/usr/local/bin/chromium' }],
    ['without an installed one, the npm package', where([PACKAGED]), { kind: 'package', dir: '/p/node_modules/@sparticuz/chromium/bin' }],
    ['the test switch hides the installed one', where(['/usr/bin/chromium', PACKAGED], { SOURCELINE_NO_SYSTEM_CHROMIUM: '1' }), { kind: 'package', dir: '/p/node_modules/@sparticuz/chromium/bin' }],
    ['the package is no use on macOS', where([PACKAGED], {}, { platform: 'darwin' }), { kind: 'none', message: MISSING }],
    ['the package is no use on arm64', where([PACKAGED], {}, { arch: 'arm64' }), { kind: 'none', message: MISSING }],
    ['nothing at all is an error saying what to install', where([], {}, { packageBin: null }), { kind: 'none', message: MISSING }]
  ])('%s', (_name, input, expected) => expect(findChromium(input)).toEqual(expected));

  test('a CHROMIUM_PATH with nothing there is an error naming it, not a fall-through', () => {
    const found = findChromium(where(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' }));
    expect(found).toEqual({ kind: 'none', message: expect.stringMatching(/^CHROMIUM_PATH is set to \/nope\/chrome, but there is no file there\. .*npm install.*apt-get install chromium/) });
  });
});
