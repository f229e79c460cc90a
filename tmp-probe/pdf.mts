import { launch, open, serve } from '/work/wt/i13/tests/e2e/harness.ts';
import { writeFileSync } from 'node:fs';
const site = await serve();
const browser = await launch();
try {
  for (const lang of ['de', 'en']) for (const variant of ['full', 'compact', 'worksheet']) {
    const { page } = await open(browser, site, { viewport: { width: 1000, height: 1400 } });
    await page.goto(`${site.base}?view=print&lang=${lang}&handout=${variant}&lanes=usa,russia,both`);
    await page.locator('[data-event-id]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;
    writeFileSync(`/tmp/i13/handout-${variant}-${lang}.pdf`, pdf);
    console.log(lang, variant, pages);
  }
} finally {
  await browser.close();
  await site.close();
}
