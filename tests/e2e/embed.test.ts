import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { axe, clickUntil, dataset, open, serve, start, stop, SUBPATH, type Site } from './harness.ts';
import { snippet } from '../../src/lib/embed/snippet.ts';

/** The policy the issue asks for, and the strictest one the built site works under (README, "Hosting"). */
const CSP = {
  asked: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' https:; frame-ancestors *",
  strictest:
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:; frame-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors *; require-trusted-types-for 'script'; trusted-types svelte-trusted-html sourceline"
};
const EXAMPLE = 'embed-example.html';
const THEMES = ['light', 'dark', 'contrast'] as const;
const quoteOf = (id: string) => dataset.events.find((e) => e.id === id)!.sources[0].quote;

/** Host pages by name, served at `<SUBPATH>hosts/<name>.html`: they embed `../` (the built site). */
const HOSTS: Record<string, string> = {};
const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title><link rel="icon" href="data:,"></head><body><main><p>Before.</p>${body}<p>After.</p></main></body></html>`;
/** The shipped dataset with an address for each article, so that the reader shows links to the originals. */
// From the file as written (the harness's copy is normalised, which no dataset on disk is).
const RAW = JSON.parse(readFileSync('data/summit-2021.json', 'utf8')) as typeof dataset;
const WITH_URLS = JSON.stringify({ ...RAW, articles: RAW.articles.map((a, i) => ({ ...a, url: `https://news.example/article-${i}` })) });

function hosts(req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === `${SUBPATH}with-urls.json`) {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(WITH_URLS);
    return true;
  }
  const name = /\/hosts\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
  if (!name || !(name in HOSTS)) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOSTS[name]);
  return true;
}

let site: Site;
let browser: Browser;
before(async () => ({ site, browser } = await start({ extra: hosts })));
after(() => stop({ site, browser }));

/** Polls until `read` returns a value `ok` accepts; fails with the last value seen. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) assert.fail(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** Records, in the top window only, every message and whether it came from the iframe's window. */
async function recordMessages(context: BrowserContext) {
  await context.addInitScript(() => {
    if (window.top !== window) return;
    const log: { data: unknown; fromFrame: boolean }[] = ((window as unknown as { __messages: unknown[] }).__messages = []);
    addEventListener('message', (event) => log.push({ data: event.data, fromFrame: event.source === document.querySelector('iframe')?.contentWindow }));
  });
}
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: { data: unknown; fromFrame: boolean }[] }).__messages);

/** CSP violations in any frame become console errors, which open() records. */
async function reportViolations(context: BrowserContext) {
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`))
  );
}

async function embedFrame(page: Page): Promise<Frame> {
  const frame = await until(async () => page.frames().find((f) => f.url().includes('embed=1')), Boolean, 'the embedded frame');
  await frame!.waitForLoadState();
  return frame!;
}

const frameContentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
const noHorizontalScroll = (target: Page | Frame) => target.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Waits until the iframe is exactly as tall as its content, as the listener should make it. */
async function fitsContent(page: Page, frame: Frame, what: string) {
  await until(async () => [await iframeHeight(page), await frameContentHeight(frame)], ([outer, inner]) => outer === inner && inner > 300, `${what}: iframe height vs content height`);
}

describe('the example blog page embeds the built site in a sandboxed iframe', () => {
  for (const width of [360, 1024]) {
    test(`at ${width} px: the deep link shows its <mark>, the iframe fits its content, nothing else is loaded`, async () => {
      const { page, context, foreign, errors } = await open(browser, site, { viewport: { width, height: 800 } });
      await recordMessages(context);
      await page.goto(site.base + EXAMPLE);
      assert.equal(await page.locator('iframe').getAttribute('sandbox'), 'allow-scripts allow-popups');
      const frame = await embedFrame(page);
      assert.equal(await frame.evaluate(() => origin), 'null', 'the sandbox gives the timeline an opaque origin');

      await frame.locator('mark', { hasText: quoteOf('russia-recalls-antonow') }).waitFor();
      assert.equal(await frame.locator('[data-event-id="russia-recalls-antonow"]').getAttribute('aria-current'), 'true');

      await fitsContent(page, frame, 'after load');
      const received = (await messages(page)).filter((m) => m.fromFrame);
      assert.ok(received.length > 0, 'no message from the iframe');
      for (const { data } of received) {
        assert.equal(typeof data, 'string');
        const message = JSON.parse(data as string);
        assert.deepEqual(Object.keys(message), ['context', 'src', 'height']);
        assert.equal(message.context, 'iframe.resize');
        assert.ok(message.src.startsWith(`${site.base}?embed=1&lang=de`), message.src);
      }
      assert.equal(JSON.parse(received.at(-1)!.data as string).height, await iframeHeight(page));

      assert.equal(await page.evaluate(() => scrollY), 0, 'the blog page was scrolled by the embed');
      assert.ok(await noHorizontalScroll(page), 'the blog page scrolls sideways');
      assert.ok(await noHorizontalScroll(frame), 'the timeline scrolls sideways');
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
    });
  }

  test('selecting in the iframe updates its own hash, and the height follows selection and width', async () => {
    const { page, context, errors } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await recordMessages(context);
    await page.goto(site.base + EXAMPLE);
    const frame = await embedFrame(page);
    await fitsContent(page, frame, 'after load');

    await frame.locator('[data-event-id="geneva-summit"]').click();
    assert.equal(new URL(frame.url()).hash, '#event=geneva-summit');
    await frame.locator('mark', { hasText: quoteOf('geneva-summit') }).first().waitFor();
    await fitsContent(page, frame, 'after a selection');

    const wide = await iframeHeight(page);
    await page.setViewportSize({ width: 420, height: 800 });
    // The compact embed fills the frame it has: a narrower frame keeps its height and still fits.
    await fitsContent(page, frame, 'after a resize');
    assert.ok((await iframeHeight(page)) <= Math.max(wide, 960), 'the narrower frame stays within the phone cap');
    assert.deepEqual(errors, []);
  });

  test('a new #event= on the iframe’s address selects that event', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await page.goto(site.base + EXAMPLE);
    const frame = await embedFrame(page);
    await frame.locator('mark').first().waitFor();
    await page.evaluate(() => (document.querySelector('iframe')!.src = './?embed=1&lang=de#event=sullivan-returns'));
    await frame.locator('mark', { hasText: quoteOf('sullivan-returns') }).waitFor();
    assert.equal(await frame.locator('[data-event-id="sullivan-returns"]').getAttribute('aria-current'), 'true');
  });

  test('the listener ignores resize messages from any window but its iframe', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await page.goto(site.base + EXAMPLE);
    const frame = await embedFrame(page);
    await fitsContent(page, frame, 'after load');
    const before = await iframeHeight(page);
    await page.evaluate(() => postMessage(JSON.stringify({ context: 'iframe.resize', src: location.href, height: 123 }), '*'));
    await page.waitForTimeout(200);
    assert.equal(await iframeHeight(page), before);
  });

  test('"open full timeline" opens the full page in a new tab with the selection and the language', async () => {
    const { page, context } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await page.goto(site.base + EXAMPLE);
    const frame = await embedFrame(page);
    await frame.locator('[data-event-id="sullivan-returns"]').click();
    const link = frame.getByRole('link', { name: /Vollständige Zeitleiste öffnen/ });
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    const url = new URL(tab.url());
    assert.equal(url.searchParams.get('embed'), null);
    assert.equal(url.searchParams.get('lang'), 'de');
    assert.equal(url.hash, '#event=sullivan-returns');
    // The tab inherits the sandbox (no allow-popups-to-escape-sandbox) and must work all the same.
    await tab.locator('mark', { hasText: quoteOf('sullivan-returns') }).waitFor();
    await tab.getByRole('button', { name: 'Einbetten' }).waitFor();
  });
});

describe('served with a strict Content-Security-Policy', () => {
  for (const [name, policy] of Object.entries(CSP)) {
    test(`the ${name} policy: the embed and the full page with the dialog run without errors or violations`, async () => {
      // The blog page is the host's page, not ours: it gets no policy (its listener is inline).
      const strict = await serve({
        extra: (req, res) => {
          if (!req.url?.includes(EXAMPLE)) res.setHeader('content-security-policy', policy);
          return false;
        }
      });
      try {
        const { page, context, foreign, errors } = await open(browser, strict, { viewport: { width: 1024, height: 800 } });
        await reportViolations(context);
        await page.goto(strict.base + EXAMPLE);
        const frame = await embedFrame(page);
        await frame.locator('mark', { hasText: quoteOf('russia-recalls-antonow') }).waitFor();
        await fitsContent(page, frame, 'under CSP');
        await frame.locator('[data-event-id="geneva-summit"]').click();
        await frame.locator('mark', { hasText: quoteOf('geneva-summit') }).first().waitFor();

        await page.goto(`${strict.base}?theme=dark#event=geneva-summit`);
        assert.ok((await page.request.get(page.url())).headers()['content-security-policy']?.includes("script-src 'self'"));
        await page.getByRole('button', { name: 'Einbetten' }).click();
        const preview = await until(async () => page.frames().find((f) => f.url().includes('embed=1')), Boolean, 'the preview frame');
        await preview!.locator('[data-event-id="geneva-summit"]').waitFor();
        await page.getByLabel('Farbschema').selectOption('contrast');
        await page.waitForTimeout(300);
        assert.deepEqual(errors, []);
        assert.deepEqual(foreign, []);
      } finally {
        await strict.close();
      }
    });
  }
});

describe('embed mode on its own', () => {
  for (const width of [300, 360, 768]) {
    test(`never scrolls sideways at ${width} px, with or without a selection`, async () => {
      const { page } = await open(browser, site, { viewport: { width, height: 700 }, reducedMotion: 'reduce' });
      await page.goto(`${site.base}?embed=1`);
      await page.locator('[data-event-id]').first().waitFor();
      assert.ok(await noHorizontalScroll(page), 'without a selection');
      // Every event with a card (the others are counted in "+N" chips at this size).
      for (const id of await page.$$eval('[data-event-id]', (els) => els.map((e) => (e as HTMLElement).dataset.eventId!))) {
        await page.locator(`[data-event-id="${id}"]`).click();
        assert.ok(await noHorizontalScroll(page), `with ${id} selected`);
      }
    });
  }

  test('shows slim chrome: the title and a link to the full timeline instead of the masthead', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?embed=1&theme=dark#event=geneva-summit`);
    await page.getByRole('heading', { level: 1, name: 'Der Weg zum Gipfel von Genf 2021' }).waitFor();
    const link = page.getByRole('link', { name: 'Vollständige Zeitleiste öffnen (öffnet in neuem Tab)' });
    assert.equal(await link.getAttribute('href'), `${site.base}?theme=dark&lang=de#event=geneva-summit`);
    assert.equal(await page.getByRole('button', { name: 'Einbetten' }).count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  });

  test('?lanes= shows only the events of those lanes and ignores unknown ones', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?embed=1&lanes=russia,mars`);
    await page.locator('[data-event-id]').first().waitFor();
    const shown = await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    assert.deepEqual(shown, ['russia-recalls-antonow', 'russia-unfriendly-state', 'putin-talks-constructive', 'putin-on-the-arctic', 'putin-on-prisoner-exchange']);
  });

  for (const theme of THEMES) {
    test(`has no axe-core violations in the ${theme} theme, with a selection`, async () => {
      const { page } = await open(browser, site, { viewport: { width: 360, height: 800 } });
      await page.goto(`${site.base}?embed=1&theme=${theme}#event=geneva-summit`);
      await page.locator('mark').first().waitFor();
      assert.deepEqual(await axe(page), []);
    });
  }
});

describe('the "Einbetten / Embed" dialog', () => {
  async function openDialog(page: Page) {
    const opener = page.getByRole('button', { name: 'Einbetten' });
    const dialog = page.getByRole('dialog', { name: 'Zeitleiste einbetten' });
    await clickUntil(opener, dialog);
    return { opener, dialog };
  }
  const code = (page: Page) => page.getByLabel('HTML-Code zum Einfügen').inputValue();

  test('opens as a modal, closes on Escape and gives focus back to its button', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    const { opener, dialog } = await openDialog(page);
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is not in the dialog');
    assert.ok(await dialog.evaluate((d) => d.matches(':modal')), 'the dialog is not modal');
    await page.keyboard.press('Escape');
    await until(() => dialog.isVisible(), (visible) => !visible, 'the dialog after Escape');
    assert.ok(await opener.evaluate((button) => button === document.activeElement), 'focus did not return to the button');
  });

  test('builds the snippet from the chosen options and previews exactly its address', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}#event=sullivan-returns`);
    await openDialog(page);
    const initial = await code(page);
    assert.ok(initial.includes(`src="${site.base}?embed=1&amp;lang=de#event=sullivan-returns"`), initial);
    assert.ok(initial.includes('<script>'), 'auto height comes with the listener');

    await page.getByRole('radio', { name: 'Englisch' }).check();
    await page.getByLabel('Farbschema').selectOption('dark');
    await page.getByLabel('Ausgewähltes Ereignis beim Laden').selectOption('geneva-summit');
    await page.getByRole('dialog').getByRole('checkbox', { name: 'Beide' }).uncheck();
    await page.getByRole('radio', { name: 'fest' }).check();
    await page.getByLabel('Höhe in Pixeln').fill('480');
    const chosen = await code(page);
    const src = `${site.base}?embed=1&lang=en&theme=dark&lanes=usa,russia#event=geneva-summit`;
    assert.ok(chosen.includes(`src="${src.replaceAll('&', '&amp;')}"`), chosen);
    assert.ok(chosen.includes('title="Timeline: The road to the 2021 Geneva summit"'), chosen);
    assert.ok(chosen.includes('height:480px'), chosen);
    assert.ok(!chosen.includes('<script'), 'a fixed height needs no listener');
    assert.equal(await page.getByTitle('Vorschau der eingebetteten Zeitleiste').getAttribute('src'), src);
  });

  test('copies with one click and confirms it visibly and to screen readers', async () => {
    const { page, context } = await open(browser, site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(site.base);
    await openDialog(page);
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Code kopiert.' });
    await status.waitFor();
    assert.ok(await status.isVisible());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page));
    await page.getByRole('radio', { name: 'Englisch' }).check();
    await until(() => status.count(), (n) => n === 0, 'the confirmation after the code changed');
  });

  test('without a clipboard, selects the code and says how to copy it', async () => {
    const { page, context } = await open(browser, site);
    // A string, not a function: tsx would wrap a named function in a helper the page lacks.
    await context.addInitScript({ content: "Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });" });
    await page.goto(site.base);
    await openDialog(page);
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Code markiert' }).waitFor();
    const textarea = page.getByLabel('HTML-Code zum Einfügen');
    assert.ok(await textarea.evaluate((el: HTMLTextAreaElement) => el === document.activeElement && el.selectionStart === 0 && el.selectionEnd === el.value.length));
  });

  for (const theme of THEMES) {
    test(`has no axe-core violations when open, in the ${theme} theme`, async () => {
      const { page } = await open(browser, site);
      await page.goto(`${site.base}?theme=${theme}#event=geneva-summit`);
      await openDialog(page);
      assert.deepEqual(await axe(page), []);
    });
  }
});

/**
 * A stand-in for WordPress's wp-embed.js on a post (our own code, after its documented behaviour):
 * it sizes an iframe whose data-secret matches a {message: 'height', value, secret} object from
 * that iframe's window, clamped to 200–1000 px; on load it gives a secret to any
 * .wp-embedded-content iframe that lacks one (appending #?secret= to its address) and posts
 * {message: 'ready', secret} into each. A {message: 'link', value} to the iframe's own host, while
 * the iframe has focus, opens in this tab. It records every message it receives.
 */
const WP_HOST_SCRIPT = `<script>
window.received = [];
addEventListener("message", function (e) {
  var d = e.data;
  window.received.push(d);
  if (!d || typeof d !== "object" || typeof d.secret !== "string" || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    if (e.source !== frames[i].contentWindow) continue;
    if (d.message === "height") frames[i].height = Math.min(1000, Math.max(200, parseInt(d.value, 10)));
    var target = d.message === "link" ? new URL(d.value) : null;
    if (target && /^https?:$/.test(target.protocol) && target.host === new URL(frames[i].src).host && document.activeElement === frames[i]) location.href = d.value;
  }
});
addEventListener("load", function () {
  var frames = document.querySelectorAll("iframe.wp-embedded-content");
  for (var i = 0; i < frames.length; i++) {
    var secret = frames[i].getAttribute("data-secret");
    if (!secret) {
      secret = "LateSecret";
      frames[i].src += "#?secret=" + secret;
      frames[i].setAttribute("data-secret", secret);
    }
    frames[i].contentWindow.postMessage({ message: "ready", secret: secret }, "*");
  }
});
</script>`;
/** An iframe as WordPress writes an oEmbed result from a provider it does not know: its own sandbox, the secret in the address. */
const wpIframe = (hash: string, secret: string | null) =>
  `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="Zeitleiste" src="../?embed=1&amp;lang=de${hash}"` +
  `${secret ? ` data-secret="${secret}"` : ''} width="600" height="338" frameborder="0"></iframe>`;

HOSTS['wp-deep-link'] = hostPage(wpIframe('#event=geneva-summit#?secret=AbC123xyZ9', 'AbC123xyZ9') + WP_HOST_SCRIPT);
HOSTS['wp-secret-only'] = hostPage(wpIframe('#?secret=Zz9Yy8Xx7W', 'Zz9Yy8Xx7W') + WP_HOST_SCRIPT);
HOSTS['wp-late-secret'] = hostPage(wpIframe('', null) + WP_HOST_SCRIPT);

const SNIPPET_OPTIONS = { base: '../', lang: 'de', theme: 'auto', event: 'sullivan-returns', lanes: [], height: 'auto', title: 'Zeitleiste' } as const;
HOSTS['pasted-twice'] = hostPage(`${snippet(SNIPPET_OPTIONS)}\n<p>Between.</p>\n${snippet(SNIPPET_OPTIONS)}`);
HOSTS['original-article'] = hostPage(snippet({ ...SNIPPET_OPTIONS, event: 'geneva-summit', reader: true, data: 'with-urls.json' }));

type WpMessage = { message?: string; value?: number; secret?: string };
const wpHeights = (page: Page, secret: string) =>
  page.evaluate((s) => (window as unknown as { received: WpMessage[] }).received.filter((m) => m && typeof m === 'object' && m.message === 'height' && m.secret === s), secret);

describe('WordPress: an oEmbed iframe with #?secret= is sized by WordPress’s own protocol', () => {
  for (const [name, secret, event] of [
    ['wp-deep-link', 'AbC123xyZ9', 'geneva-summit'],
    ['wp-secret-only', 'Zz9Yy8Xx7W', null],
    ['wp-late-secret', 'LateSecret', null]
  ] as const) {
    test(`${name}: the host receives {message: 'height', value, secret}${event ? ', and the deep link still selects its event' : ''}`, async () => {
      const { page, errors, foreign } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
      await page.goto(`${site.base}hosts/${name}.html`);
      const frame = await embedFrame(page);
      await frame.locator('[data-event-id]').first().waitFor();
      const messages = await until(() => wpHeights(page, secret), (m) => m.length > 0, `height messages carrying ${secret}`);
      for (const m of messages) assert.ok(Number.isInteger(m.value) && m.value! > 0, JSON.stringify(m));
      // WordPress clamps to 200–1000 px; the iframe ends at the clamped content height.
      const content = await frameContentHeight(frame);
      await until(() => page.evaluate(() => Number(document.querySelector('iframe')!.getAttribute('height'))), (h) => h === Math.min(1000, Math.max(200, content)), 'the iframe’s height attribute');
      if (event) {
        await frame.locator('mark', { hasText: quoteOf(event) }).first().waitFor();
        assert.equal(await frame.locator(`[data-event-id="${event}"]`).getAttribute('aria-current'), 'true');
      } else assert.equal(await frame.locator('[data-event-id][aria-current="true"]').count(), 0, 'a secret alone selects nothing');
      assert.equal(await page.evaluate(() => scrollY), 0, 'the host page was scrolled');
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
    });
  }
});

describe('WordPress: links in its sandbox, which forbids new tabs', () => {
  test('"open full timeline" asks WordPress to open the full timeline in the reader’s tab', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await page.goto(`${site.base}hosts/wp-deep-link.html`);
    const frame = await embedFrame(page);
    await frame.locator('mark', { hasText: quoteOf('geneva-summit') }).first().waitFor();
    await Promise.all([page.waitForURL(/#event=geneva-summit$/), frame.getByRole('link', { name: /Vollständige Zeitleiste öffnen/ }).click()]);
    const url = new URL(page.url());
    assert.equal(url.pathname, SUBPATH);
    assert.equal(url.searchParams.get('embed'), null);
    await page.locator('mark', { hasText: quoteOf('geneva-summit') }).first().waitFor();
    assert.deepEqual(errors, []);
  });
});

describe('the same snippet pasted twice on one page', () => {
  test('sizes both iframes, each to its own content', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    await page.goto(`${site.base}hosts/pasted-twice.html`);
    const iframes = page.locator('iframe');
    assert.equal(await iframes.count(), 2);
    for (const i of [0, 1]) {
      await iframes.nth(i).scrollIntoViewIfNeeded(); // loading="lazy": the second loads when near the viewport
      const frame = (await (await iframes.nth(i).elementHandle())!.contentFrame())!;
      await frame.locator('[data-event-id]').first().waitFor();
      const height = () => iframes.nth(i).evaluate((el) => el.getBoundingClientRect().height);
      await until(async () => [await height(), await frameContentHeight(frame)], ([outer, inner]) => outer === inner && inner > 300, `iframe ${i + 1}: height vs content`);
    }
    assert.deepEqual(errors, []);
  });
});

describe('links inside the embed', () => {
  test('the original article opens in a new tab and never navigates the embed', async () => {
    const { page, context, errors } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
    // The article's server is not on this machine: answer its address here, so nothing leaves it.
    await context.route(/^https:\/\/news\.example\//, (route) => route.fulfill({ contentType: 'text/plain', body: 'the article' }));
    await page.goto(`${site.base}hosts/original-article.html`);
    const frame = await embedFrame(page);
    await frame.locator('mark', { hasText: quoteOf('geneva-summit') }).first().waitFor();
    // The full reader (reader=1) opens the whole article, where the link to the original is.
    await frame.getByRole('button', { name: /^Ganzen Artikel lesen/ }).first().click();
    await frame.locator('a[href^="https://news.example/"]').first().waitFor();
    const links = await frame.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })));
    const leaving = links.filter((l) => !l.href.startsWith('#'));
    assert.ok(leaving.some((l) => l.href.startsWith('https://news.example/')), `no link to the original article: ${JSON.stringify(links)}`);
    for (const link of leaving) {
      assert.equal(link.target, '_blank', `${link.href} would navigate the embed`);
      assert.ok(link.rel.includes('noopener'), `${link.href} lacks rel=noopener`);
    }
    const before = frame.url();
    const original = frame.locator('a[href^="https://news.example/"]').first();
    await original.scrollIntoViewIfNeeded();
    const [tab] = await Promise.all([context.waitForEvent('page'), original.click()]);
    assert.match(tab.url(), /^https:\/\/news\.example\/article-\d$/);
    assert.equal(frame.url(), before, 'the embed navigated');
    assert.deepEqual(errors, []);
  });
});

describe('oEmbed discovery', () => {
  test('the build without SITE_URL writes neither the link nor oembed.json', () => {
    assert.ok(!readFileSync('dist/index.html', 'utf8').includes('application/json+oembed'));
    assert.ok(!existsSync('dist/oembed.json'));
  });

  test('SITE_URL=<address> npm run build writes both, and the oEmbed html embeds the timeline as a host would paste it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sourceline-oembed-'));
    try {
      const build = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        env: { ...process.env, SITE_URL: site.base },
        encoding: 'utf8'
      });
      assert.equal(build.status, 0, build.stderr);
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      assert.ok(
        index.includes(`<link rel="alternate" type="application/json+oembed" href="${site.base}oembed.json" title="Der Weg zum Gipfel von Genf 2021" />`),
        index
      );
      assert.ok(index.indexOf('application/json+oembed') < index.indexOf('</head>'), 'the link is not in the head');
      const json = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8'));
      assert.equal(json.type, 'rich');
      assert.equal(json.version, '1.0');
      assert.equal(json.provider_name, 'Sourceline');
      assert.ok(json.width > 0 && json.height > 0);
      assert.ok(!json.html.includes('<script'));

      // Ghost puts the html into the post as it is.
      HOSTS['ghost'] = hostPage(json.html);
      const { page, errors, foreign } = await open(browser, site, { viewport: { width: 1024, height: 800 } });
      await page.goto(`${site.base}hosts/ghost.html`);
      const frame = await embedFrame(page);
      await frame.locator('[data-event-id]').first().waitFor();
      assert.equal(await iframeHeight(page), json.height);
      assert.equal(await page.locator('iframe').getAttribute('sandbox'), 'allow-scripts allow-popups');
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the dialog previews at true size and writes every option', () => {
  test('360 / 680 px / full width, the chosen or the measured height, filters and the full reader', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${site.base}#event=sullivan-returns`);
    await page.getByRole('button', { name: 'Einbetten' }).click();
    const preview = page.getByTitle('Vorschau der eingebetteten Zeitleiste');
    const box = () => preview.evaluate((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height].map(Math.round));
    const frame = await until(async () => page.frames().find((f) => f.url().includes('embed=1')), Boolean, 'the preview frame');
    await frame!.locator('[data-event-id]').first().waitFor();

    // Auto height: the preview takes the height the embed reports, as the snippet's listener would.
    await until(async () => [(await box())[1], await frameContentHeight(frame!)], ([outer, inner]) => outer === inner, 'preview height vs content (auto)');
    assert.equal((await box())[0], 680, 'a blog column by default on a wide screen');
    await page.getByRole('radio', { name: 'Telefon, 360 px' }).check();
    await until(box, ([w]) => w === 360, 'the phone width');
    await page.getByRole('radio', { name: 'volle Breite' }).check();
    await until(box, ([w]) => w > 680, 'the full width');
    await page.getByRole('radio', { name: 'fest' }).check();
    await page.getByLabel('Höhe in Pixeln').fill('480');
    await until(box, ([, h]) => h === 480, 'the fixed height');

    const code = () => page.getByLabel('HTML-Code zum Einfügen').inputValue();
    assert.ok(!(await code()).includes('theme='), 'theme=auto is the default and is not written');
    await page.getByRole('checkbox', { name: 'Filter und Suche' }).check();
    await page.getByRole('checkbox', { name: /Ganze Artikel zum Lesen/ }).check();
    assert.ok((await code()).includes(`src="${site.base}?embed=1&amp;lang=de&amp;controls=1&amp;reader=1#event=sullivan-returns"`), await code());
    assert.equal(await preview.getAttribute('src'), `${site.base}?embed=1&lang=de&controls=1&reader=1#event=sullivan-returns`);
    assert.deepEqual(errors, []);
  });

  test('a dataset from this site that the sandboxed embed may not read gets no code, and says why and what to do', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${site.base}?data=examples/lindenau-bridge.json`);
    await page.getByRole('button', { name: 'Einbetten' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Für diese Zeitleiste gibt es keinen Einbettungscode').waitFor();
    await dialog.getByText('Access-Control-Allow-Origin: *').first().waitFor();
    assert.equal(await page.getByLabel('HTML-Code zum Einfügen').count(), 0);
    assert.deepEqual(await axe(page), []);
  });

  test('a dataset from this site served with Access-Control-Allow-Origin: * gets its code (in English too)', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    await page.goto(`${site.base}?lang=en&data=with-urls.json`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByLabel('HTML code to paste').inputValue();
    assert.ok(code.includes('&amp;data=with-urls.json'), code);
  });
});
