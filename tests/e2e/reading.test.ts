/**
 * The reading loop as a reader meets it: choose an event (deep link, click, keyboard walk) and its
 * source sentence is marked on screen, beside the timeline on laptops and in a sheet on phones,
 * without scrolling; the first event is near the top of the first screen.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { axe, dataset, open, start, stop, type Site } from './harness.ts';

let site: Site;
let browser: Browser;
before(async () => ({ site, browser } = await start()));
after(() => stop({ site, browser }));

const SIZES = [
  { name: 'laptop 1366×768', viewport: { width: 1366, height: 768 }, touch: false, firstEventBelow: 0.45 },
  { name: 'laptop 1280×800', viewport: { width: 1280, height: 800 }, touch: false, firstEventBelow: 0.45 },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, touch: true, firstEventBelow: 0.5 }
];

const quotesOf = (id: string) => dataset.events.find((e) => e.id === id)!.sources.map((s) => s.quote);

/** The event whose element is lowest on the page. */
function lowest(page: Page): Promise<string> {
  return page.evaluate(() => {
    let id = '';
    let y = -Infinity;
    for (const el of document.querySelectorAll<HTMLElement>('[data-event-id]')) {
      const box = el.getBoundingClientRect();
      if (box.height && box.top + scrollY > y) [y, id] = [box.top + scrollY, el.dataset.eventId!];
    }
    return id;
  });
}

/** A <mark> holding one of the event's quotes lies wholly inside the viewport, and the event is at least partly visible. */
async function assertOnScreen(page: Page, id: string, how: string) {
  await page.waitForFunction((id) => location.hash === `#event=${id}`, id);
  await page.locator('mark').first().waitFor();
  // The page may settle for a few frames (cards placed, the sheet opening): wait for the state, then report it.
  const measure = (quotes: string[]) => {
    const marks = [...document.querySelectorAll('mark')].filter((m) => quotes.some((q) => q.includes(m.textContent!) || m.textContent!.includes(q)));
    const card = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(location.hash.slice(7))}"]`)!.getBoundingClientRect();
    const sheet = document.querySelector('.pane.sheet');
    const covered = sheet ? sheet.getBoundingClientRect().top : innerHeight;
    return {
      markVisible: marks.some((m) => {
        const b = m.getBoundingClientRect();
        return b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;
      }),
      cardVisible: card.bottom > 0 && card.top < covered && card.right > 0 && card.left < innerWidth
    };
  };
  await page.waitForFunction(`((${measure})(${JSON.stringify(quotesOf(id))})).markVisible && ((${measure})(${JSON.stringify(quotesOf(id))})).cardVisible`, null, { timeout: 10000, polling: 'raf' }).catch(() => {});
  const state = await page.evaluate(`(${measure})(${JSON.stringify(quotesOf(id))})`) as ReturnType<typeof measure>;
  assert.ok(state.markVisible, `${how}: no marked source sentence of ${id} wholly on screen`);
  assert.ok(state.cardVisible, `${how}: the selected event ${id} is not visible`);
}

for (const size of SIZES) {
  describe(`the reading loop at ${size.name}`, () => {
    const context = () => open(browser, site, { viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch, reducedMotion: 'reduce' });

    test('the first event starts near the top of the first screen', async () => {
      const { page } = await context();
      await page.goto(site.base);
      await page.locator('[data-event-id]').first().waitFor();
      const top = await page.evaluate(() => Math.min(...[...document.querySelectorAll('[data-event-id]')].map((e) => e.getBoundingClientRect().top)));
      assert.ok(top < size.viewport.height * size.firstEventBelow, `first event at ${top}px of ${size.viewport.height}`);
    });

    test('a deep link to the lowest event shows the event and its marked sentence', async () => {
      const probe = await context();
      await probe.page.goto(site.base);
      await probe.page.locator('[data-event-id]').first().waitFor();
      const id = await lowest(probe.page);
      const { page, errors } = await context();
      await page.goto(`${site.base}#event=${id}`);
      await assertOnScreen(page, id, 'deep link');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
    });

    test('a click (or tap) on the lowest event shows its marked sentence without scrolling', async () => {
      const { page } = await context();
      await page.goto(site.base);
      await page.locator('[data-event-id]').first().waitFor();
      const id = await lowest(page);
      const card = page.locator(`[data-event-id="${id}"]`);
      if (size.touch) await card.tap();
      else await card.click();
      await assertOnScreen(page, id, 'click');
    });

    test('a keyboard walk to the last event (End, Enter) keeps it and its sentence on screen', async () => {
      const { page } = await context();
      await page.goto(site.base);
      await page.locator('[data-event-id]').first().focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId!);
      assert.ok(id, 'the focus left the events');
      await assertOnScreen(page, id, 'keyboard walk');
    });
  });
}

describe('the reading pane', () => {
  test('selecting from the article brings a far event into view (linking runs both ways)', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.base);
    await page.getByRole('button', { name: 'Alles zeigen' }).waitFor();
    const zoomIn = page.getByRole('button', { name: 'Vergrößern' });
    for (let i = 0; i < 10 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await page.waitForTimeout(350);
    await page.getByRole('button', { name: /Biden und Putin einigen sich/ }).click();
    await page.locator('[data-source-for="sullivan-returns"]').click();
    assert.equal(new URL(page.url()).hash, '#event=sullivan-returns');
    const view = (await page.locator('[data-timeline-viewport]').boundingBox())!;
    const card = (await page.locator('[data-event-id="sullivan-returns"]').boundingBox())!;
    assert.ok(card.x >= view.x - 1 && card.x + 20 < view.x + view.width, 'the selected event is in view');
    assert.equal(await page.locator('mark').textContent(), 'Sullivan kehrte dann im April in die USA zurück.');
    assert.equal(await page.locator('[data-event-id="sullivan-returns"]').getAttribute('aria-current'), 'true');
  });

  test('every linked sentence in both articles selects an event that cites it', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.base);
    let total = 0;
    for (const article of ['Biden und Putin einigen sich', 'Gipfel in Genf endet']) {
      await page.getByRole('button', { name: new RegExp(article) }).click();
      const links = page.locator('#source [data-source-for]');
      await links.first().waitFor();
      const count = await links.count();
      total += count;
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const cited = (await link.getAttribute('data-source-for'))!.split(' ');
        await link.click();
        const selected = decodeURIComponent(new URL(page.url()).hash.replace('#event=', ''));
        assert.ok(cited.includes(selected), `${selected} cites sentence ${i}`);
        assert.equal(await link.locator('mark').count(), 1, 'the activated sentence is marked');
      }
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: new RegExp(article) }).waitFor();
    }
    assert.ok(total >= 20, `${total} linked sentences`);
  });

  test('filters by lane and topic and searches; the count is announced', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.base);
    const status = page.getByRole('status').filter({ hasText: /Ereignisse/ });
    assert.equal(await status.textContent(), '15 Ereignisse');
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByRole('checkbox', { name: 'USA' }).uncheck();
    await filters.getByRole('checkbox', { name: 'Beide' }).uncheck();
    assert.equal(await status.textContent(), '5 von 15 Ereignissen');
    assert.equal(await page.locator('[data-event-id]').count(), 5);
    assert.equal(await page.locator('[data-timeline-viewport]').getByText('USA', { exact: true }).count(), 0, 'the USA lane is gone');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await filters.getByRole('button', { name: 'Themen' }).click();
    await filters.getByRole('checkbox', { name: 'Cybersicherheit' }).check();
    assert.equal(await status.textContent(), '1 von 15 Ereignissen');
    await page.keyboard.press('Escape');
    await filters.getByRole('checkbox', { name: 'Cybersicherheit' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByRole('searchbox', { name: 'Suche' }).fill('arktis');
    assert.deepEqual(await page.$$eval('[data-event-id]', (els) => els.map((e) => (e as HTMLElement).dataset.eventId)), ['putin-on-the-arctic', 'separate-press-conferences'], 'the Arctic sentence also dates Putin’s press conference');
    await page.getByRole('searchbox', { name: 'Suche' }).fill('xyzzy');
    await page.getByText('Kein Ereignis passt zum Filter.').waitFor();
    assert.equal(await status.textContent(), '0 von 15 Ereignissen');
  });

  test('on a phone the sheet closes with its button, with Escape and with the browser’s Back', async () => {
    const { page } = await open(browser, site, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    await page.goto(site.base);
    const sheet = page.locator('.pane.sheet');
    const first = page.locator('[data-event-id="geneva-summit"]');
    await first.tap();
    await sheet.waitFor();
    await page.getByRole('button', { name: 'Details schließen' }).click();
    await sheet.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).hash, '');
    await first.tap();
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await first.tap();
    await sheet.waitFor();
    await page.goBack();
    await sheet.waitFor({ state: 'detached' });
    assert.match(page.url(), /\/some\/sub\/path\//, 'Back left the page');
  });

  test('the whole article is one step away, with the sentence marked, and a cited sentence’s dot selects its event', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}#event=sullivan-returns`);
    await page.getByRole('button', { name: /Ganzen Artikel lesen/ }).first().click();
    const mark = page.locator('#source mark', { hasText: 'Sullivan kehrte dann im April in die USA zurück.' });
    await mark.waitFor();
    assert.ok(await mark.isVisible());
    await page.getByRole('link', { name: 'Zum Ereignis: Russland ruft Botschafter Antonow zurück' }).click();
    await page.waitForFunction(() => location.hash === '#event=russia-recalls-antonow');
    await page.locator('#source [data-source-for~="russia-recalls-antonow"] mark').first().waitFor();
    await page.getByRole('button', { name: 'Zurück zum Ereignis' }).click();
    await page.getByRole('button', { name: /Ganzen Artikel lesen/ }).first().waitFor();
    assert.deepEqual(await axe(page), []);
  });

  test('in English the quoted German sentences show their translation', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}?lang=en#event=sullivan-returns`);
    await page.locator('#source .translation').first().waitFor();
  });

  test('filters and search go into the address, and the address restores them', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    await page.goto(site.base);
    await page.getByRole('checkbox', { name: 'Russland' }).uncheck();
    await page.getByRole('searchbox').fill('Botschafter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Botschafter');
    const link = page.url();
    assert.equal(new URL(link).searchParams.get('lanes'), 'usa,both');
    const { page: other } = await open(browser, site, { viewport: { width: 1366, height: 768 } });
    await other.goto(link);
    await other.locator('[data-event-id]').first().waitFor();
    assert.equal(await other.getByRole('searchbox').inputValue(), 'Botschafter');
    assert.equal(await other.getByRole('checkbox', { name: 'Russland' }).isChecked(), false);
    assert.equal(await other.locator('[data-event-id="russia-recalls-antonow"]').count(), 0);
    await other.getByRole('checkbox', { name: 'Russland' }).check();
    await other.getByRole('searchbox').fill('');
    await other.locator('[data-event-id="russia-recalls-antonow"]').waitFor();
  });

  test('the theme switch changes the colours and the address; without a choice the device decides', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1366, height: 768 }, colorScheme: 'dark' });
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByRole('combobox', { name: 'Darstellung' }).selectOption('contrast');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'contrast');
    assert.equal(new URL(page.url()).searchParams.get('theme'), 'contrast');
  });
});
