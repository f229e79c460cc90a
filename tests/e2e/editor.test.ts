/**
 * The editor (?view=edit) in real Chromium, as an author meets it: paste an article, make events
 * from its sentences with the suggested dates, give them actors, check, download; the file
 * validates, its quotes occur verbatim in the pasted text, and it opens in the explorer. Driven by
 * roles, accessible names and the public contract (data-sentence, "Neues Ereignis", "Herunterladen").
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open, serve, SUBPATH, type Site } from './harness.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { DatasetInput } from '../../src/lib/model/types.ts';

/** A short made-up article (for the test only) with „…“ quotation marks and five kinds of dating words. */
const ARTICLE = [
  'Genf (AFP) – US-Präsident Joe Biden und Kremlchef Wladimir Putin sind am Mittwoch in Genf zu ihrem ersten Gipfeltreffen zusammengekommen. Im März hatte Russland seinen Botschafter aus Washington zurückgerufen.',
  'Biden hatte Putin im Januar in einem Interview als „Killer“ bezeichnet. Am 15. April 2021 verhängten die USA neue Sanktionen gegen Russland.',
  'Im Mai hatte Russland die USA auf eine Liste „unfreundlicher Staaten“ gesetzt. Putin sagte nach dem Treffen, das Gespräch sei „konstruktiv“ gewesen.'
].join('\n\n');

/** The sentences to cite, each with the date the suggestion should give. */
const STEPS: { sentence: string; start: string; precision: string }[] = [
  { sentence: 'Im März hatte Russland', start: '2021-03', precision: 'month' },
  { sentence: 'Biden hatte Putin im Januar', start: '2021-01', precision: 'month' },
  { sentence: 'Am 15. April 2021', start: '2021-04-15', precision: 'day' },
  { sentence: 'Im Mai hatte Russland', start: '2021-05', precision: 'month' },
  { sentence: 'sind am Mittwoch in Genf', start: '2021-06-16', precision: 'day' }
];

let site: Site;
let browser: Browser;
let downloaded = '';
before(async () => {
  site = await serve({
    extra: (req, res) => {
      if (req.url !== `${SUBPATH}made.json`) return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end(downloaded);
      return true;
    }
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function addArticle(page: Page) {
  await page.getByLabel(/^Artikeltext/).fill(ARTICLE);
  await page.getByLabel(/^Titel des Artikels/).fill('Gipfel in Genf');
  await page.getByLabel(/^Agentur oder Autor/).fill('AFP');
  await page.getByLabel(/^Erscheinungsdatum/).fill('2021-06-16');
  await page.getByRole('button', { name: 'Artikel übernehmen' }).click();
  await page.locator('[data-sentence]').first().waitFor();
}

/** One event from one sentence: click it, take the first (checked) date suggestion, give it an actor. */
async function eventFrom(page: Page, sentence: string, actor: string, first: boolean) {
  await page.locator('[data-sentence]', { hasText: sentence }).click();
  await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).click();
  if (first) {
    await page.getByPlaceholder('Neuer Akteur').fill(actor);
    await page.getByPlaceholder('Neuer Akteur').press('Enter');
  } else {
    await page.getByRole('group', { name: /^Akteure/ }).getByRole('checkbox', { name: actor }).check();
  }
}

describe('the editor (?view=edit)', () => {
  test('paste an article, make five events from its sentences with the suggested dates, download: the file validates, quotes are verbatim, the explorer opens it', async () => {
    const { page, foreign, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${site.base}?view=edit&lang=de`);
    await page.getByRole('heading', { name: 'Zeitleiste bearbeiten', level: 1 }).waitFor();
    const started = Date.now();

    await addArticle(page);
    const sentences = await page.locator('[data-sentence]').allTextContents();
    assert.equal(sentences.length, 6, `six sentences, "15. April" kept in one: ${JSON.stringify(sentences)}`);

    for (const [i, step] of STEPS.entries()) {
      await page.locator('[data-sentence]', { hasText: step.sentence }).click();
      const suggestion = page.getByRole('group', { name: 'Datumsvorschläge' }).getByRole('radio').first();
      assert.ok(await suggestion.isChecked(), `${step.sentence}: the best suggestion is preselected`);
      await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).click();
      assert.equal(await page.locator('#edit-event-start').inputValue(), step.start, `${step.sentence}: the suggested date is taken`);
      assert.equal(await page.locator('#edit-event-precision').inputValue(), step.precision);
      if (i === 0) {
        await page.getByPlaceholder('Neuer Akteur').fill('Russland');
        await page.getByPlaceholder('Neuer Akteur').press('Enter');
      } else {
        await page.getByRole('group', { name: /^Akteure/ }).getByRole('checkbox', { name: 'Russland' }).check();
      }
    }
    // A second sentence as a further source of the summit event.
    await page.locator('[data-sentence]', { hasText: 'Putin sagte nach dem Treffen' }).click();
    await page.getByLabel('Als Quelle hinzufügen zu').selectOption({ label: (await page.locator('#edit-event-title-de').inputValue()) });
    await page.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    await page.locator('#edit-dataset-title-de').fill('Vor dem Gipfel');
    const elapsed = Date.now() - started;

    await page.getByText('Keine Fehler: die Zeitleiste ist gültig.').waitFor();
    assert.equal(await page.locator('[data-timeline-viewport] [data-event-id]').count(), 5, 'the preview shows the five events');
    assert.deepEqual(await axe(page), [], 'no axe violations with an event open');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Herunterladen' }).click()]);
    assert.equal(download.suggestedFilename(), 'vor-dem-gipfel.json');
    downloaded = readFileSync(await download.path(), 'utf8');
    const data = JSON.parse(downloaded) as DatasetInput;
    const { errors: problems } = validateDataset(data);
    assert.deepEqual(problems, [], 'the download validates');
    assert.equal(data.events.length, 5);
    assert.deepEqual(data.languages, ['de'], 'written in German only: no English asked for');
    assert.equal(typeof data.title, 'string');
    assert.ok(data.events.every((e) => typeof e.title === 'string' && typeof e.summary === 'string'));
    for (const event of data.events)
      for (const source of event.sources) assert.ok(ARTICLE.includes(source.quote), `verbatim in the pasted text: ${source.quote}`);
    assert.ok(data.events.some((e) => e.sources.length === 2), 'one event cites two sentences');
    assert.deepEqual(data.events.map((e) => e.date.start).sort(), STEPS.map((s) => s.start).sort());
    console.log(`# five events from a pasted article, driven: ${(elapsed / 1000).toFixed(1)} s`);

    // Shared without a server: the dataset travels in the fragment of each link.
    await page.getByRole('button', { name: 'Links erzeugen' }).click();
    const exercise = await page.getByRole('link', { name: 'Übung: Reihenfolge' }).getAttribute('href');
    assert.match(exercise ?? '', /\?lang=de&view=quiz&seed=\d+#data=z1\./);
    assert.deepEqual(await axe(page), [], 'no axe violations with the share links');
    await page.goto(exercise!);
    await page.locator('[data-event-id]').first().waitFor();
    const quizIds = await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    assert.ok(quizIds.length >= 2 && quizIds.every((id) => data.events.some((e) => e.id === id)), `the exercise has the editor's events: ${quizIds.join(', ')}`);

    await page.goto(`${site.base}?data=made.json&lang=de`);
    await page.locator('[data-timeline-viewport] [data-event-id]').first().waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 5, 'the explorer shows the downloaded timeline');
    await page.goto(`${site.base}?data=made.json&lang=de&view=present`);
    await page.locator('[data-event-id]').first().waitFor();
    const slide = await page.locator('[data-event-id]').first().getAttribute('data-event-id');
    assert.ok(data.events.some((e) => e.id === slide), 'the slides show it too');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });

  test('undo and redo by keys and buttons, order within a day by dragging; the work survives a reload (autosave)', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}?view=edit&lang=de`);
    await addArticle(page);
    await eventFrom(page, 'Im März hatte Russland', 'Russland', true);
    const items = page.getByRole('heading', { name: /^Ereignisse/ });
    assert.equal(await items.textContent(), 'Ereignisse (1)');
    await page.locator('body').press('Control+z'); // the actor
    await page.locator('body').press('Control+z'); // the event
    assert.equal(await items.textContent(), 'Ereignisse (0)');
    await page.locator('body').press('Control+Shift+z');
    assert.equal(await items.textContent(), 'Ereignisse (1)');
    await page.getByRole('button', { name: /Rückgängig/ }).click();
    assert.equal(await items.textContent(), 'Ereignisse (0)');
    await page.getByRole('button', { name: /Wiederholen/ }).click();
    assert.equal(await items.textContent(), 'Ereignisse (1)');
    // Two events of one date: dragging one onto the other in the list swaps their order.
    await eventFrom(page, 'sind am Mittwoch', 'Russland', true);
    await eventFrom(page, 'Putin sagte nach dem Treffen', 'Russland', false);
    await page.getByRole('button', { name: 'Ereignis schließen' }).click();
    const list = page.locator('ol.event-list');
    const titles = () => list.locator('.title').allTextContents();
    const before = await titles();
    await list.locator('li').nth(2).dragTo(list.locator('li').nth(1));
    assert.deepEqual(await titles(), [before[0], before[2], before[1]], 'dragged within the day');
    await page.locator('body').press('Control+z');
    assert.deepEqual(await titles(), before, 'and undone');
    // Switching the language within the page keeps the work and its history.
    await page.getByRole('link', { name: 'Switch to English' }).click();
    const itemsEn = page.getByRole('heading', { name: /^Events/ });
    assert.equal(await itemsEn.textContent(), 'Events (3)');
    assert.ok(await page.getByRole('button', { name: /Redo/ }).isEnabled(), 'the history came along: the undone drag can be redone');
    await page.getByRole('button', { name: /Redo/ }).click();
    assert.deepEqual(await titles(), [before[0], before[2], before[1]]);
    await page.getByRole('link', { name: 'Auf Deutsch umschalten' }).click();
    await page.getByText('Im Browser gespeichert').waitFor();
    await page.reload();
    await page.locator('[data-sentence]').first().waitFor();
    assert.equal(await items.textContent(), 'Ereignisse (3)', 'restored after a reload');
    assert.deepEqual(errors, []);
  });

  test('by keyboard: arrows and Enter choose a sentence, Enter makes the event, a problem link that focuses its field, and the preview selects in the form', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}?view=edit&lang=de`);
    await page.getByRole('heading', { name: 'Zeitleiste bearbeiten', level: 1 }).waitFor();
    assert.deepEqual(await axe(page), [], 'no axe violations on a blank editor');
    await addArticle(page);
    // The article text is one tab stop; arrows walk the sentences, Enter chooses one.
    await page.locator('[data-sentence]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.getByRole('blockquote').first().textContent(), 'Im März hatte Russland seinen Botschafter aus Washington zurückgerufen.');
    await page.keyboard.press('Tab'); // the best date suggestion
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).type), 'radio');
    await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-event-title-de', 'the new event’s title is ready to edit');
    // Escape clears a choice of words.
    await page.locator('[data-sentence]').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).count(), 0);
    // A problem names the missing actor; its link opens the event and focuses the field.
    await page.getByRole('button', { name: 'Ereignis schließen' }).click();
    await page.getByRole('link', { name: /actors: erwartet mindestens einen Akteur/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-event-actors-new');
    // Selecting in the preview opens that event in the form.
    await page.getByRole('button', { name: 'Ereignis schließen' }).click();
    await page.locator('[data-timeline-viewport] [data-event-id]').first().click();
    await page.getByRole('heading', { name: /^Ereignis: Im März/ }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('in a frame sandboxed without storage the editor says that nothing is kept', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}embed-example.html`);
    await page.setContent(`<iframe title="editor" sandbox="allow-scripts" src="${site.base}?view=edit&lang=de" width="1200" height="800"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByText(/Automatisches Speichern ist hier nicht möglich/).waitFor();
    assert.deepEqual(errors.filter((e) => !/storage|sandbox/i.test(e)), []);
  });

  test('a CSV in the columns of TimelineJS’s template opens as a timeline to edit', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${site.base}?view=edit&lang=en`);
    const csv = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
      ',,,,,,,,,"Bridges, old and new",A title slide,,,,,title,,\n' +
      '1890,5,,,,,,,,First bridge,"Opened, with ""great"" fanfare",,,,,,Town,\n' +
      '1945,4,23,,,,,,,Bridge destroyed,,,,,,,Army,\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('heading', { name: 'Events (2)' }).waitFor();
    await page.getByText('Timeline: Bridges, old and new').waitFor();
    assert.equal(await page.locator('[data-timeline-viewport] [data-event-id]').count(), 2);
    assert.deepEqual(await axe(page), [], 'no axe violations in English with an imported timeline');
    assert.deepEqual(errors, []);
  });

  test('at phone width the editor has no sideways scrolling and a sentence still makes an event', async () => {
    const { page, errors } = await open(browser, site, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
    await page.goto(`${site.base}?view=edit&lang=de`);
    await addArticle(page);
    await page.locator('[data-sentence]', { hasText: 'Am 15. April 2021' }).tap();
    await page.getByRole('button', { name: 'Neues Ereignis', exact: true }).tap();
    assert.equal(await page.locator('#edit-event-start').inputValue(), '2021-04-15');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px)`);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
  });
});
