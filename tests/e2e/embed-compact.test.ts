/**
 * The embed as a figure in a blog post: a compact frame whose auto height stays within a phone's
 * and a laptop's cap before and after a reader chooses events, that never moves the host page,
 * and that shows the event chosen on load with its sentence at a fixed height.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'playwright-core';
import { axe, dataset, open, start, stop, type Site } from './harness.ts';

let site: Site;
let browser: Browser;
const FIXED = 'fixed-host.html';
before(async () => {
  ({ site, browser } = await start({
    extra: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.endsWith(FIXED)) return false;
      const event = url.searchParams.get('event') ?? '';
      const height = Number(url.searchParams.get('height') ?? 480);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Post</title></head>
<body><main style="max-width:680px;margin:0 auto"><h1>A post</h1><p>Text before.</p>
<iframe src="./?embed=1&amp;lang=de#event=${encodeURIComponent(event)}" title="Zeitleiste" sandbox="allow-scripts allow-popups" style="width:100%;border:0;height:${height}px"></iframe>
<p>Text after.</p></main></body></html>`);
      return true;
    }
  }));
});
after(() => stop({ site, browser }));

const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
async function embedFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (frame) {
      await frame.waitForLoadState();
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('no embedded frame');
}

/** The heights the frame takes over a second: auto height must have settled, not be climbing. */
async function settledHeight(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await iframeHeight(page);
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(150);
  }
  return last;
}

for (const [width, cap] of [
  [1024, 720],
  [360, 960]
] as const) {
  describe(`the example post at ${width} px`, () => {
    test(`auto height stays within ${cap} px before and after choosing events, and the host page does not move`, async () => {
      const { page, errors } = await open(browser, site, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      await page.goto(site.base + 'embed-example.html');
      const frame = await embedFrame(page);
      await frame.locator('mark').first().waitFor();
      const first = await settledHeight(page);
      assert.ok(first > 300 && first <= cap, `height after load: ${first}`);
      for (const id of ['separate-press-conferences', 'biden-takes-office', 'geneva-summit']) {
        // A click from inside the frame: Playwright's own click would first scroll the host page to the element.
        await frame.locator(`[data-event-id="${id}"]`).evaluate((el: HTMLElement) => el.click());
        await frame.waitForFunction((id) => location.hash === `#event=${id}`, id);
        const h = await settledHeight(page);
        assert.ok(h <= cap, `height after choosing ${id}: ${h}`);
      }
      assert.equal(await page.evaluate(() => scrollY), 0, 'the host page moved');
      assert.deepEqual(errors, []);
    });
  });
}

describe('the compact embed on its own', () => {
  test('has no axe violations, with and without a selection, with controls and with the full reader', async () => {
    for (const query of ['?embed=1', '?embed=1#event=geneva-summit', '?embed=1&controls=1#event=sullivan-returns', '?embed=1&reader=1&lang=en#event=sullivan-returns']) {
      const { page, context } = await open(browser, site, { viewport: { width: 680, height: 640 }, reducedMotion: 'reduce' });
      await page.goto(site.base + query);
      await page.locator('[data-event-id]').first().waitFor();
      await page.locator('#source').waitFor();
      assert.deepEqual(await axe(page), [], query);
      await context.close();
    }
  });
});

describe('no scroll trap', () => {
  test('in an embed the plain wheel scrolls the page and says how to zoom; Ctrl + wheel zooms', async () => {
    const { page } = await open(browser, site, { viewport: { width: 680, height: 640 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}?embed=1`);
    const viewport = page.locator('[data-timeline-viewport]');
    await viewport.waitFor();
    const ticks = () => viewport.locator('text').allTextContents();
    const before = await ticks();
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.wheel(0, -300);
    await page.getByRole('status').filter({ hasText: 'Strg (⌘) + Mausrad' }).waitFor();
    assert.deepEqual(await ticks(), before, 'the plain wheel zoomed the embedded timeline');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction((before) => JSON.stringify([...document.querySelectorAll('[data-timeline-viewport] text')].map((t) => t.textContent)) !== before, JSON.stringify(before));
  });
});

describe('a fixed-height embed', () => {
  for (const [height, width] of [
    [480, 1024],
    [400, 1024],
    [480, 360]
  ] as const)
    test(`${height} px high at ${width} px: the event chosen on load and its sentence are on the embed's screen`, async () => {
      for (const event of dataset.events.map((e) => e.id)) {
        const { page, context } = await open(browser, site, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
        await page.goto(`${site.base}${FIXED}?event=${event}&height=${height}`);
        const frame = await embedFrame(page);
        await frame.locator('mark').first().waitFor();
        const quotes = dataset.events.find((e) => e.id === event)!.sources.map((s) => s.quote);
        const check = `(() => {
          const quotes = ${JSON.stringify(quotes)};
          const inside = (b) => b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;
          const mark = [...document.querySelectorAll('mark')].some((m) => quotes.some((q) => q.includes(m.textContent)) && inside(m.getBoundingClientRect()));
          const c = document.querySelector('[data-event-id="${event}"]').getBoundingClientRect();
          const box = document.querySelector('[data-scroll-box]')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
          const card = c.bottom > Math.max(0, box.top) && c.top < Math.min(innerHeight, box.bottom);
          return mark && card;
        })()`;
        const ok = await frame.waitForFunction(check, null, { timeout: 15000, polling: 'raf' }).then(() => true, () => false);
        assert.ok(ok, `${event}: the event or its marked sentence is not on the embed's screen`);
        await context.close();
      }
    });
});
