import { describe, expect, test } from 'vitest';
import { oembedOutput, siteAddress } from '../../src/lib/embed/oembed.ts';

const TITLE = 'Der Weg zum Gipfel von Genf 2021';
const FRAME = `Zeitleiste: ${TITLE}`;

describe('oEmbed discovery is written only when the build knows its public address', () => {
  test.each([undefined, '', '   '])('SITE_URL %j writes nothing', (raw) => expect(oembedOutput(raw, TITLE, FRAME)).toBeNull());

  const output = oembedOutput('https://example.org/timeline/', TITLE, FRAME)!;
  const json = JSON.parse(output.json);

  test('the link points at oembed.json beside the page, with the title', () =>
    expect(output.link).toBe(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/timeline/oembed.json" title="Der Weg zum Gipfel von Genf 2021" />'
    ));
  test('the JSON is a rich oEmbed 1.0 response with the fields WordPress and Ghost need', () =>
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: TITLE, provider_name: 'Sourceline', provider_url: 'https://example.org/timeline/', width: 680, height: 720 }));
  test('its html is the iframe alone: no script, an absolute address in the reader’s language, width and height as attributes', () => {
    expect(json.html).toBe(
      '<iframe src="https://example.org/timeline/?embed=1" width="680" height="720" title="Zeitleiste: Der Weg zum Gipfel von Genf 2021"' +
        ' sandbox="allow-scripts allow-popups" loading="lazy" frameborder="0" style="width:100%;max-width:100%;border:0"></iframe>'
    );
    expect(json.html).not.toContain('<script');
    expect(json.html).not.toContain('allow-same-origin');
  });
  test('escapes markup in the title', () => {
    const evil = oembedOutput('https://example.org/', '"><script>', FRAME)!;
    expect(evil.link).toContain('title="&quot;&gt;&lt;script&gt;"');
    expect(JSON.parse(evil.json).title).toBe('"><script>');
  });
});

describe('the public address is normalised or refused with a message', () => {
  test.each([
    ['https://example.org/timeline/', 'https://example.org/timeline/'],
    ['https://example.org/timeline', 'https://example.org/timeline/'],
    ['https://example.org', 'https://example.org/'],
    ['http://localhost:8080/tl/index.html', 'http://localhost:8080/tl/index.html'],
    ['  https://example.org/a/  ', 'https://example.org/a/']
  ])('%s becomes %s', (raw, expected) => expect(siteAddress(raw)).toBe(expected));

  test.each([
    ['a relative path', '/timeline/', /absolute address/],
    ['another scheme', 'ftp://example.org/', /https:\/\//],
    ['a javascript: address', 'javascript:alert(1)', /https:\/\//],
    ['a query', 'https://example.org/?embed=1', /no query or fragment/],
    ['a fragment', 'https://example.org/#event=x', /no query or fragment/]
  ])('%s is refused', (_, raw, message) => expect(() => siteAddress(raw)).toThrow(message));

  test('the oEmbed file for a page given by its file name sits in the same directory', () =>
    expect(oembedOutput('https://example.org/tl/index.html', TITLE, FRAME)!.link).toContain('href="https://example.org/tl/oembed.json"'));
});
