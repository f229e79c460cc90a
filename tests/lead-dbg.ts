import { chromium } from 'playwright-core';
import { serve } from '/work/main/tests/e2e/harness.ts';
const site = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h, touch, q] of [[1280, 800, false, "#event=separate-press-conferences"], [1366, 768, false, "#event=separate-press-conferences"]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, hasTouch: touch, isMobile: touch, reducedMotion: 'reduce', locale: 'de-DE' });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(site.base + q);
  await page.waitForTimeout(1000);
  if (touch) { await page.locator('[data-event-id="separate-press-conferences"]').tap(); await page.waitForTimeout(800); }
  console.log(w, await page.evaluate(() => { const c = document.querySelector('[data-event-id="separate-press-conferences"]')!.getBoundingClientRect(); const s = document.getElementById('source')!; return { scrollY, top: c.top, bottom: c.bottom, sheetH: s.offsetHeight, docH: document.documentElement.scrollHeight, ih: innerHeight }; }));
}
await browser.close(); await site.close();
