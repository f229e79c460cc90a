import { launch, open, serve } from '/work/wt/i13/tests/e2e/harness.ts';
const site = await serve();
const browser = await launch();
try {
  const { page } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
  await page.goto(`${site.base}?view=present#event=talks-three-and-a-half-hours`);
  await page.locator('.slide').waitFor();
  const m = () => page.evaluate(() => ({ w: innerWidth, h: innerHeight, h1: getComputedStyle(document.querySelector('.slide h1')!).fontSize, fit: getComputedStyle(document.querySelector('.present')!).getPropertyValue('--fit'), over: document.documentElement.scrollHeight - innerHeight }));
  console.log('before', await m());
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.waitForTimeout(300);
  console.log('full', await m());
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.waitForTimeout(300);
  console.log('after', await m());
} finally {
  await browser.close();
  await site.close();
}
