import { describe, expect, test } from 'vitest';
import { clampFixedHeight, embedSrc, escapeHtml, frameId, snippet, type EmbedOptions } from '../../src/lib/embed/snippet.ts';
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
    ['lanes, with readable commas', { lanes: ['usa', 'both'] }, 'https://example.org/sourceline/?embed=1&lang=de&lanes=usa,both'],
    ['a start event', { event: 'geneva-summit' }, 'https://example.org/sourceline/?embed=1&lang=de#event=geneva-summit'],
    ['another dataset, encoded', { data: 'https://data.example/a b.json?x=1&y=2' }, 'https://example.org/sourceline/?embed=1&lang=de&data=https%3A%2F%2Fdata.example%2Fa%20b.json%3Fx%3D1%26y%3D2'],
    ['a relative base', { base: './', event: 'a' }, './?embed=1&lang=de#event=a']
  ] as [string, Partial<EmbedOptions>, string][])('%s', (_, change, expected) => expect(embedSrc({ ...options, ...change })).toBe(expected));
});

describe('the snippet', () => {
  const auto = snippet({ ...options, event: 'geneva-summit' });
  const iframe = auto.split('\n')[0];

  test('is an iframe with a name, lazy loading, a sandbox without same-origin and full width', () => {
    expect(iframe).toMatch(/^<iframe id="sourceline-[0-9a-z]+" src="[^"]+"/);
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
    expect(fixed).toContain('height:480px"');
  });
  test('two different embeds get different ids; the same one the same id', () => {
    expect(frameId('./?embed=1&lang=de')).toBe(frameId('./?embed=1&lang=de'));
    expect(frameId('./?embed=1&lang=de')).not.toBe(frameId('./?embed=1&lang=en'));
    expect(frameId('x')).toMatch(/^sourceline-[0-9a-z]+$/);
  });
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
 * Runs the snippet's listener script against a fake page: `frame` is its iframe, and `deliver`
 * dispatches a message event as the browser would.
 */
function runListener(code: string) {
  const id = /id="([^"]+)"/.exec(code)![1];
  const script = /<script>\n([\s\S]*)\n<\/script>/.exec(code)![1];
  const frame = { id, contentWindow: { name: 'the iframe' }, style: { height: '640px' } };
  const listeners: ((event: { source: unknown; data: unknown }) => void)[] = [];
  const fakeWindow = { addEventListener: (type: string, fn: (typeof listeners)[number]) => type === 'message' && listeners.push(fn) };
  const fakeDocument = { getElementById: (wanted: string) => (wanted === id ? frame : null) };
  new Function('window', 'document', script)(fakeWindow, fakeDocument);
  return {
    frame,
    listeners,
    deliver(data: unknown, source: unknown = frame.contentWindow) {
      for (const fn of listeners) fn({ source, data });
    }
  };
}

describe('the listener script', () => {
  const code = snippet(options);

  test('listens for messages once', () => expect(runListener(code).listeners).toHaveLength(1));

  test.each(MESSAGES)('from its iframe, %s', (_, data, height) => {
    const page = runListener(code);
    page.deliver(data);
    expect(page.frame.style.height).toBe(height === null ? '640px' : `${height}px`);
  });

  test.each([
    ['another window', { name: 'an ad' }],
    ['the page itself', null],
    ['a window that merely looks like it', { name: 'the iframe' }]
  ])('ignores a valid message from %s', (_, source) => {
    const page = runListener(code);
    page.deliver('{"context":"iframe.resize","src":"x","height":900}', source);
    expect(page.frame.style.height).toBe('640px');
  });

  test('does nothing (and does not throw) when its iframe was removed from the page', () => {
    const script = /<script>\n([\s\S]*)\n<\/script>/.exec(code)![1];
    const listeners: ((event: unknown) => void)[] = [];
    new Function('window', 'document', script)({ addEventListener: (_: string, fn: (e: unknown) => void) => listeners.push(fn) }, { getElementById: () => null });
    expect(() => listeners[0]({ source: null, data: '{"context":"iframe.resize","src":"x","height":900}' })).not.toThrow();
  });
});
