import { launch, open, serve } from '/work/wt/i13/tests/e2e/harness.ts';
const site = await serve();
const browser = await launch();
try {
  const { page, context } = await open(browser, site, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${site.base}?view=present#event=sullivan-returns`);
  await page.locator('.slide').waitFor();
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Vortragsansicht' }).click()]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.getByRole('heading', { name: 'Vortragsansicht' }).waitFor();
  await presenter.waitForTimeout(500);
  await presenter.screenshot({ path: '/tmp/i13/presenter.png' });
  await page.screenshot({ path: '/tmp/i13/projector.png' });
  const { page: p2 } = await open(browser, site, { viewport: { width: 1366, height: 900 } });
  await p2.goto(`${site.base}?lang=en`);
  await p2.getByRole('button', { name: 'Class kit' }).click();
  await p2.getByRole('img', { name: /QR code for Exercise/ }).waitFor();
  await p2.screenshot({ path: '/tmp/i13/kit-en.png' });
  const { page: p3 } = await open(browser, site, { viewport: { width: 390, height: 844 } });
  await p3.goto(`${site.base}?lang=de`);
  await p3.getByRole('button', { name: 'Unterrichtspaket' }).click();
  await p3.getByRole('img', { name: /QR-Code für Übung/ }).waitFor();
  await p3.screenshot({ path: '/tmp/i13/kit-phone.png' });
  await p3.goto(`${site.base}?view=quiz&lang=de`);
  await p3.getByRole('button', { name: 'Prüfen' }).click();
  await p3.waitForTimeout(300);
  await p3.screenshot({ path: '/tmp/i13/quiz-checked-phone.png', fullPage: true });
} finally {
  await browser.close();
  await site.close();
}
