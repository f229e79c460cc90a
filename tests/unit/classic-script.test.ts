import { describe, expect, test } from 'vitest';
import { classicScriptTags, entryScript, lazyScript, rewriteRequires, POLICY } from '../../src/build/classic-script.ts';

const VITE = `<head>
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-def.css">
  </head>`;

describe('the built page loads without CORS, so a sandboxed (opaque-origin) iframe can run it', () => {
  test('the module script becomes a deferred classic script and the stylesheet loses crossorigin', () =>
    expect(classicScriptTags(VITE)).toBe(`<head>
    <link rel="icon" href="data:," />
    <script defer src="./assets/index-abc.js"></script>
    <link rel="stylesheet" href="./assets/style-def.css">
  </head>`));
  test('chunks the entry needs at once are linked before it, in the same folder', () =>
    expect(classicScriptTags(VITE, ['shared-1.js', 'format-2.js'])).toContain(`<script defer src="./assets/shared-1.js"></script>
    <script defer src="./assets/format-2.js"></script>
    <script defer src="./assets/index-abc.js"></script>`));
  test('the first script comes first, async, beside the entry (src/lib/boot/start.ts)', () =>
    expect(classicScriptTags(VITE, ['shared-1.js'], 'first-9.js')).toContain(`<script async src="./assets/first-9.js"></script>
    <script defer src="./assets/shared-1.js"></script>
    <script defer src="./assets/index-abc.js"></script>`));
  test.each([
    ['no entry script at all', '<head></head>', /expected a <script type="module" crossorigin/],
    ['a module script in another form', '<script type="module" crossorigin src="a.js"></script><script type="module" src="b.js"></script>', /left in index.html/],
    ['a crossorigin preload', '<script type="module" crossorigin src="a.js"></script><link rel="modulepreload" crossorigin href="b.js">', /left in index.html/]
  ])('refuses %s rather than ship a page that breaks in the sandbox', (_, html, message) => expect(() => classicScriptTags(html)).toThrow(message));
});

describe('rewriteRequires: import() becomes the loader, every other require must name a chunk', () => {
  const chunks = new Set(['index-a.js', 'Quiz-b.js']);
  test.each([
    ['minified arrow', 'x=Promise.resolve().then(()=>require("./Quiz-b.js"))'],
    ['spaced arrow', 'x = Promise.resolve().then(() => require("./Quiz-b.js"))'],
    ['function form', 'x = Promise.resolve().then(function () { return require("./Quiz-b.js"); })']
  ])('%s', (_, code) => {
    const { code: out, lazy } = rewriteRequires(code, chunks);
    expect(out.replace(/\s/g, '')).toBe('x=__sourcelineLoad("Quiz-b.js")');
    expect(lazy).toEqual(['Quiz-b.js']);
  });
  test('the files a chunk needs go with its import', () =>
    expect(rewriteRequires('x=Promise.resolve().then(()=>require("./Quiz-b.js"))', chunks, (name) => (name === 'Quiz-b.js' ? ['common-c.js', 'Quiz-b.css'] : [])).code).toBe(
      'x=__sourcelineLoad("Quiz-b.js",["common-c.js","Quiz-b.css"])'
    ));
  test('a static require of a sibling chunk stays', () => expect(rewriteRequires('const e=require("./index-a.js");', chunks).code).toBe('const e=require("./index-a.js");'));
  test.each([
    ['an import() of no chunk', 'Promise.resolve().then(()=>require("./Nope.js"))', /import\(\) of "Nope.js"/],
    ['a require of a package', 'require("node:fs")', /require\("node:fs"\) names no chunk/]
  ])('refuses %s', (_, code, message) => expect(() => rewriteRequires(code, chunks)).toThrow(message));
});

/**
 * A stand-in for the page: script and link elements "load" when the test says so, and a loaded
 * script runs the code the fake server holds for its URL.
 */
function fakePage(files: Record<string, string>, { trustedTypes = false } = {}) {
  const added: { tag: string; url: string; el: Record<string, unknown> }[] = [];
  const policies: string[] = [];
  const self: Record<string, unknown> = {};
  const document = {
    currentScript: { src: 'https://blog.example/tl/assets/index-a.js' },
    createElement: (): Record<string, unknown> => ({ remove() {} }),
    head: {
      appendChild(el: Record<string, unknown>) {
        const url = String(el.src ?? el.href);
        added.push({ tag: el.src ? 'script' : 'link', url, el });
      }
    }
  };
  if (trustedTypes)
    self.trustedTypes = {
      createPolicy(name: string, rules: { createScriptURL: (url: string) => string }) {
        policies.push(name);
        return { createScriptURL: (url: string) => ({ toString: () => rules.createScriptURL(url) }) };
      }
    };
  const run = (code: string) => new Function('self', 'document', 'trustedTypes', '__sourcelineChunk', code)(self, document, self.trustedTypes, (...a: unknown[]) => (self.__sourcelineChunk as (...a: unknown[]) => void)(...a));
  /** Lets every requested file arrive (or fail), running the scripts. */
  const settle = (fail: string[] = []) => {
    for (const { url, el, tag } of added.splice(0)) {
      const name = url.slice(url.lastIndexOf('/') + 1);
      if (fail.includes(name) || !(name in files)) (el.onerror as () => void)();
      else {
        if (tag === 'script') run(files[name]);
        (el.onload as () => void)();
      }
    }
  };
  return { added, policies, self, run, settle };
}

describe('the loader runs lazy chunks as classic scripts', () => {
  const entry = entryScript(
    'exports.shared=function(){return "from the entry"};module.exports.ready=__sourcelineLoad("Quiz-b.js",["common-c.js","Quiz-b.css"]).then(function(q){return q.default()});',
    'index-a.js'
  );
  const files = {
    'Quiz-b.js': lazyScript('const e=require("./index-a.js"),c=require("./common-c.js");exports.default=function(){return e.shared()+" and "+c.name};', 'Quiz-b.js'),
    'common-c.js': lazyScript('exports.name="a shared chunk";', 'common-c.js'),
    'Quiz-b.css': ''
  };

  test('loads the chunk, its dependencies and its stylesheet beside the entry, then runs it', async () => {
    const page = fakePage(files);
    let exportsOfEntry: { ready?: Promise<string> } = {};
    const capture = entry.replace('})(require,load,m.exports,m);', '})(require,load,m.exports,m);self.entry=m.exports;');
    page.run(capture);
    exportsOfEntry = page.self.entry as typeof exportsOfEntry;
    expect(page.added.map((a) => [a.tag, a.url])).toEqual([
      ['script', 'https://blog.example/tl/assets/common-c.js'],
      ['link', 'https://blog.example/tl/assets/Quiz-b.css'],
      ['script', 'https://blog.example/tl/assets/Quiz-b.js']
    ]);
    page.settle();
    await expect(exportsOfEntry.ready).resolves.toBe('from the entry and a shared chunk');
  });

  test('a file that fails to load rejects with its name, and may be asked for again', async () => {
    const page = fakePage(files);
    page.run(entry.replace('})(require,load,m.exports,m);', '})(require,load,m.exports,m);self.entry=m.exports;self.load=load;'));
    page.settle(['common-c.js']);
    await expect((page.self.entry as { ready: Promise<string> }).ready).rejects.toThrow('could not load common-c.js');
    const again = (page.self.load as (n: string, needs: string[]) => Promise<{ default: () => string }>)('Quiz-b.js', ['common-c.js', 'Quiz-b.css']);
    expect(page.added.map((a) => a.url.split('/').pop())).toEqual(['common-c.js']);
    page.settle();
    expect((await again).default()).toBe('from the entry and a shared chunk');
  });

  test('under Trusted Types, script URLs pass the "sourceline" policy, which admits only chunks of this build', async () => {
    const page = fakePage(files, { trustedTypes: true });
    page.run(entry.replace('})(require,load,m.exports,m);', '})(require,load,m.exports,m);self.entry=m.exports;'));
    expect(page.policies).toEqual([POLICY]);
    expect(POLICY).toBe('sourceline');
    page.settle();
    await expect((page.self.entry as { ready: Promise<string> }).ready).resolves.toBe('from the entry and a shared chunk');
  });
});
