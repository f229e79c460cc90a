import { chromium } from 'playwright-core';
import { serve } from '/work/main/tests/e2e/harness.ts';
const site = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
const page = await ctx.newPage();
await page.goto(site.base);
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [scrollY, document.documentElement.scrollHeight, document.querySelector('main')!.getBoundingClientRect().height, getComputedStyle(document.querySelector('main')!).paddingBottom]));
await page.locator('[data-event-id="separate-press-conferences"]').tap();
for (let i = 0; i < 6; i++) { console.log(await page.evaluate(() => [scrollY, document.documentElement.scrollHeight, document.querySelector('main')!.getBoundingClientRect().height, getComputedStyle(document.querySelector('main')!).paddingBottom, document.querySelector('main')!.className])); await page.waitForTimeout(100); }
await browser.close(); await site.close();
