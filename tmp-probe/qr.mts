import { launch, open, serve, axe } from '/work/wt/i13/tests/e2e/harness.ts';
const site = await serve();
const browser = await launch();
try {
  const { page } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
  await page.goto(`${site.base}?lang=de`);
  await page.getByRole('button', { name: 'Unterrichtspaket' }).click();
  await page.getByRole('img', { name: /QR-Code für Übung/ }).waitFor();
  console.log(await axe(page));
  await page.getByRole('region', { name: 'Übung: Reihenfolge' }).getByRole('button', { name: 'QR-Code groß zeigen' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/i13/qr-large.png' });
} finally {
  await browser.close();
  await site.close();
}
