/**
 * The classroom views in real Chromium: presentation mode, the printed handout, the ordering
 * exercise and "Cite". Driven by roles, accessible names and the keys a person presses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { axe, launch, open, serve, SUBPATH, type Site } from './harness.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { formatEventDate } from '../../src/lib/time/format.ts';
import type { DatasetData } from '../../src/lib/model/types.ts';

const data = JSON.parse(readFileSync('data/summit-2021.json', 'utf8')) as DatasetData;
/** The events in chronological order, as every view shows them. */
const events = buildModel(data).events;
const ids = events.map((e) => e.id);
const dateDe = (id: string) => formatEventDate(events[ids.indexOf(id)].date, 'de');
const titleDe = (id: string) => events[ids.indexOf(id)].title.de;

const withoutNotes = (e: DatasetData['events'][number]) => ({ ...e, notes: undefined });
/** The shipped dataset with speaker notes on one event only, served as notes.json next to the site. */
const withNotes = JSON.stringify({
  ...data,
  events: data.events.map((e) => (e.id === 'russia-recalls-antonow' ? { ...e, notes: { de: 'Auf die Reihenfolge hinweisen: erst das Interview, dann der Rückruf.', en: 'Point out the order: first the interview, then the recall.' } } : withoutNotes(e)))
});
/** The shipped dataset without any speaker notes, served as plain.json. */
const plain = JSON.stringify({ ...data, events: data.events.map(withoutNotes) });

let site: Site;
let browser: Browser;
before(async () => {
  site = await serve({
    extra: (req, res) => {
      const body = req.url === `${SUBPATH}notes.json` ? withNotes : req.url === `${SUBPATH}plain.json` ? plain : null;
      if (body === null) return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return true;
    }
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** Fails with the element's id list when a view shows an event twice (the contract: one element per event). */
async function eventElements(page: Page): Promise<string[]> {
  // While printing, the view stays in the document (hidden) behind the handout: only shown elements count.
  const found = await page.locator('[data-event-id]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-event-id')!));
  assert.equal(new Set(found).size, found.length, `an event appears twice: ${found.join(', ')}`);
  return found;
}

describe('presentation mode (?view=present)', () => {
  const slide = (page: Page) => page.locator('[data-event-id]');
  /** The visible "3 / 15" (its spoken form, "Ereignis 3 von 15", sits beside it). */
  const progress = (page: Page) => page.getByRole('navigation', { name: /Steuerung der Präsentation|Presentation controls/ }).locator('.progress [aria-hidden]');

  /** The slide shown is events[index], the hash names it (none yet on a fresh start), the progress counts it. */
  async function expectSlide(page: Page, index: number, via: string) {
    await page.waitForFunction((id) => document.querySelector('[data-event-id]')?.getAttribute('data-event-id') === id, ids[index]);
    const hash = hashOf(page);
    if (!(hash === '' && index === 0)) assert.equal(hash, `#event=${ids[index]}`, `${via}: the hash follows`);
    assert.deepEqual(await eventElements(page), [ids[index]], `${via}: only the current slide stands for an event`);
    assert.equal(await progress(page).textContent(), `${index + 1} / ${ids.length}`, `${via}: progress`);
  }

  test('a #event= link starts there, and every key of a presenter remote moves as described', async () => {
    const { page, foreign, errors } = await open(browser, site, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.base}?view=present#event=${ids[2]}`);
    await expectSlide(page, 2, 'deep link');
    const last = ids.length - 1;
    const steps: [string, number][] = [
      ['PageDown', 3],
      ['PageUp', 2],
      ['ArrowRight', 3],
      ['ArrowLeft', 2],
      ['Space', 3],
      ['Shift+Space', 2],
      ['Enter', 3],
      ['End', last],
      ['PageDown', last],
      ['Home', 0],
      ['PageUp', 0],
      ['ArrowLeft', 0]
    ];
    for (const [key, index] of steps) {
      await page.keyboard.press(key);
      await expectSlide(page, index, key);
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });

  test('the slide is named by its date and title, and shows its source sentence with outlet and agency', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present#event=russia-recalls-antonow`);
    const article = page.getByRole('article', { name: `${dateDe('russia-recalls-antonow')} ${titleDe('russia-recalls-antonow')}` });
    await article.waitFor();
    assert.equal(await article.getAttribute('data-event-id'), 'russia-recalls-antonow');
    assert.equal(await article.getAttribute('tabindex'), '0');
    const quote = data.events.find((e) => e.id === 'russia-recalls-antonow')!.sources[0].quote;
    assert.equal(await article.locator('blockquote').textContent(), quote);
    assert.equal(await article.locator('blockquote mark').textContent(), 'im März');
    assert.match((await article.locator('figcaption').textContent())!, /Medium nicht genannt.*AFP/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'contrast');
  });

  test('the buttons do what the keys do', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present`);
    await expectSlide(page, 0, 'no hash');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expectSlide(page, 1, 'Weiter');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await expectSlide(page, 0, 'Zurück');
    assert.equal(await page.getByRole('button', { name: 'Zurück' }).isDisabled(), true);
  });

  test('B or . blanks the screen; any key brings it back without moving', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present#event=${ids[4]}`);
    await expectSlide(page, 4, 'start');
    const blank = page.getByRole('button', { name: /Bildschirm ausgeblendet/ });
    for (const [key, wake] of [['b', 'x'], ['.', 'PageDown'], ['B', 'Escape']]) {
      await page.keyboard.press(key);
      await blank.waitFor();
      assert.ok(await blank.evaluate((el) => el.getBoundingClientRect().height >= innerHeight), `${key}: the blank covers the screen`);
      await page.keyboard.press(wake);
      await blank.waitFor({ state: 'detached' });
      await expectSlide(page, 4, `${key} then ${wake}`);
    }
  });

  test('F and the button toggle full screen; Escape leaves it', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present`);
    await expectSlide(page, 0, 'start');
    const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: /Vollbild/, pressed: true }).waitFor(); // the state follows fullscreenchange, a tick later
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.getByRole('button', { name: /Vollbild/ }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
    assert.equal(await isFull(), false);
    await expectSlide(page, 0, 'full screen keys do not move');
  });

  test('the keys do nothing while the focus is in a form control', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present#event=${ids[1]}`);
    await expectSlide(page, 1, 'start');
    // The view has no text field of its own; a host page (or an extension) may add one.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'test field');
      document.body.append(input);
      input.focus();
    });
    for (const key of ['PageDown', 'End', 'b', 'Space']) await page.keyboard.press(key);
    await expectSlide(page, 1, 'typing in a field');
    assert.equal(await page.getByRole('button', { name: /Bildschirm ausgeblendet/ }).count(), 0);
    assert.equal(await page.getByRole('textbox', { name: 'test field' }).inputValue(), 'b ');
  });

  for (const [viewport, lang] of [
    [{ width: 1920, height: 1080 }, 'de'],
    [{ width: 1024, height: 768 }, 'de'],
    [{ width: 1366, height: 768 }, 'en']
  ] as const)
    test(`at ${viewport.width}×${viewport.height} (${lang}) the title is large and every slide fits the screen`, async () => {
      const { page } = await open(browser, site, { viewport });
      await page.goto(`${site.base}?view=present&lang=${lang}`);
      const size = await page.locator('[data-event-id] h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      if (viewport.width === 1920) assert.ok(size >= 40, `title is ${size}px at 1920×1080`);
      else assert.ok(size >= 32, `title is ${size}px at 1024×768`);
      for (let i = 0; i < ids.length; i++) {
        await expectSlide(page, i, `slide ${i + 1}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        assert.ok(overflow <= 0, `${ids[i]} overflows by ${overflow}px at ${viewport.width}×${viewport.height}`);
        await page.keyboard.press('PageDown');
      }
    });

  test('speaker notes are hidden until N, and only offered when the dataset has notes', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present&data=plain.json#event=russia-recalls-antonow`);
    await expectSlide(page, ids.indexOf('russia-recalls-antonow'), 'data without notes');
    assert.equal(await page.getByRole('button', { name: /Notizen/ }).count(), 0, 'no notes, no button');
    await page.keyboard.press('n');
    assert.equal(await page.getByRole('complementary').count(), 0);

    await page.goto(`${site.base}?view=present#event=russia-recalls-antonow`);
    await expectSlide(page, ids.indexOf('russia-recalls-antonow'), 'shipped data');
    assert.equal(await page.getByRole('button', { name: /Notizen/ }).count(), 1, 'the shipped dataset has notes');

    await page.goto(`${site.base}?view=present&data=notes.json#event=russia-recalls-antonow`);
    await page.locator('[data-event-id="russia-recalls-antonow"]').waitFor();
    const notes = page.getByRole('complementary', { name: 'Notizen für Vortragende' });
    assert.equal(await notes.count(), 0, 'hidden by default');
    await page.keyboard.press('n');
    await notes.getByText('Auf die Reihenfolge hinweisen').waitFor();
    assert.equal(await page.getByRole('button', { name: /Notizen/ }).getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('PageDown');
    await notes.getByText('Keine Notizen zu diesem Ereignis.').waitFor();
    await page.getByRole('button', { name: /Notizen/ }).click();
    await notes.waitFor({ state: 'detached' });
  });

  test('zero axe-core violations: a slide, with notes, in English', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.base}?view=present#event=ambassadors-to-return`);
    await page.locator('[data-event-id]').waitFor();
    assert.deepEqual(await axe(page), []);
    await page.goto(`${site.base}?view=present&data=notes.json#event=russia-recalls-antonow`);
    await page.locator('[data-event-id]').waitFor();
    await page.keyboard.press('n');
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axe(page), []);
    await page.goto(`${site.base}?view=present&lang=en#event=biden-calls-putin-killer`);
    await page.getByRole('article', { name: /by March 2021.*Biden labels Putin a “killer”/ }).waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

describe('the printed handout (?view=print, and printing any view)', () => {
  /** Every event once, focusable, named by date and title, with its date and every quote in the text. */
  async function expectHandout(page: Page, where: string) {
    assert.deepEqual(await eventElements(page), ids, `${where}: every event once, in chronological order`);
    assert.equal(await page.getByRole('button').count(), 0, `${where}: no buttons`);
    assert.equal(await page.locator('button:visible').count(), 0, `${where}: no buttons on paper, not even unnamed ones`);
    const text = (await page.locator('body').textContent())!;
    for (const event of data.events) {
      const entry = page.getByRole('article', { name: `${dateDe(event.id)} ${titleDe(event.id)}` });
      assert.equal(await entry.getAttribute('data-event-id'), event.id, `${where}: ${event.id} is named by date and title`);
      assert.equal(await entry.getAttribute('tabindex'), '0');
      const entryText = await entry.textContent();
      for (const source of event.sources) assert.ok(entryText!.includes(source.quote), `${where}: ${event.id} lacks the quote ${source.quote}`);
    }
    assert.match(text, /Quellenverzeichnis/);
    assert.match(text, /\[1\]\s*Medium nicht genannt \(Agentur: AFP\)/);
    assert.match(text, /\[2\]\s*Epoch Times \(Agentur: AFP\)/);
  }

  async function expectPdf(page: Page) {
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    assert.ok(pages > 0, 'the PDF has pages');
    return pages;
  }

  test('?view=print under print media: every date and quote, a list of sources, no buttons; a PDF renders', async () => {
    const { page, foreign, errors } = await open(browser, site);
    await page.goto(`${site.base}?view=print`);
    await page.emulateMedia({ media: 'print' });
    await expectHandout(page, '?view=print');
    assert.equal(await page.getByRole('navigation').count(), 0, 'screen chrome is hidden on paper');
    const pages = await expectPdf(page);
    assert.ok(pages >= 2 && pages <= 10, `a handout of a few pages, not ${pages}`);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });

  test('each event stays in one piece across page breaks', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=print`);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('li:has(> [data-event-id])').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    assert.deepEqual(new Set(breaks), new Set(['avoid']));
  });

  test('printing the explorer swaps in the handout, and the explorer comes back afterwards as it was: selection, filters, zoom', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.base}#event=sullivan-returns`);
    await page.locator('mark', { hasText: 'Sullivan kehrte dann im April' }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByRole('checkbox', { name: 'Beide' }).uncheck();
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await page.waitForTimeout(400);
    const ticks = () => page.locator('[data-timeline-viewport] text').allTextContents();
    const zoomed = await ticks();
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'Quellenverzeichnis' }).waitFor();
    await expectHandout(page, 'explorer printed');
    await expectPdf(page);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-event-id="sullivan-returns"][aria-current="true"]').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Quellenverzeichnis' }).count(), 0);
    assert.equal(await filters.getByRole('checkbox', { name: 'Beide' }).isChecked(), false, 'the lane filter survives printing');
    assert.deepEqual(await ticks(), zoomed, 'and so does the zoom');
    assert.deepEqual(errors, []);
  });

  test('the browser’s own print (beforeprint) replaces the view synchronously, and the quiz keeps its order', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=quiz`);
    await page.getByRole('button', { name: 'Prüfen' }).waitFor();
    await page.locator('[data-event-id]').first().getByRole('button', { name: /nach unten/ }).click();
    const moved = await eventElements(page);
    const during = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      // The view stays in the document, hidden, so that it comes back as it was: count what is shown.
      const seen = {
        buttons: [...document.querySelectorAll('button')].filter((el) => el.checkVisibility()).length,
        events: [...document.querySelectorAll('[data-event-id]')].filter((el) => el.checkVisibility()).length,
        sources: !!document.getElementById('handout-sources')
      };
      dispatchEvent(new Event('afterprint'));
      return seen;
    });
    assert.deepEqual(during, { buttons: 0, events: ids.length, sources: true });
    await page.getByRole('button', { name: 'Prüfen' }).waitFor();
    assert.deepEqual(await eventElements(page), moved, 'the student’s order survives printing');
  });

  test('zero axe-core violations in the handout', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=print`);
    await page.locator('[data-event-id]').first().waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

describe('the ordering exercise (?view=quiz)', () => {
  const list = (page: Page) => page.getByRole('list', { name: 'Ereignisse, zu ordnen vom frühesten zum spätesten' });
  const order = (page: Page) => eventElements(page);
  const item = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
  const status = (page: Page) => page.getByRole('status').last();

  /** Presses Tab (or Shift+Tab) until `target` has the focus: the keyboard alone, no clicks. */
  async function tabTo(page: Page, target: Locator) {
    const handle = await target.elementHandle();
    for (let i = 0; i < 120; i++) {
      if (await page.evaluate((el) => el === document.activeElement, handle)) return;
      const below = await page.evaluate((el) => {
        const active = document.activeElement;
        return !active || active === document.body || !!(active.compareDocumentPosition(el!) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, handle);
      await page.keyboard.press(below ? 'Tab' : 'Shift+Tab');
    }
    assert.fail('could not reach the control with Tab');
  }

  /** Sorts the list with the move-up buttons and Enter, checking focus and announcements on the way. */
  async function solveByKeyboard(page: Page, correct: string[]) {
    for (let i = 0; i < correct.length; i++) {
      const id = correct[i];
      let at = (await order(page)).indexOf(id);
      if (at === i) continue;
      const up = item(page, id).getByRole('button', { name: `${titleDe(id)} nach oben` });
      await tabTo(page, up);
      while (at > i) {
        await page.keyboard.press('Enter');
        at--;
        await page.waitForFunction(([id, at]) => [...document.querySelectorAll('[data-event-id]')].findIndex((el) => el.getAttribute('data-event-id') === id) === at, [id, at] as const);
        await status(page).getByText(`${titleDe(id)}: jetzt Position ${at + 1} von ${correct.length}`).waitFor();
        const focusIn = await page.evaluate((id) => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'), id);
        assert.equal(focusIn, id, 'the focus stays with the moved item');
      }
    }
    assert.deepEqual(await order(page), correct);
  }

  /** Drags an item by its handle (mouse) until its centre passes the centre of the item now at `to`. */
  async function dragTo(page: Page, id: string, to: number) {
    const handle = await item(page, id).locator('[data-drag-handle]').boundingBox();
    const target = await page.locator('[data-event-id]').nth(to).boundingBox();
    assert.ok(handle && target);
    const from = (await order(page)).indexOf(id);
    const y = from > to ? target.y + target.height * 0.2 : target.y + target.height * 0.8;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, y, { steps: 12 });
    await page.mouse.up();
  }

  test('before checking, dates are hidden: each item is named by its title alone', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=quiz`);
    await list(page).waitFor();
    assert.equal((await order(page)).length, ids.length);
    for (const id of ids) {
      assert.equal(await list(page).getByRole('listitem', { name: titleDe(id), exact: true }).getAttribute('data-event-id'), id);
      assert.equal(await item(page, id).getAttribute('tabindex'), '0');
    }
    const text = await list(page).innerText();
    assert.doesNotMatch(text, /2021/, 'no date is shown before checking');
  });

  test('the same seed deals the same order (a class shares it), another seed another', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=quiz`);
    const first = await order(page);
    await page.goto(`${site.base}?view=quiz&seed=2021`);
    assert.deepEqual(await order(page), first, 'the default seed is fixed');
    await page.goto(`${site.base}?view=quiz&seed=7`);
    assert.notDeepEqual(await order(page), first);
    assert.notDeepEqual(first, ids, 'the deal is not already solved');
  });

  test('solvable by keyboard alone; check marks every item right and reveals dates', async () => {
    const { page, foreign, errors } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.base}?view=quiz`);
    await list(page).waitFor();
    await solveByKeyboard(page, ids);
    await tabTo(page, page.getByRole('button', { name: 'Prüfen' }));
    await page.keyboard.press('Enter');
    await page.getByText('15 von 15 richtig').first().waitFor();
    await status(page).getByText('15 von 15 richtig. Alles richtig!').waitFor();
    assert.equal(await page.getByText('Richtig', { exact: true }).count(), ids.length);
    assert.equal(await page.getByText('Falsch', { exact: true }).count(), 0);
    for (const id of ids) await list(page).getByRole('listitem', { name: `${dateDe(id)} ${titleDe(id)} Richtig` }).waitFor();
    assert.equal(await page.getByRole('button', { name: /nach oben|nach unten/ }).count(), 0, 'the order is locked once checked');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });

  test('solvable by dragging with the mouse', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1280, height: 1600 } });
    await page.goto(`${site.base}?view=quiz`);
    await list(page).waitFor();
    for (let i = 0; i < ids.length; i++) {
      if ((await order(page)).indexOf(ids[i]) === i) continue;
      await dragTo(page, ids[i], i);
      await page.waitForFunction(([id, i]) => document.querySelectorAll('[data-event-id]')[i]?.getAttribute('data-event-id') === id, [ids[i], i] as const);
      await status(page).getByText(`${titleDe(ids[i])}: jetzt Position ${i + 1} von ${ids.length}`).waitFor();
    }
    assert.deepEqual(await order(page), ids);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('15 von 15 richtig').first().waitFor();
    assert.deepEqual(errors, []);
  });

  test('a drag long enough to scroll: the page scrolls along near the bottom edge', async () => {
    const { page } = await open(browser, site, { viewport: { width: 800, height: 600 } });
    await page.goto(`${site.base}?view=quiz`);
    const first = (await order(page))[0];
    const handle = (await item(page, first).locator('[data-drag-handle]').boundingBox())!;
    await page.mouse.move(handle.x + 10, handle.y + 10);
    await page.mouse.down();
    await page.mouse.move(handle.x + 10, 595, { steps: 10 });
    await page.waitForFunction(() => scrollY > 300);
    await page.mouse.up();
    assert.ok((await order(page)).indexOf(first) > 3, 'the item travelled with the scroll');
  });

  test('works on a touch screen: a finger drags by the handle', async () => {
    const { page, context } = await open(browser, site, { viewport: { width: 800, height: 1400 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.base}?view=quiz`);
    const before = await order(page);
    const handle = (await item(page, before[0]).locator('[data-drag-handle]').boundingBox())!;
    const third = (await page.locator('[data-event-id]').nth(2).boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const x = handle.x + handle.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x, y }] });
    await touch('touchStart', handle.y + handle.height / 2);
    for (let y = handle.y + handle.height / 2; y < third.y + third.height * 0.8; y += 12) await touch('touchMove', y);
    await touch('touchMove', third.y + third.height * 0.8);
    await touch('touchEnd');
    await page.waitForFunction((id) => document.querySelectorAll('[data-event-id]')[2]?.getAttribute('data-event-id') === id, before[0]);
    assert.deepEqual(await order(page), [before[1], before[2], before[0], ...before.slice(3)]);
  });

  test('check marks wrong items with a word and the position they belong at, and shows the dating phrase', async () => {
    const { page } = await open(browser, site);
    // Two events of different months: the only unsolved deal is the reverse.
    await page.goto(`${site.base}?view=quiz&events=biden-takes-office,sullivan-returns`);
    assert.deepEqual(await order(page), ['sullivan-returns', 'biden-takes-office']);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('0 von 2 richtig').first().waitFor();
    const sullivan = item(page, 'sullivan-returns');
    await sullivan.getByText('Falsch', { exact: true }).waitFor();
    await sullivan.getByText('gehört auf Position 2').waitFor();
    assert.equal(await sullivan.locator('mark').textContent(), 'im April');
    assert.equal(await sullivan.locator('blockquote').textContent(), 'Sullivan kehrte dann im April in die USA zurück.');
    assert.equal(await sullivan.locator('svg').first().getAttribute('aria-hidden'), 'true', 'the icon goes with a word, not instead of it');
    assert.equal(await item(page, 'biden-takes-office').locator('mark').textContent(), 'im Januar');
  });

  test('events of the same day are ties: either order counts as right', async () => {
    const { page } = await open(browser, site);
    const chosen = ['geneva-summit', 'separate-press-conferences', 'sullivan-returns'];
    for (const answer of [
      ['sullivan-returns', 'geneva-summit', 'separate-press-conferences'],
      ['sullivan-returns', 'separate-press-conferences', 'geneva-summit']
    ]) {
      await page.goto(`${site.base}?view=quiz&events=${chosen.join(',')}`);
      await list(page).waitFor();
      await solveByKeyboard(page, answer);
      await page.getByRole('button', { name: 'Prüfen' }).click();
      await page.getByText('3 von 3 richtig').first().waitFor();
      assert.equal(await page.getByText('Richtig', { exact: true }).count(), 3, answer.join(' < '));
    }
  });

  test('try again deals a new order from the next seed and unlocks the list', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=quiz&seed=41`);
    const first = await order(page);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: 'Noch einmal, neu gemischt' }).click();
    await page.getByRole('button', { name: 'Prüfen' }).waitFor();
    const second = await order(page);
    assert.notDeepEqual(second, first);
    await page.goto(`${site.base}?view=quiz&seed=42`);
    assert.deepEqual(await order(page), second, 'try again is the deal of seed + 1');
    assert.doesNotMatch(await list(page).innerText(), /2021/);
  });

  test('zero axe-core violations, before and after checking, on a phone and in English', async () => {
    const { page } = await open(browser, site, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.base}?view=quiz`);
    await list(page).waitFor();
    assert.deepEqual(await axe(page), []);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/von 15 richtig/).first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.goto(`${site.base}?view=quiz&lang=en`);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(/of 15 right/).first().waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

describe('Cite', () => {
  const cite = (page: Page) => page.getByRole('region', { name: 'Details' }).getByRole('button', { name: /Zitieren|Kopiert/ });

  test('copies the article, agency, inferred date, the quoted sentence and the link to the event', async () => {
    const { page, context } = await open(browser, site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.base}?lang=de&embed=1#event=sullivan-returns`);
    await cite(page).click();
    await page.getByRole('button', { name: 'Kopiert' }).waitFor();
    await page.getByRole('status').getByText('Zitat mit Link in die Zwischenablage kopiert').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^US-Botschafter Sullivan kehrt in die USA zurück \(April 2021\)/);
    assert.ok(text.includes('Medium nicht genannt (Agentur: AFP)'));
    assert.ok(text.includes('16. Juni 2021 (erschlossen)'));
    assert.ok(text.includes('»Sullivan kehrte dann im April in die USA zurück.«'));
    assert.ok(text.endsWith(`Zeitleiste: ${site.base}?lang=de#event=sullivan-returns`), text);
    await page.getByRole('button', { name: 'Zitieren' }).waitFor({ timeout: 5000 });
  });

  test('without a clipboard (a sandboxed frame), a dialog offers the text selected', async () => {
    const { page } = await open(browser, site);
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${site.base}#event=putin-talks-constructive`);
    await cite(page).click();
    const dialog = page.getByRole('dialog', { name: 'Zitat kopieren' });
    await dialog.waitFor();
    const field = dialog.getByRole('textbox', { name: 'Zitat mit Link' });
    const value = await field.inputValue();
    assert.ok(value.includes('“absolut konstruktiv”') && value.includes('„absolut konstruktiv“'), 'both quotation styles survive');
    const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.equal(selected, value, 'the whole text is selected, ready for Ctrl+C');
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  test('the explorer with its classroom links and the Cite button has zero axe-core violations', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}#event=geneva-summit`);
    await cite(page).waitFor();
    const nav = page.getByRole('navigation', { name: 'Für den Unterricht' });
    assert.match((await nav.getByRole('link', { name: 'Präsentieren' }).getAttribute('href'))!, /\?view=present#event=geneva-summit$/);
    assert.match((await nav.getByRole('link', { name: 'Reihenfolge üben' }).getAttribute('href'))!, /\?view=quiz$/);
    assert.deepEqual(await axe(page), []);
  });
});
