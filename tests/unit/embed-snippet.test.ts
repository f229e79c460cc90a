import { describe, expect, test } from 'vitest';
import { bareIframe, clampFixedHeight, embedSrc, escapeHtml, snippet, type EmbedOptions } from '../../src/lib/embed/snippet.ts';
import { MESSAGES } from './resize-messages.ts';

const options: EmbedOptions = {
  base: 'https://example.org/sourceline/',
  lang: 'de',
  theme: 'auto',
  event: null,
  lanes: [],
  height: 'auto',
  title: 'Zeitleiste: Der Weg zum Gipfel von Genf 2021'
};

describe('the iframe address carries only what differs from the defaults', () => {
  test.each([
    ['the defaults', {}, 'https://example.org/sourceline/?embed=1&lang=de'],
    ['English', { lang: 'en' }, 'https://example.org/sourceline/?embed=1&lang=en'],
    ['a theme', { theme: 'contrast' }, 'https://example.org/sourceline/?embed=1&lang=de&theme=contrast'],
    ['the light theme (auto, the default, is never written)', { theme: 'light' }, 'https://example.org/sourceline/?embed=1&lang=de&theme=light'],
    ['filters and search', { controls: true }, 'https://example.org/sourceline/?embed=1&lang=de&controls=1'],
    ['the full reader', { reader: true }, 'https://example.org/sourceline/?embed=1&lang=de&reader=1'],
    ['everything', { theme: 'dark', lanes: ['usa'], controls: true, reader: true, event: 'a' }, 'https://example.org/sourceline/?embed=1&lang=de&theme=dark&lanes=usa&controls=1&reader=1#event=a'],
    ['no language: the reader’s browser chooses', { lang: null }, 'https://example.org/sourceline/?embed=1'],
    ['lanes, with readable commas', { lanes: ['usa', 'both'] }, 'https://example.org/sourceline/?embed=1&lang=de&lanes=usa,both'],
    ['a start event', { event: 'geneva-summit' }, 'https://example.org/sourceline/?embed=1&lang=de#event=geneva-summit'],
    ['another dataset, encoded', { data: 'https://data.example/a b.json?x=1&y=2' }, 'https://example.org/sourceline/?embed=1&lang=de&data=https%3A%2F%2Fdata.example%2Fa%20b.json%3Fx%3D1%26y%3D2'],
    ['a relative base', { base: './', event: 'a' }, './?embed=1&lang=de#event=a']
  ] as [string, Partial<EmbedOptions>, string][])('%s', (_, change, expected) => expect(embedSrc({ ...options, ...change })).toBe(expected));
});

describe('the snippet', () => {
  const auto = snippet({ ...options, event: 'geneva-summit' });
  const iframe = auto.split('\n')[0];

  test('is an iframe marked for auto height, with a name, lazy loading, a sandbox without same-origin and full width', () => {
    expect(iframe).toMatch(/^<iframe data-sourceline-auto src="[^"]+"/);
    expect(iframe).toContain(' title="Zeitleiste: Der Weg zum Gipfel von Genf 2021"');
    expect(iframe).toContain(' loading="lazy"');
    expect(iframe).toContain(' sandbox="allow-scripts allow-popups"');
    expect(iframe).not.toContain('allow-same-origin');
    expect(iframe).toContain(' allow="fullscreen"');
    expect(iframe).toContain(' style="width:100%;border:0;height:640px"');
  });
  test('writes & in the address as &amp;', () =>
    expect(iframe).toContain(' src="https://example.org/sourceline/?embed=1&amp;lang=de#event=geneva-summit"'));
  test('escapes markup in the title and the address', () => {
    const evil = snippet({ ...options, title: '"><script>alert(1)</script>', base: 'https://x.example/"onload="/' });
    expect(evil).not.toContain('<script>alert');
    expect(evil).not.toContain('"onload');
    expect(evil).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
  test('with auto height, ends in the listener script', () => expect(auto).toMatch(/<\/iframe>\n<script>\n[\s\S]+\n<\/script>$/));
  test('with a fixed height, is the iframe alone at that height', () => {
    const fixed = snippet({ ...options, height: 480 });
    expect(fixed).not.toContain('<script');
    expect(fixed).not.toContain('data-sourceline-auto');
    expect(fixed).toContain('height:480px"');
  });
  test('has no id, so pasting it twice makes no duplicate ids', () => expect(auto).not.toMatch(/ id=/));
});

describe('fixed heights are whole pixels within 300–4000', () => {
  test.each([
    [480, 480],
    [480.6, 481],
    [10, 300],
    [99999, 4000],
    [Number.NaN, 640]
  ])('%d gives %d', (input, expected) => expect(clampFixedHeight(input)).toBe(expected));
});

test('escapeHtml escapes the five characters that matter in attributes and text', () =>
  expect(escapeHtml(`&<>"'x`)).toBe('&amp;&lt;&gt;&quot;&#39;x'));

/**
 * Runs the snippet's listener script (`copies` times, as when the snippet is pasted that often)
 * against a fake page whose auto-height iframes are `frames`; `deliver` dispatches a message event
 * as the browser would.
 */
function runListener(code: string, copies = 1, frameCount = 1) {
  const script = /<script>\n([\s\S]*)\n<\/script>/.exec(code)![1];
  const frames = Array.from({ length: frameCount }, (_, i) => ({ contentWindow: { name: `iframe ${i}` }, style: { height: '640px' } }));
  const fixed = { contentWindow: { name: 'a fixed-height iframe' }, style: { height: '480px' } };
  const listeners: ((event: { source: unknown; data: unknown }) => void)[] = [];
  const fakeWindow = { addEventListener: (type: string, fn: (typeof listeners)[number]) => type === 'message' && listeners.push(fn) };
  const fakeDocument = { querySelectorAll: (selector: string) => (selector === 'iframe[data-sourceline-auto]' ? frames : []) };
  for (let i = 0; i < copies; i++) new Function('window', 'document', script)(fakeWindow, fakeDocument);
  return {
    frames,
    fixed,
    listeners,
    deliver(data: unknown, source: unknown = frames[0].contentWindow) {
      for (const fn of listeners) fn({ source, data });
    }
  };
}

const RESIZE = (height: number) => `{"context":"iframe.resize","src":"x","height":${height}}`;

describe('the listener script', () => {
  const code = snippet(options);

  test('listens for messages once per pasted copy', () => expect(runListener(code).listeners).toHaveLength(1));

  test.each(MESSAGES)('from its iframe, %s', (_, data, height) => {
    const page = runListener(code);
    page.deliver(data);
    expect(page.frames[0].style.height).toBe(height === null ? '640px' : `${height}px`);
  });

  test.each([
    ['another window', { name: 'an ad' }],
    ['the page itself', null],
    ['a window that merely looks like it', { name: 'iframe 0' }],
    ['a fixed-height Sourceline iframe', 'fixed']
  ])('ignores a valid message from %s', (_, source) => {
    const page = runListener(code);
    page.deliver(RESIZE(900), source === 'fixed' ? page.fixed.contentWindow : source);
    expect(page.frames[0].style.height).toBe('640px');
    expect(page.fixed.style.height).toBe('480px');
  });

  test('sizes each of two pasted copies of the same snippet from its own messages', () => {
    const page = runListener(code, 2, 2);
    page.deliver(RESIZE(700), page.frames[0].contentWindow);
    page.deliver(RESIZE(900), page.frames[1].contentWindow);
    expect(page.frames.map((f) => f.style.height)).toEqual(['700px', '900px']);
  });

  test('does nothing (and does not throw) when there is no iframe on the page', () => {
    const page = runListener(code, 1, 0);
    expect(() => page.deliver(RESIZE(900), { name: 'gone' })).not.toThrow();
  });
});

describe('the bare iframe (oEmbed, hosts without scripts)', () => {
  const bare = bareIframe({ ...options, lang: null, title: 'T' });
  test('has width and height as attributes, since hosts may strip style', () => expect(bare).toContain(' width="680" height="720"'));
  test('keeps the sandbox without same-origin and has no script', () => {
    expect(bare).toContain(' sandbox="allow-scripts allow-popups"');
    expect(bare).not.toContain('<script');
  });
});
