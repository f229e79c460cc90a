import { launch, open, serve } from './harness.ts';
const ARTICLE = [
  'Genf (AFP) – US-Präsident Joe Biden und Kremlchef Wladimir Putin sind am Mittwoch in Genf zu ihrem ersten Gipfeltreffen zusammengekommen. Im März hatte Russland seinen Botschafter aus Washington zurückgerufen.',
  'Biden hatte Putin im Januar in einem Interview als „Killer“ bezeichnet. Am 15. April 2021 verhängten die USA neue Sanktionen gegen Russland.',
  'Im Mai hatte Russland die USA auf eine Liste „unfreundlicher Staaten“ gesetzt. Putin sagte nach dem Treffen, das Gespräch sei „konstruktiv“ gewesen.'
].join('\n\n');
const site = await serve(); const browser = await launch();
for (const [w, h] of [[390, 844], [1366, 768], [1920, 1080]]) {
  const { page, errors } = await open(browser, site, { viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  await page.goto(`${site.base}?view=edit&lang=de`);
  await page.screenshot({ path: `/tmp/i15e-shots/empty-${w}.png`, fullPage: false });
  await page.getByLabel(/^Artikeltext/).fill(ARTICLE);
  await page.getByLabel(/^Agentur oder Autor/).fill('AFP');
  await page.getByLabel(/^Erscheinungsdatum/).fill('2021-06-16');
  await page.getByRole('button', { name: 'Artikel übernehmen' }).click();
  for (const s of ['Im März hatte', 'Am 15. April', 'sind am Mittwoch']) {
    await page.locator('[data-sentence]', { hasText: s }).click();
    await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).click();
  }
  await page.locator('[data-sentence]', { hasText: 'Im Mai hatte' }).click();
  await page.screenshot({ path: `/tmp/i15e-shots/edit-${w}.png`, fullPage: true });
  console.log(w, errors);
}
await browser.close(); await site.close();
