import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axe, dataset, open, start, stop, type Site } from './harness.ts';

let site: Site;
let browser: Browser;
before(async () => ({ site, browser } = await start()));
after(() => stop({ site, browser }));

describe('the first page, served from a sub-path', () => {
  test('every event selected in turn shows a <mark> whose text is in the cited article', async () => {
    const { page, foreign, errors } = await open(browser, site);
    await page.goto(site.base);
    for (const event of dataset.events) {
      await page.locator(`[data-event-id="${event.id}"]`).click();
      assert.equal(new URL(page.url()).hash, `#event=${event.id}`);
      const marks = await page.locator('mark').allTextContents();
      assert.ok(marks.length > 0, `${event.id}: no <mark> shown`);
      const paragraphs = dataset.articles.flatMap((a) => a.paragraphs);
      for (const mark of marks) assert.ok(paragraphs.some((p) => p.includes(mark)), `${event.id}: marked text not in an article: ${mark}`);
      for (const source of event.sources) assert.ok(marks.includes(source.quote), `${event.id}: quote not marked: ${source.quote}`);
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });

  test('a #event= deep link selects that event on load', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}#event=sullivan-returns`);
    await page.locator('mark', { hasText: 'Sullivan kehrte dann im April in die USA zurück.' }).waitFor();
    assert.equal(await page.locator('[data-event-id="sullivan-returns"]').getAttribute('aria-current'), 'true');
  });

  test('an event’s accessible name holds its date and title, in German by default', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await page.getByRole('button', { name: /März 2021.*Russland ruft Botschafter Antonow zurück/ }).waitFor();
    await page.getByRole('button', { name: /16\. Juni 2021.*Gipfeltreffen in der Villa La Grange/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  });

  test('?lang=en switches the interface and the date format', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?lang=en`);
    await page.getByRole('button', { name: /16 June 2021.*Summit at the Villa La Grange/ }).waitFor();
    await page.getByRole('button', { name: /by March 2021.*Biden labels Putin a “killer”/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });

  test('the page has no axe-core violations, with and without a selection', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    assert.deepEqual(await axe(page), []);
    await page.locator('[data-event-id="geneva-summit"]').click();
    assert.deepEqual(await axe(page), []);
  });
});
