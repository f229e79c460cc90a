import { launch, open, serve } from '/work/wt/i13/tests/e2e/harness.ts';
import { readFileSync } from 'node:fs';
const site = await serve();
const browser = await launch();
const log = (...a: unknown[]) => console.log(...a);
try {
  const { page, errors, context } = await open(browser, site, { viewport: { width: 1366, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.goto(site.base);
  await page.locator('[data-event-id]').first().waitFor();
  await page.locator('input[type=file]').setInputFiles('public/examples/lindenau-bridge.json');
  await page.getByText(/lindenau-bridge.json geladen|Angezeigt/).first().waitFor();
  log('file loaded; events', await page.locator('[data-event-id]').count());
  await page.getByRole('link', { name: 'Präsentieren' }).click();
  await page.locator('.slide').waitFor();
  log('slide', await page.locator('.slide').getAttribute('data-event-id'), page.url());
  await page.getByRole('link', { name: 'Zur Zeitleiste' }).click();
  await page.getByRole('link', { name: 'Reihenfolge üben' }).click();
  await page.getByRole('button', { name: 'Prüfen' }).waitFor();
  log('quiz', await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))));
  await page.goBack();
  log('after back', page.url()); await page.goBack(); log(page.url()); await page.goBack();
  log('after back', page.url(), await page.locator('[data-event-id]').count());
  // class kit
  await page.getByRole('button', { name: 'Unterrichtspaket' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Unterrichtspaket' }).waitFor();
  await dialog.locator('#kit-quiz-href').waitFor();
  const href = await dialog.locator('#kit-quiz-href').inputValue();
  log('kit quiz link length', href.length, href.slice(0, 140));
  log('qr count', await dialog.getByRole('img').count(), await dialog.locator('.no-qr').allTextContents());
  await page.screenshot({ path: '/tmp/i13/kit.png', fullPage: false });
  const p2 = await context.newPage();
  await p2.goto(href);
  await p2.getByRole('button', { name: 'Prüfen' }).waitFor();
  log('opened from fragment link', await p2.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))));
  log('errors', errors);
  // default round
  await page.goto(`${site.base}?view=quiz`);
  await page.getByRole('button', { name: 'Prüfen' }).waitFor();
  log('default round', await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))));
  await page.screenshot({ path: '/tmp/i13/quiz.png' });
} finally {
  await browser.close();
  await site.close();
}
