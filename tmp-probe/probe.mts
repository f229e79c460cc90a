import { launch, open, serve } from '/work/wt/i13/tests/e2e/harness.ts';
const site = await serve();
const browser = await launch();
try {
  for (const [w, h, lang] of [[1024, 768, 'en'], [1366, 768, 'en'], [1024, 768, 'de'], [1920, 1080, 'en']] as const) {
    const { page, errors } = await open(browser, site, { viewport: { width: w, height: h } });
    await page.goto(`${site.base}?view=present&lang=${lang}`);
    await page.locator('[data-event-id]').waitFor();
    const rows = [];
    for (let i = 0; i < 15; i++) {
      const r = await page.evaluate(() => ({
        id: document.querySelector('[data-event-id]')!.getAttribute('data-event-id'),
        quote: [...document.querySelectorAll('blockquote')].map((b) => parseFloat(getComputedStyle(b).fontSize)),
        title: parseFloat(getComputedStyle(document.querySelector('.slide h1')!).fontSize),
        fit: getComputedStyle(document.querySelector('.present')!).getPropertyValue('--fit'),
        overflow: document.documentElement.scrollHeight - innerHeight
      }));
      rows.push(r);
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(50);
    }
    console.log(w, h, lang, rows.filter((r) => r.overflow > 0 || r.title < 32).map((r) => JSON.stringify(r)));
    await page.screenshot({ path: `/tmp/i13/present-${w}-${lang}.png` });
    console.log(errors);
  }
} finally {
  await browser.close();
  await site.close();
}
