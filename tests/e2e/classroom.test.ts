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


/** The classroom links and the class kit live in the explorer's "Unterricht" menu: opens it (when closed). */
/**
 * Opens the classroom menu and waits until it is open. A deep link scrolls the page to its event
 * while the toolbar arrives; a click that lands while the page still moves misses the button, so
 * it is tried again (a person would click again too).
 */
async function classroomMenu(page: Page) {
  const button = page.getByRole('button', { name: 'Unterricht', exact: true });
  for (let attempt = 0; attempt < 4; attempt++) {
    if ((await button.getAttribute('aria-expanded')) === 'true') return;
    await button.click();
    const opened = await page
      .waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await button.elementHandle(), { timeout: 2000 })
      .then(() => true, () => false);
    if (opened) return;
  }
  throw new Error('the classroom menu did not open after four clicks');
}

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
/** The exercise with every event of the shipped dataset (the default is a round of a few). */
const allEvents = `events=${ids.join(',')}`;

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
    await page.getByRole('button', { name: /Notizen/ }).waitFor(); // the shipped dataset's notes load with the slides

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
    await page.goto(`${site.base}?view=quiz&${allEvents}`);
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
    await page.goto(`${site.base}?view=quiz&${allEvents}`);
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
    await page.goto(`${site.base}?view=quiz&${allEvents}`);
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
    await page.goto(`${site.base}?view=quiz&${allEvents}`);
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

  test('a new round deals other events in a new order from the next seed and unlocks the list', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=quiz&seed=41`);
    const first = await order(page);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: 'Neue Runde' }).click();
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
    await page.getByText(/von \d+ richtig/).first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.goto(`${site.base}?view=quiz&lang=en`);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(/of \d+ right/).first().waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

describe('Cite', () => {
  const cite = (page: Page) => page.locator('#source').getByRole('button', { name: /Zitieren|Kopiert/ });

  test('copies the article, agency, inferred date, the quoted sentence and the link to the event', async () => {
    const { page, context } = await open(browser, site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.base}?lang=de&embed=1&reader=1#event=sullivan-returns`);
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
    await classroomMenu(page);
    const nav = page.getByRole('navigation', { name: 'Für den Unterricht' });
    assert.match((await nav.getByRole('link', { name: 'Präsentieren' }).getAttribute('href'))!, /\?view=present#event=geneva-summit$/);
    assert.match((await nav.getByRole('link', { name: 'Reihenfolge üben' }).getAttribute('href'))!, /\?view=quiz$/);
    assert.deepEqual(await axe(page), []);
  });
});

describe('the class kit: own data in every view, fair rounds, links and QR codes, presenter window', () => {
  const example = JSON.parse(readFileSync('public/examples/lindenau-bridge.json', 'utf8')) as DatasetData;
  const exampleIds = buildModel(example).events.map((e) => e.id);
  const shownIds = (page: Page) => eventElements(page);

  /** The explorer with the example dataset opened from a file, as a teacher does it. */
  async function withFile(page: Page) {
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    await page.locator('input[type=file]').setInputFiles('public/examples/lindenau-bridge.json');
    await page.locator(`[data-event-id="${exampleIds[0]}"]`).first().waitFor();
  }

  test('a dataset loaded from a file reaches the slides, the exercise and the handout, and comes back to the explorer', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1280, height: 800 } });
    await withFile(page);
    const tools = page.getByRole('navigation', { name: 'Für den Unterricht' });
    await classroomMenu(page);
    await tools.getByRole('link', { name: 'Präsentieren' }).click();
    await page.locator('.slide').waitFor();
    assert.ok(exampleIds.includes((await shownIds(page))[0]), 'the slide is one of the file’s events');
    await page.keyboard.press('End');
    await page.waitForFunction((id) => document.querySelector('[data-event-id]')?.getAttribute('data-event-id') === id, exampleIds.at(-1)!);
    await page.getByRole('link', { name: 'Zur Zeitleiste' }).click();
    await classroomMenu(page);
    await tools.getByRole('link', { name: 'Reihenfolge üben' }).click();
    await page.getByRole('button', { name: 'Prüfen' }).waitFor();
    const quiz = await shownIds(page);
    assert.ok(quiz.length >= 5 && quiz.every((id) => exampleIds.includes(id)), `the exercise deals the file’s events: ${quiz}`);
    await page.goBack();
    await classroomMenu(page);
    await tools.getByRole('link', { name: 'Handout drucken' }).click();
    await page.getByRole('heading', { name: 'Quellenverzeichnis' }).waitFor();
    assert.deepEqual(await shownIds(page), exampleIds);
    await page.getByRole('link', { name: /Zur Zeitleiste/ }).click();
    await page.getByRole('search', { name: 'Filter' }).waitFor();
    assert.deepEqual([...new Set(await shownIds(page))].sort(), [...exampleIds].sort(), 'the explorer still shows the file');
    assert.deepEqual(errors, []);
  });

  test('the default exercise is a fair round: 6 to 8 events, at least 80 % on distinct dates, spread over the chronology', async () => {
    const { page } = await open(browser, site);
    for (const seed of [2021, 1, 7, 99]) {
      await page.goto(`${site.base}?view=quiz&seed=${seed}`);
      await page.getByRole('button', { name: 'Prüfen' }).waitFor();
      const dealt = await shownIds(page);
      const dates = new Set(dealt.map((id) => dateDe(id)));
      assert.ok(dealt.length >= 6 && dealt.length <= 8, `seed ${seed}: ${dealt.length} items`);
      assert.ok(dates.size / dealt.length >= 0.8, `seed ${seed}: ${dates.size} dates for ${dealt.length} items`);
    }
    // Check scores the round, and a new round deals others.
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/^\d+ von 6 richtig$/).first().waitFor();
    const before = await shownIds(page);
    await page.getByRole('button', { name: 'Neue Runde' }).click();
    await page.getByRole('button', { name: 'Prüfen' }).waitFor();
    assert.notDeepEqual([...(await shownIds(page))].sort(), [...before].sort());
  });

  for (const [viewport, min] of [
    [{ width: 1024, height: 768 }, 28],
    [{ width: 1920, height: 1080 }, 40]
  ] as const)
    test(`at ${viewport.width}×${viewport.height} every quote is at least ${min} px and every slide fits, also with larger text`, async () => {
      const { page } = await open(browser, site, { viewport });
      await page.goto(`${site.base}?view=present`);
      for (const big of [false, true]) {
        if (big) await page.getByRole('button', { name: 'Größere Schrift' }).click();
        for (let i = 0; i < ids.length; i++) {
          await page.waitForFunction((id) => document.querySelector('[data-event-id]')?.getAttribute('data-event-id') === id, ids[i]);
          const sizes = await page.locator('.slide blockquote').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
          for (const size of sizes) assert.ok(size >= min * (big ? 1.19 : 1), `${ids[i]}: quote ${size}px (larger text: ${big})`);
          if (!big) {
            const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
            assert.ok(overflow <= 0, `${ids[i]} overflows by ${overflow}px`);
          }
          await page.keyboard.press(i === ids.length - 1 ? 'Home' : 'PageDown');
        }
      }
    });

  test('the slides shrink back after leaving full screen', async () => {
    const { page } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.base}?view=present#event=talks-three-and-a-half-hours`);
    await page.locator('.slide').waitFor();
    await page.getByRole('button', { name: /Notizen/ }).waitFor(); // the shipped notes have arrived: the slide is final
    const title = () => page.locator('.slide h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await title();
    // A projector's full screen gives the window the screen's size, and leaving it gives the old
    // size back, each with a fullscreenchange. Headless Chromium's own full screen keeps the
    // window's size (and resizing it while full screen can hang the test), so both are played
    // here: the sizes, and the event (F and Escape are checked above).
    const fullscreenchange = () => page.evaluate(() => document.dispatchEvent(new Event('fullscreenchange')));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await fullscreenchange();
    await page.waitForFunction((size) => parseFloat(getComputedStyle(document.querySelector('.slide h1')!).fontSize) > size + 10, before);
    await fullscreenchange();
    await page.setViewportSize({ width: 1024, height: 768 });
    // Once the resizing has settled, the slide is as it was before, and fits.
    await page.waitForFunction((size) => Math.abs(parseFloat(getComputedStyle(document.querySelector('.slide h1')!).fontSize) - size) < 0.5, before);
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    assert.ok(overflow <= 0, `overflows by ${overflow}px after full screen`);
  });

  test('the class kit writes links and QR codes for the shipped data; a file travels in the fragment and opens elsewhere, in the same order', async () => {
    const { page, context, errors, foreign } = await open(browser, site, { viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.base}?lang=de`);
    await classroomMenu(page);
    await page.getByRole('button', { name: 'Unterrichtspaket' }).click();
    const kit = page.getByRole('dialog', { name: 'Unterrichtspaket' });
    await kit.getByRole('img', { name: /QR-Code für Übung/ }).waitFor();
    assert.equal(await kit.getByRole('img', { name: /QR-Code/ }).count(), 3);
    const quizLink = await kit.getByRole('textbox', { name: 'Übung: Reihenfolge' }).inputValue();
    assert.equal(quizLink, `${site.base}?lang=de&view=quiz&seed=2021`);
    await kit.getByRole('radio', { name: /Selbst auswählen/ }).check();
    for (const id of ['biden-takes-office', 'sullivan-returns', 'geneva-summit']) await kit.getByRole('checkbox', { name: new RegExp(titleDe(id)) }).check();
    const slides = await kit.getByRole('textbox', { name: 'Folien' }).inputValue();
    assert.equal(slides, `${site.base}?lang=de&view=present&events=biden-takes-office,sullivan-returns,geneva-summit`);
    await kit.getByRole('region', { name: 'Folien' }).getByRole('button', { name: 'Link kopieren' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), slides);
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Escape');

    await withFile(page);
    await classroomMenu(page);
    await page.getByRole('button', { name: 'Unterrichtspaket' }).click();
    const exercise = kit.getByRole('textbox', { name: 'Übung: Reihenfolge' });
    await exercise.waitFor();
    const shared = await exercise.inputValue();
    assert.match(shared, /#data=z1\.[\w-]+$/);
    await kit.getByText(/Kein QR-Code: Der Link ist mit \d+ Zeichen zu lang/).first().waitFor();
    await kit.getByRole('textbox', { name: 'Adresse der Datei' }).fill('examples/lindenau-bridge.json');
    await kit.getByRole('img', { name: /QR-Code für Übung/ }).waitFor();
    assert.equal(await exercise.inputValue(), `${site.base}?lang=de&view=quiz&data=${encodeURIComponent(`${site.base}examples/lindenau-bridge.json`)}&seed=2021`);

    const student = await context.newPage();
    await student.goto(shared);
    await student.getByRole('button', { name: 'Prüfen' }).waitFor();
    const dealt = await shownIds(student);
    assert.ok(dealt.length >= 5 && dealt.every((id) => exampleIds.includes(id)), `the shared link opens the file’s events: ${dealt}`);
    // In the same order as the file: an event dated only as before another stays before it.
    await student.goto(shared.replace('view=quiz', 'view=print'));
    await student.locator(`[data-event-id="${exampleIds.at(-1)}"]`).first().waitFor();
    assert.deepEqual([...new Set(await shownIds(student))], exampleIds);
    // The selection and the shared data share the hash; #event= still selects.
    await student.goto(shared.replace('view=quiz', 'view=present').replace('#data=', `#event=${exampleIds[2]}&data=`));
    await student.locator(`.slide[data-event-id="${exampleIds[2]}"]`).waitFor();
    await student.keyboard.press('PageDown');
    await student.waitForFunction((id) => location.hash.startsWith(`#event=${id}&data=z1.`), exampleIds[3]);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });

  test('a damaged shared link is refused with a clear message', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}#data=z1.AAAA`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent())!, /link #data/);
  });

  test('the presenter window shows notes, next slide and clock, and keys in either window keep both in step', async () => {
    const { page, context, errors } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.base}?view=present&data=notes.json#event=biden-calls-putin-killer`);
    await page.locator('.slide').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Vortragsansicht' }).click()]);
    await presenter.getByRole('heading', { name: 'Vortragsansicht' }).waitFor();
    const current = (p: Page) => p.locator('.slide').getAttribute('data-event-id');
    await presenter.getByText('Keine Notizen zu diesem Ereignis.').waitFor();
    await presenter.getByRole('status').getByText('Mit der Präsentation verbunden').waitFor();
    assert.equal(await current(presenter), 'biden-calls-putin-killer');
    await presenter.getByRole('article', { name: new RegExp(titleDe('russia-recalls-antonow')) }).waitFor(); // the next slide
    await presenter.bringToFront();
    await presenter.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('.slide')?.getAttribute('data-event-id') === 'russia-recalls-antonow');
    await presenter.getByText('Auf die Reihenfolge hinweisen').waitFor();
    assert.equal(await page.getByText('Auf die Reihenfolge hinweisen').count(), 0, 'notes never on the projector unless asked');
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => document.querySelector('.slide')?.getAttribute('data-event-id') === 'sullivan-returns');
    await presenter.bringToFront();
    await presenter.keyboard.press('b');
    await page.getByRole('button', { name: /Bildschirm ausgeblendet/ }).waitFor();
    await presenter.getByRole('button', { name: /Präsentation ausblenden/, pressed: true }).waitFor();
    await presenter.keyboard.press('b');
    await page.getByRole('button', { name: /Bildschirm ausgeblendet/ }).waitFor({ state: 'detached' });
    assert.match((await presenter.locator('.clock time').textContent())!, /^\d\d:\d\d$/);
    assert.deepEqual(await axe(presenter), []);
    assert.deepEqual(errors, []);
  });

  test('a file’s dataset reaches the presenter window too', async () => {
    const { page, context } = await open(browser, site, { viewport: { width: 1024, height: 768 } });
    await withFile(page);
    await classroomMenu(page);
    await page.getByRole('navigation', { name: 'Für den Unterricht' }).getByRole('link', { name: 'Präsentieren' }).click();
    await page.locator('.slide').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Vortragsansicht' }).click()]);
    await presenter.locator(`.slide[data-event-id="${exampleIds[0]}"]`).waitFor();
    // In the file's order: the grant (dated only as before construction began) comes next to it.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await presenter.locator(`.slide[data-event-id="${exampleIds[2]}"]`).waitFor();
    await presenter.locator(`.next [data-event-id="${exampleIds[3]}"]`).waitFor();
  });

  test('in the embed (a sandbox without an origin of its own) there is no presenter button', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=present&embed=1`);
    await page.locator('.slide').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Vortragsansicht' }).count(), 0);
  });

  test('handout variants: a Print button on screen, compact on one page, a worksheet with the dates blank; the address without %2C', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?view=print&lanes=usa,russia,both`);
    await page.getByRole('button', { name: 'Drucken …' }).waitFor();
    assert.doesNotMatch((await page.locator('.online').textContent())!, /%2C/);
    await page.getByRole('link', { name: 'Kompakt (eine Seite)' }).click();
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await eventElements(page), ids);
    const compact = await page.pdf({ format: 'A4' });
    assert.equal(compact.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length, 1, 'the compact handout is one page');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Arbeitsblatt' }).click();
    await page.getByText(/Lies die Zitate/).waitFor();
    for (const id of ids) assert.equal(await page.locator(`[data-event-id="${id}"] .date`).textContent(), 'Datum eintragen', `${id}: no date on the worksheet`);
    assert.deepEqual([...(await eventElements(page))].sort(), [...ids].sort());
    assert.deepEqual(await axe(page), []);
  });
});
