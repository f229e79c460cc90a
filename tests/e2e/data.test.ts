/**
 * Bring your own data, end to end: every class of bad input gets an alert that names the problem
 * while the rest of the page keeps working; hostile text stays text; a file loads through the
 * picker and by drag and drop; a TimelineJS document and a 10,000-event dataset load via ?data=.
 * Fixtures are served beside dist/ by the harness's `extra` hook, under <sub-path>fixtures/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open, serve, SUBPATH, type Extra, type Site } from './harness.ts';
import { generate } from '../bench/generate.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are broken on purpose, any shape goes
type Json = Record<string, any>;
const shippedJson = (): Json => JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));
const exampleJson = (): Json => JSON.parse(readFileSync('public/examples/lindenau-bridge.json', 'utf8'));
const timelinejs = readFileSync('tests/fixtures/timelinejs.json');
const PWN = 'window.__pwned=1';

/** Text crafted as HTML or script in every field that is shown; valid, so it must render as text. */
function injection(): Json {
  const d = exampleJson();
  const html = `<img src=x onerror="${PWN}">`;
  d.title = { de: `<script>${PWN}</script>Beispiel`, en: `<script>${PWN}</script>Example` };
  d.description = { de: `<iframe src="javascript:${PWN}"></iframe>`, en: `<iframe src="javascript:${PWN}"></iframe>` };
  d.actors.citizens = { de: `<svg onload="${PWN}">`, en: `<svg onload="${PWN}">` };
  const first = d.events[0];
  first.title = { de: `${html}Bürgerverein`, en: `${html}Residents` };
  first.summary = { de: `<a href="javascript:${PWN}">klick</a>`, en: `<a href="javascript:${PWN}">click</a>` };
  first.date.inferred = { de: `<b onmouseover="${PWN}">x</b>`, en: `<b onmouseover="${PWN}">x</b>` };
  const sentence = `${html} steht hier als Text.`;
  d.articles[0].paragraphs[4] += ` ${sentence}`;
  d.articles[0].title.text = `<style>body{display:none}</style>Brücke`;
  d.articles[0].url = 'https://example.org/lindenau';
  first.sources.push({ article: d.articles[0].id, quote: sentence, translation: { en: `<script>${PWN}</script> as text.` } });
  return d;
}

const broken = (change: (d: Json) => void) => {
  const d = shippedJson();
  change(d);
  return JSON.stringify(d);
};

const FIXTURES: Record<string, string | Buffer> = {
  'not-json.json': '{"format": "sourceline/1", "events": [',
  'empty.json': '',
  'list.json': '[1, 2, 3]',
  'fields.json': broken((d) => {
    d.events[0].title = 5;
    d.events[1].actors = 'usa';
  }),
  'language.json': broken((d) => (d.events[0].title.fr = 'Biden prend ses fonctions')),
  'dates.json': broken((d) => (d.events[5].date.start = '2021-02-30')),
  'quote.json': broken((d) => (d.events[4].sources[0].quote = d.events[4].sources[0].quote.replace('“', '"'))),
  'duplicate.json': broken((d) => (d.events[3].id = d.events[2].id)),
  'script-url.json': JSON.stringify({ ...exampleJson(), articles: exampleJson().articles.map((a: Json) => ({ ...a, url: `javascript:${PWN}` })) }),
  'injection.json': JSON.stringify(injection()),
  'timelinejs.json': timelinejs,
  'example.json': readFileSync('public/examples/lindenau-bridge.json'),
  'generated-10000.json': JSON.stringify(generate(10_000)),
  // ≈5 MB: above ON_PAGE_BELOW (3 MB), so checked in the worker; 10,000 events (≈2.5 MB) are checked on the page.
  'generated-20000.json': JSON.stringify(generate(20_000)),
  // One sentence, the source of 40 events: the reader lists a few reference links and "+N".
  'many-refs.json': broken((d) => {
    const cited = d.events.find((e: Json) => e.id === 'geneva-summit');
    for (let i = 1; i <= 40; i++)
      d.events.push({ ...cited, id: `summit-echo-${i}`, title: { de: `Echo ${i}`, en: `Echo ${i}` }, order: i });
  })
};
/** One unbroken word of 10,000 characters as the event's title and summary, the dataset's and the article's title. */
const LONG = 'W'.repeat(10_000);
FIXTURES['long-title.json'] = JSON.stringify(
  (() => {
    const d = exampleJson();
    d.title = { de: LONG, en: LONG };
    d.events[0].title = { de: LONG, en: LONG };
    d.events[0].summary = { de: LONG, en: LONG };
    d.articles[0].title.text = LONG;
    return d;
  })()
);
/** Articles "x" and "x-text", and an event "x": ids built from them must not meet on the page. */
FIXTURES['id-clash.json'] = JSON.stringify(
  (() => {
    const d = exampleJson();
    const old = d.articles[0].id;
    d.articles[0].id = 'x';
    for (const e of d.events) for (const source of e.sources) if (source.article === old) source.article = 'x';
    d.articles.push({ ...structuredClone(d.articles[0]), id: 'x-text' });
    d.events[1].sources.push({ ...d.events[1].sources[0], article: 'x-text' });
    d.events[0].id = 'x';
    return d;
  })()
);
/** Years at and beyond what a JavaScript Date holds, where a time scale used to loop for ever. */
FIXTURES['deep-time.json'] = JSON.stringify(
  (() => {
    const d = exampleJson();
    const dates = [
      { start: '-13800000000', precision: 'year' },
      { start: '300000', precision: 'year' },
      { start: '275759-12-31', precision: 'day' },
      { start: '-271820-01-01', precision: 'day' }
    ];
    dates.forEach((date, i) => (d.events[i].date = date));
    for (const e of d.events) for (const source of e.sources) delete source.datePhrase;
    return d;
  })()
);
const HUGE_BYTES = 201_000_000;
/** Latin-1 bytes: the example with "ä" etc. saved in ISO 8859-1. */
FIXTURES['latin1.json'] = Buffer.from(readFileSync('public/examples/lindenau-bridge.json', 'utf8'), 'latin1');
FIXTURES['duplicate-key.json'] = readFileSync('public/examples/lindenau-bridge.json', 'utf8').replace('"events": [', '"events": [],\n  "events": [');
FIXTURES['bom.json'] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync('public/examples/lindenau-bridge.json')]);

let site: Site;
let browser: Browser;
let closedPort: number;
const served: string[] = [];
/** Serves FIXTURES under <sub-path>fixtures/, a stalled and a huge download among them. */
const fixtures: Extra = (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (!path.startsWith(`${SUBPATH}fixtures/`)) return false;
      const name = path.slice(`${SUBPATH}fixtures/`.length);
      served.push(name);
      if (name === 'stalled.json') {
        // A download that never ends: 1 MB of 5 announced, then nothing.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5_000_000) });
        res.write(Buffer.alloc(1_000_000, 0x20));
        return true;
      }
      if (name === 'huge.json') {
        // No content-length: the page must count the bytes itself and stop.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = HUGE_BYTES));
        pump();
        return true;
      }
      const body = FIXTURES[name];
      if (body === undefined) {
        res.writeHead(404).end('no such fixture');
        return true;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      return true;
};

before(async () => {
  site = await serve({ extra: fixtures });
  browser = await launch();
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Errors other than the browser's own report of a failed request (which the 404 and network cases cause on purpose). */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource/.test(e));

/** The first shipped event, clicked, shows its source sentence marked: the page works. */
async function shippedTimelineWorks(page: Page) {
  await page.locator('[data-event-id="sullivan-returns"]').click();
  await page.locator('mark', { hasText: 'Sullivan kehrte dann im April in die USA zurück.' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#event=sullivan-returns');
}

async function choose(page: Page, name: string, body: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Eigene Daten laden/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await alert.getByRole('listitem').first().waitFor(); // the problems arrive with their (on-demand) wording
  return (await alert.textContent()) ?? '';
}

describe('bad input via ?data= gets an alert naming the problem, and a way back', () => {
  const cases: [name: string, data: () => string, expected: RegExp[]][] = [
    ['not JSON', () => 'fixtures/not-json.json', [/content: erwartet gültiges JSON; gefunden: ein Syntaxfehler/]],
    ['an empty file', () => 'fixtures/empty.json', [/content: erwartet ein JSON-Dokument; gefunden: eine leere Datei/]],
    ['the wrong top-level shape', () => 'fixtures/list.json', [/\(oberste Ebene\): erwartet ein JSON-Objekt .*gefunden: eine Liste mit 3 Einträgen/]],
    ['mistyped fields', () => 'fixtures/fields.json', [/Ereignis „biden-takes-office“, title: erwartet einen Text oder ein Objekt mit Texten nach Sprachcode \(\{ "de": "…", "en": "…" \}\); gefunden: 5/, /Ereignis „biden-calls-putin-killer“, actors: erwartet eine Liste; gefunden: "usa"/]],
    ['a text in a language the dataset does not declare', () => 'fixtures/language.json', [/Ereignis „biden-takes-office“, title\.fr: erwartet eine Sprache, die der Datensatz angibt \(de, en\); "fr" in "languages" ergänzen; gefunden: "fr"/]],
    ['an impossible date', () => 'fixtures/dates.json', [/Ereignis „geneva-summit“, date\.start: erwartet einen Tag, den es im Monat 2021-02 gibt \(01 bis 28\); gefunden: "2021-02-30", Tag 30/]],
    ['a quote not found in its article', () => 'fixtures/quote.json', [/Ereignis „russia-unfriendly-state“, sources\[0\]\.quote: erwartet Text, der wörtlich in Artikel „afp-geneva-summit“ steht; gefunden: ".*"; nächste Stelle im Artikel \(Absatz \d+\): „.*“, Unterschied: Anführungszeichen/]],
    ['duplicate ids', () => 'fixtures/duplicate.json', [/Ereignis „russia-recalls-antonow“, id: erwartet eine Kennung, die kein anderes Ereignis hat; gefunden: ein zweiter Eintrag \(Ereignis Nr\. 4\) mit dieser Kennung/]],
    ['a 404', () => 'fixtures/missing.json', [/Unter dieser Adresse gibt es keine Datei \(HTTP 404\)\. Prüfen Sie die Adresse\./]],
    ['a host that does not answer (or sends no CORS header)', () => `http://127.0.0.1:${closedPort}/data.json`, [/Keine lesbare Antwort von 127\.0\.0\.1:\d+: .*Access-Control-Allow-Origin/]],
    ['a file over the size limit, sent without content-length', () => 'fixtures/huge.json', [/Die Datei ist größer als die Grenze von 200 MB\./]],
    ['a file saved as Latin-1', () => 'fixtures/latin1.json', [/Die Datei ist nicht in UTF-8 gespeichert/]],
    ['a duplicate "events" key', () => 'fixtures/duplicate-key.json', [/"events"/]],
    ['a ?data= address of 5,000 characters', () => `fixtures/missing.json?${'x'.repeat(5000)}`, [/fixtures\/missing\.json\?x+…/]],
    ['an address that is not http(s)', () => `javascript:${PWN}`, [/URL: erwartet eine http- oder https-Adresse; gefunden: "javascript:window\.__pwned=1"/]],
    ['an article address crafted as script', () => 'fixtures/script-url.json', [/Artikel „lindenau-bridge-opens“, url: erwartet eine http- oder https-Adresse; gefunden: "javascript:window\.__pwned=1"/]]
  ];

  for (const [name, data, expected] of cases)
    test(`${name}`, async () => {
      const { page, errors } = await open(browser, site);
      await page.goto(`${site.base}?data=${encodeURIComponent(data())}`);
      const text = await alertText(page);
      for (const pattern of expected) assert.match(text, pattern);
      assert.match(text, /konnten nicht geladen werden/);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      assert.deepEqual(unexpected(errors), []);
      // Nothing else broke: the page still offers a file, and the way back leads to a working timeline.
      await page.getByRole('button', { name: /Eigene Daten laden/ }).waitFor();
      await page.getByRole('link', { name: 'Zur mitgelieferten Zeitleiste' }).click();
      await shippedTimelineWorks(page);
      assert.equal(new URL(page.url()).searchParams.get('data'), null);
      await page.context().close();
    });

  test('a ?data= address of 5,000 characters is shown shortened wherever the page names it: alert, status line, progress', async () => {
    const tail = `?${'x'.repeat(5000)}`;
    const longest = (page: Page) => page.evaluate(() => Math.max(0, ...(document.body.innerText.match(/x+/g) ?? []).map((run) => run.length)));
    for (const [file, ready] of [
      ['missing.json', (page: Page) => alertText(page)],
      ['example.json', (page: Page) => page.getByText(/Angezeigt: eigene Daten aus/).waitFor()],
      ['stalled.json', (page: Page) => page.getByRole('progressbar').waitFor()]
    ] as const) {
      const { page } = await open(browser, site);
      await page.goto(`${site.base}?data=${encodeURIComponent(`fixtures/${file}${tail}`)}`);
      await ready(page);
      const run = await longest(page);
      assert.ok(run > 20 && run < 200, `${file}: the address is shown with ${run} of its 5,000 x`);
      await page.context().close();
    }
  });

  test('the streamed download is abandoned soon after the limit', async () => {
    const { page } = await open(browser, site);
    const response = page.waitForResponse((r) => r.url().endsWith('/fixtures/huge.json'));
    await page.goto(`${site.base}?data=fixtures/huge.json`);
    await alertText(page);
    assert.equal((await response).headers()['content-length'], undefined);
    await page.context().close();
  });

  test('a long list of problems is cut at 50 with a count of the rest', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/timelinejs.json&lang=en`); // warm-up: a good load first
    await page.locator('[data-event-id]').first().waitFor();
    FIXTURES['many.json'] = broken((d) => d.events.forEach((e: Json) => ((e.actors = 'x'), (e.tags = 'y'), (e.summary = 1), (e.title = 2))));
    await page.goto(`${site.base}?data=fixtures/many.json&lang=en`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.getByRole('listitem').count(), 50);
    assert.match((await alert.textContent()) ?? '', /… and 10 more/);
    await page.context().close();
  });

  test('the error page has no axe-core violations', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/fields.json`);
    await alertText(page);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});

describe('hostile text stays text', () => {
  test('a dataset with HTML and script in every shown field runs nothing and shows it literally', async () => {
    const requests: string[] = [];
    const { page, errors } = await open(browser, site);
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.base}?data=fixtures/injection.json&lang=en`);
    const event = page.getByRole('button', { name: /<img src=x onerror="window\.__pwned=1">Residents/ });
    await event.click();
    await page.locator('mark', { hasText: '<img src=x onerror="window.__pwned=1"> steht hier als Text.' }).waitFor();
    await page.locator('main').getByText('<svg onload="window.__pwned=1">').first().waitFor();
    await page.getByText('<script>window.__pwned=1</script> as text.').waitFor();
    await page.getByRole('button', { name: /^Read the whole article/ }).first().click();
    await page.getByRole('heading', { name: '<script>window.__pwned=1</script>Example' }).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('img, iframe, svg[onload], b[onmouseover], a[href^="javascript"]').count(), 0);
    assert.equal(await page.locator('body').isVisible(), true, 'an injected <style> would hide the page');
    assert.ok(!requests.some((p) => p.endsWith('/x')), 'an injected <img src=x> was requested');
    // The one address in the data that may become a link: the article's own, http(s) only.
    assert.equal(await page.getByRole('link', { name: 'Original article' }).getAttribute('href'), 'https://example.org/lindenau');
    // The warnings say that the text looked like HTML; they are a note, not an alert.
    await page.getByText(/Notes on the data \(\d+\)/).click();
    await page.getByText(/title\.en: expected plain text \(HTML is shown as typed, never run\)/).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe('a 10,000-character unbroken title scrolls no view sideways', () => {
  for (const width of [390, 1366])
    for (const view of ['', 'present', 'print', 'quiz', 'edit'])
      test(`${view || 'explore'} at ${width} px`, async () => {
        const { page, errors } = await open(browser, site, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
        const first = exampleJson().events[0].id;
        await page.goto(`${site.base}?data=fixtures/long-title.json${view ? `&view=${view}` : ''}#event=${first}`);
        await page.waitForFunction((word) => document.body.innerText.includes(word), LONG.slice(0, 200));
        await page.evaluate(() => document.fonts.ready);
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(scroll <= client, `the page is ${scroll} px wide in a ${client} px window`);
        assert.deepEqual(unexpected(errors), []);
        await page.context().close();
      });
});

describe('years beyond what a JavaScript Date holds freeze no view', () => {
  for (const view of ['', 'present', 'print', 'quiz'])
    test(`the ${view || 'explore'} view draws a dataset from 13.8 billion years ago to the year 300,000 and stays responsive`, async () => {
      const { page, errors } = await open(browser, site);
      await page.goto(`${site.base}?data=fixtures/deep-time.json${view ? `&view=${view}` : ''}`);
      await page.locator(view === 'print' ? 'li.entry' : view === 'quiz' ? 'main li' : view === 'present' ? '.slide h1' : '[data-event-id]').first().waitFor({ timeout: 10_000 });
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      assert.ok(Date.now() - started < 2000, 'the page answers within two seconds');
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.deepEqual(unexpected(errors), []);
      await page.context().close();
    });
});

describe('ids from the data never clash on the page', () => {
  for (const view of ['', 'present', 'print', 'quiz'])
    test(`articles "x" and "x-text" and an event "x": no id twice in the ${view || 'explore'} view`, async () => {
      const { page, errors } = await open(browser, site);
      const second = exampleJson().events[1].id;
      await page.goto(`${site.base}?data=fixtures/id-clash.json${view ? `&view=${view}` : ''}#event=${second}`);
      await page.locator(view === 'print' ? 'li.entry' : view === 'quiz' ? 'main li' : view === 'present' ? '.slide' : '[data-event-id="x"]').first().waitFor();
      if (!view) {
        // Both articles open whole in the reader, where each sentence and heading has an id.
        // The reader shows one article whole, beside the cited paragraphs of the other.
        const whole = page.getByRole('button', { name: /^Ganzen Artikel lesen/ });
        await whole.first().waitFor(); // the reading pane comes just after the timeline
        assert.equal(await whole.count(), 2, 'the event cites both articles');
        await whole.last().click();
        await page.getByRole('heading', { name: exampleJson().articles[0].title.text }).first().waitFor();
      }
      const twice = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      });
      assert.deepEqual(twice, []);
      assert.deepEqual(unexpected(errors), []);
      await page.context().close();
    });
});

describe('loading a local file', () => {
  test('a good file from the picker replaces the timeline and works', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(site.base);
    await page.locator('[data-event-id="geneva-summit"]').waitFor();
    await choose(page, 'lindenau.json', FIXTURES['example.json']);
    await page.getByRole('heading', { level: 1, name: 'Beispiel: Eine Brücke für Lindenau' }).waitFor();
    assert.equal(await page.locator('[data-event-id="geneva-summit"]').count(), 0);
    await page.getByText('Angezeigt: eigene Daten aus lindenau.json').waitFor();
    await page.locator('[data-event-id="flood-delay"]').click();
    await page.locator('mark', { hasText: 'Ein Hochwasser im Juli 2023 verzögerte sie um mehrere Wochen.' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#event=flood-delay');
    assert.deepEqual(errors, []);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('a bad file is reported beside the timeline, which stays and works', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(site.base);
    await choose(page, 'kaputt.json', '{"format": "sourceline/1", "events": 3}');
    const text = await alertText(page);
    assert.match(text, /kaputt\.json konnte nicht geladen werden\. Die bisherige Zeitleiste bleibt angezeigt\./);
    assert.match(text, /Datei „kaputt\.json“|Datensatz, events: erwartet eine Liste; gefunden: 3/);
    await shippedTimelineWorks(page);
    assert.deepEqual(await axe(page), []);
    await page.getByRole('button', { name: 'Meldung schließen' }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('an empty file from the picker is named in the alert', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await choose(page, 'leer.json', '');
    assert.match(await alertText(page), /Datei „leer\.json“, content: erwartet ein JSON-Dokument; gefunden: eine leere Datei/);
    await page.context().close();
  });

  test('the error page of a failed ?data= still loads a file', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/missing.json`);
    await alertText(page);
    await choose(page, 'lindenau.json', FIXTURES['example.json']);
    await page.locator('[data-event-id="bridge-opens"]').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.context().close();
  });

  test('dragging a file over the page shows a drop target, and dropping it loads it', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'kalender.json', { type: 'application/json' }));
      return dt;
    }, timelinejs.toString('utf8'));
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.getByText('JSON-Datei hier ablegen').waitFor();
    await page.dispatchEvent('main', 'dragleave', { dataTransfer: transfer });
    assert.equal(await page.getByText('JSON-Datei hier ablegen').count(), 0);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByRole('heading', { level: 1, name: 'Kalender & Uhren: eine kurze Geschichte' }).waitFor();
    assert.equal(await page.getByText('JSON-Datei hier ablegen').count(), 0);
    await page.context().close();
  });
});

describe('other formats and sizes via ?data=', () => {
  test('a TimelineJS document with every date form is converted on load', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/timelinejs.json`);
    await page.getByRole('heading', { level: 1, name: 'Kalender & Uhren: eine kurze Geschichte' }).waitFor();
    for (const [id, name] of [
      ['stonehenge', /3000 v\. Chr\..*Baubeginn von Stonehenge/],
      ['julian-calendar', /1\. Januar 45 v\. Chr\..*Der Julianische Kalender tritt in Kraft/],
      ['caesars-death', /Iden des März, 44 v\. Chr\..*Caesar wird ermordet/], // display_date is the date shown
      ['calendar-reform', /1577 – 1582.*Die Kalenderreform wird vorbereitet/],
      ['grossbritannien-ueberspringt-elf-tage', /3\. September 1752 – 13\. September 1752.*Großbritannien überspringt elf Tage/],
      ['russland-stellt-um', /Februar 1918.*Russland stellt um/],
      ['moon-landing', /20\. Juli 1969.*Mondlandung/],
      ['y2k', /1999 – 2000.*Das Jahr-2000-Problem/]
    ] as const) {
      const button = page.locator(`[data-event-id="${id}"]`);
      assert.match((await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '', name);
      assert.match((await button.textContent()) ?? '', /ohne Quelle/);
    }
    await page.locator('[data-event-id="moon-landing"]').click();
    const detail = page.locator('#source');
    await detail.getByText('ohne Quelle').waitFor();
    await detail.getByText('Zeitmessung').waitFor(); // the group became the actor
    await page.locator('[data-event-id="y2k"]').click();
    await detail.getByText('Zweistellige Jahreszahlen lassen Programme <script> und "00" verwechseln — hier nur Text.').waitFor();
    // Conversion notes and missing sources are a collapsed note, not an alert.
    assert.equal(await page.getByRole('alert').count(), 0);
    const note = page.getByText('Hinweise zu den Daten (15)');
    await note.click();
    await page.getByText(/TimelineJS-Folie Nr\. 4 „calendar-reform“, end_date: erwartet dieselben Datumsteile wie start_date/).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('the example dataset in public/ loads with ?data=examples/…', async () => {
    const { page, errors, foreign } = await open(browser, site);
    await page.goto(`${site.base}?data=examples/lindenau-bridge.json&lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Example: A bridge for Lindenau' }).waitFor();
    await page.getByRole('button', { name: /by March 2022.*State grants the funding/ }).click();
    await page.locator('mark', { hasText: 'Noch vor Baubeginn bewilligte das Land die Fördermittel.' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await page.context().close();
  });

  test('a 10,000-event generated dataset loads', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/generated-10000.json&lang=en#event=e1`);
    await page.getByRole('heading', { level: 1, name: 'Generated: 10000 events' }).waitFor({ timeout: 20_000 });
    await page.locator('[data-event-id]').first().waitFor();
    await page.locator('[data-event-id="e1"][aria-current="true"]').waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a sentence that is the source of 40 events lists five reference links, the selected one among them, and "+N" for the rest', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/many-refs.json&lang=en#event=summit-echo-30`);
    // The sentence's reference dots are in the whole article, one step from the reading pane.
    await page.getByRole('button', { name: /^Read the whole article/ }).first().click();
    const reader = page.locator('#source');
    const more = reader.getByRole('button', { name: /^Show \d+ more events with this sentence as their source$/ }).first();
    await more.waitFor();
    const sup = (await more.locator('xpath=..').elementHandle())!;
    const links = async () => (await sup.$$('a.ref')).length;
    assert.equal(await links(), 6, 'five, and the selected one');
    assert.equal((await sup.$$('a.ref.current')).length, 1);
    const hidden = Number((await more.textContent())!.replace('+', ''));
    assert.ok(hidden >= 35, `the other 35 echoes at least are behind "+N" (${hidden})`);
    await more.click();
    assert.equal(await links(), 6 + hidden);
    const refs = await sup.$$('a.ref');
    const box = (await reader.boundingBox())!;
    for (const ref of refs) {
      const at = (await ref.boundingBox())!;
      assert.ok(at.x + at.width <= box.x + box.width + 1, `the links wrap inside the reader (${at.x + at.width} > ${box.x + box.width})`);
    }
    await refs[refs.length - 1].focus();
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#event=summit-echo-\d+$/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
  });

  test('on a phone, a 10,000-event feed shows a page at a time and the keyboard walk goes on past it', async () => {
    const { page } = await open(browser, site, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.base}?data=fixtures/generated-10000.json&lang=en`);
    await page.locator('[data-event-id]').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-event-id]').count(), 150);
    await page.getByRole('button', { name: /Show 150 more \(9,?850 left\)/ }).click();
    assert.equal(await page.locator('[data-event-id]').count(), 300);
    await page.locator('[data-event-id]').nth(299).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') !== null), true);
    assert.ok((await page.locator('[data-event-id]').count()) > 300, 'the walk extended the feed');
    await page.context().close();
  });

  test('in a 10,000-event dataset, ArrowRight walks the keyboard focus from event to event', async () => {
    const { page } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/generated-10000.json&lang=en`);
    const first = page.locator('[data-event-id]').first();
    await first.waitFor({ timeout: 20_000 });
    await first.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    const seen = [await focused()];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused());
    }
    assert.ok(seen.every((id) => id !== null), `focus left the events: ${seen.join(', ')}`);
    assert.equal(new Set(seen).size, seen.length, `ArrowRight did not move on: ${seen.join(', ')}`);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), seen[4]);
    await page.context().close();
  });
});

describe('large data loads in a worker, with progress, Cancel and only the newest load winning', () => {
  test('a download that stalls shows its progress, and Cancel ends it with a way back', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/stalled.json`);
    const bar = page.getByRole('progressbar', { name: /stalled\.json wird geladen/ });
    await bar.waitFor();
    await page.getByText('1 MB von 5 MB gelesen').waitFor();
    assert.equal(await bar.getAttribute('value'), '1000000');
    // A file dragged onto the page meanwhile is not opened by the browser in place of the page.
    assert.equal(await dropPrevented(page), true);
    await page.getByRole('button', { name: 'Laden abbrechen' }).click();
    assert.match(await alertText(page), /Das Laden wurde abgebrochen\./);
    assert.equal(await page.getByRole('progressbar').count(), 0);
    await page.getByRole('link', { name: 'Zur mitgelieferten Zeitleiste' }).click();
    await shippedTimelineWorks(page);
    assert.deepEqual(unexpected(errors), []);
    await page.context().close();
  });

  test('a UTF-8 BOM is accepted', async () => {
    const { page, errors } = await open(browser, site);
    await page.goto(`${site.base}?data=fixtures/bom.json`);
    await page.locator('[data-event-id="bridge-opens"]').waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  /** Opens `?data=` with a fixture until an event is drawn: the workers the page started, and its errors. */
  async function workersWhileLoading(fixture: string): Promise<{ workers: string[]; errors: string[] }> {
    const { page, errors } = await open(browser, site);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${site.base}?data=fixtures/${fixture}`);
    await page.locator('[data-event-id]').first().waitFor();
    await page.context().close();
    return { workers, errors };
  }

  test('10,000 events (2.5 MB) are checked on the page, without a worker', async () => {
    const { workers, errors } = await workersWhileLoading('generated-10000.json');
    assert.deepEqual(workers, []);
    assert.deepEqual(errors, []);
  });

  test('large data is checked in a worker served from the sub-path', async () => {
    const { workers, errors } = await workersWhileLoading('generated-20000.json');
    assert.equal(workers.length, 1);
    assert.match(workers[0], new RegExp(`^${site.base.replace(/[.]/g, '\\.')}assets/load-worker-[\\w-]+\\.js$`));
    assert.deepEqual(errors, []);
  });

  for (const [size, how] of [
    [10_000, 'checked on the page in slices'],
    [20_000, 'checked in the worker']
  ] as const)
  test(`while a ${size.toLocaleString('en')}-event file loads (${how}), no task on the page uses more than 50 ms of the main thread`, async (t) => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    // The file is made in the page beforehand: handing a test file to an <input> costs the page a
    // long task of its own (Playwright decodes it there), which is not the app's.
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'gross.json', { type: 'application/json' }));
      return dt;
    }, String(FIXTURES[`generated-${size}.json`]));
    // The main thread's CPU time per task, from a trace: wall-clock long tasks also count the
    // time other processes on a busy machine take (npm run bench reports those).
    const tasks = await mainThreadTasks(page, 'sourceline:load-start', 'sourceline:data-ready', async () => {
      await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
      await page.waitForFunction(() => performance.getEntriesByName('sourceline:data-ready').length > 0);
    });
    assert.ok(tasks.length > 10, `a trace of the load: ${tasks.length} tasks`);
    t.diagnostic(`main-thread CPU per task while loading, longest: ${Math.max(...tasks)} ms (${tasks.length} tasks)`);
    assert.deepEqual(tasks.filter((ms) => ms > 50), [], `main-thread ms per task while loading: ${tasks.filter((ms) => ms > 5).join(', ')}`);
    await page.getByRole('heading', { level: 1, name: `Generiert: ${size} Ereignisse` }).waitFor();
    await page.context().close();
  });

  test('two files chosen in quick succession: the newer one stays, the older larger one never replaces it', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    await choose(page, 'gross.json', FIXTURES['generated-10000.json']);
    await choose(page, 'lindenau.json', FIXTURES['example.json']);
    await page.getByText('Angezeigt: eigene Daten aus lindenau.json').waitFor();
    // Long enough for the older load to have finished, had it not been cancelled.
    await page.waitForTimeout(3000);
    await page.getByText('Angezeigt: eigene Daten aus lindenau.json').waitFor();
    await page.locator('[data-event-id="bridge-opens"]').waitFor();
    assert.equal(await page.getByRole('progressbar').count(), 0);
    await page.context().close();
  });

  test('several files dropped: the first loads, and the page says the others were not loaded', async () => {
    const { page } = await open(browser, site);
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    const transfer = await page.evaluateHandle(
      ([a, b]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([a], 'lindenau.json', { type: 'application/json' }));
        dt.items.add(new File([b], 'kalender.json', { type: 'application/json' }));
        return dt;
      },
      [String(FIXTURES['example.json']), timelinejs.toString('utf8')]
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByText(/Angezeigt: eigene Daten aus lindenau\.json\s+\(eine weitere gewählte Datei nicht geladen \(eine auf einmal\)\)/).waitFor();
    await page.context().close();
  });

  for (const view of ['present', 'quiz', 'print'])
    test(`a file dropped on the ${view} view is not opened by the browser`, async () => {
      const { page } = await open(browser, site);
      await page.goto(`${site.base}?view=${view}`);
      await page.locator('main').first().waitFor();
      assert.equal(await dropPrevented(page), true);
      await page.context().close();
    });
});

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `act` under a Chromium trace and returns the main-thread CPU time (ms) of each task that
 * began between the performance marks `from` and `to` (the one that sets `to` included).
 */
async function mainThreadTasks(page: Page, from: string, to: string, act: () => Promise<void>): Promise<number[]> {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'] });
  await act();
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread is where its marks are (other renderers may be in the trace too).
  const mark = (name: string) => events.find((e) => e.name === name && e.cat?.includes('user_timing'))!;
  const main = mark(from);
  const [start, end] = [mark(from).ts, mark(to).ts];
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= start && e.ts <= end)
    .map((e) => Math.round((e.tdur ?? e.dur ?? 0) / 1000));
}

/** Drags a file over the page and drops it: whether the page kept the browser from opening it. */
function dropPrevented(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{}'], 'x.json', { type: 'application/json' }));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    document.body.dispatchEvent(over);
    document.body.dispatchEvent(drop);
    return over.defaultPrevented && drop.defaultPrevented;
  });
}

describe('the loading worker under the strictest CSP, and in an iframe sandboxed without allow-same-origin', () => {
  const STRICTEST =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:; frame-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors *; require-trusted-types-for 'script'; trusted-types svelte-trusted-html sourceline";
  let strict: Site;
  before(async () => {
    strict = await serve({
      headers: { 'content-security-policy': STRICTEST },
      extra: (req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        // An opaque origin reads even its own host's data only with CORS (README, "Hosting").
        if (url.pathname.endsWith('.json')) res.setHeader('access-control-allow-origin', '*');
        if (url.pathname === `${SUBPATH}host.html`) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html lang="de"><title>host</title><iframe title="timeline" sandbox="allow-scripts" src="./?data=fixtures/generated-20000.json"></iframe>`);
          return true;
        }
        return fixtures(req, res);
      }
    });
  });
  after(() => strict?.close());

  const violations = (page: Page) =>
    page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`)));

  test('under the strictest CSP, ?data= is checked in the worker and loads, with no violation', async () => {
    const { page, errors } = await open(browser, strict);
    await violations(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${strict.base}?data=fixtures/generated-20000.json`);
    await page.locator('[data-event-id]').first().waitFor();
    assert.equal(workers.length, 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('in a sandboxed iframe (opaque origin) under the same CSP, ?data= loads all the same', async () => {
    const { page, errors } = await open(browser, strict);
    await violations(page);
    await page.goto(`${strict.base}host.html`);
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('[data-event-id]').first().waitFor();
    assert.equal(await frame.evaluate(() => origin), 'null');
    assert.equal(await frame.getByRole('alert').count(), 0);
    assert.deepEqual(unexpected(errors), []);
    await page.context().close();
  });
});
