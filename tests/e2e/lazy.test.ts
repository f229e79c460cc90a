/**
 * The parts a first visit does not need (presentation, quiz, embed dialog, data loader) arrive as
 * further classic scripts on first use (src/build/classic-script.ts). These tests check that the
 * first load holds only the explorer, that every on-demand part works in an iframe sandboxed
 * without allow-same-origin (where module scripts and import() would fail), and that a part that
 * cannot be fetched is reported while the page goes on working.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'playwright-core';
import { axe, open, start, stop, SUBPATH, type Site } from './harness.ts';

let site: Site;
let browser: Browser;
before(async () => ({ site, browser } = await start({
  // A host page of our own making: the timeline in a sandboxed iframe, at the address in ?src=.
  extra: (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // A dataset fetched from an opaque origin needs CORS, embedded or not (README, "Hosting").
    if (url.pathname.endsWith('.json')) res.setHeader('access-control-allow-origin', '*');
    if (url.pathname !== `${SUBPATH}host.html`) return false;
    const src = url.searchParams.get('src') ?? './';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>host</title><link rel="icon" href="data:,"><iframe title="timeline" sandbox="allow-scripts" src="${src.replace(/"/g, '&quot;')}" style="width:1000px;height:700px"></iframe>`);
    return true;
  }
})));
after(() => stop({ site, browser }));

const ON_DEMAND = /\/assets\/(Quiz|Present|EmbedOptions|load)-[\w-]+\.(js|css)$/;

/** The page's requests for files under assets/, by name. */
function assetsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.includes('/assets/')) seen.push(path.slice(path.lastIndexOf('/') + 1));
  });
  return seen;
}

async function sandboxed(page: Page, src: string): Promise<Frame> {
  await page.goto(`${site.base}host.html?src=${encodeURIComponent(src)}`);
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState();
  assert.equal(await frame.evaluate(() => origin), 'null', 'the sandbox gives the timeline an opaque origin');
  return frame;
}

describe('on-demand parts of the app', () => {
  test('the first load is the explorer alone: one script and one stylesheet', async () => {
    const { page, errors, foreign } = await open(browser, site);
    const assets = assetsOf(page);
    await page.goto(site.base);
    await page.locator('[data-event-id]').first().waitFor();
    await page.waitForTimeout(300);
    // The explorer is the first load; the reading pane and the handout follow while it is drawn and
    // once it is idle. None of the parts a reader asks for (slides, exercise, embed, loader) comes.
    const names = assets.map((name) => name.replace(/-[\w-]+\./, '-*.'));
    assert.ok(names.includes('index-*.js') && names.includes('index-*.css'), names.join(', '));
    assert.deepEqual(names.filter((name) => /^(Quiz|Present|EmbedOptions|load|ClassKitDialog|Edit)-/.test(name)), []);
    await page.getByRole('button', { name: 'Einbetten' }).click();
    await page.getByRole('heading', { name: 'Zeitleiste einbetten' }).waitFor();
    assert.ok(assets.some((name) => name.startsWith('EmbedOptions-') && name.endsWith('.js')), 'the dialog arrives when opened');
    assert.ok(assets.some((name) => name.startsWith('EmbedOptions-') && name.endsWith('.css')), 'with its stylesheet');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });

  test('a page loads the shipped texts of its own language; the other language comes with a switch or a search', async () => {
    const { page, errors, foreign } = await open(browser, site, { viewport: { width: 1366, height: 768 } });
    const assets = assetsOf(page);
    await page.goto(site.base);
    await page.locator('[data-event-id="biden-takes-office"]').first().waitFor();
    assert.match((await page.locator('[data-event-id="biden-takes-office"]').first().textContent()) ?? '', /Biden tritt sein Amt an/);
    // The first script asked for the German texts before the entry had run.
    const firstScript = await page.evaluate(() => document.scripts[0]?.getAttribute('src') ?? '');
    assert.match(firstScript, /\/first-[\w-]+\.js$/);
    assert.ok(assets.some((name) => name.startsWith('_shipped-text-de-')), assets.join(', '));
    assert.ok(!assets.some((name) => name.startsWith('_shipped-text-en-')), 'no English texts on a German page');

    // Search looks through both languages: the English texts come with the first search.
    await page.getByRole('searchbox', { name: 'Suche' }).fill('takes office');
    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length === 1);
    assert.ok(assets.some((name) => name.startsWith('_shipped-text-en-')));
    await page.getByRole('searchbox', { name: 'Suche' }).fill('');

    // The switch shows every text in English, the chosen event and its sentence kept.
    await page.locator('[data-event-id="biden-takes-office"]').first().click();
    await page.locator('mark').first().waitFor();
    await page.getByRole('link', { name: /English/ }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match((await page.locator('[data-event-id="biden-takes-office"]').first().textContent()) ?? '', /Biden takes office/);
    await page.getByText('Diplomatic relations between the two countries').first().waitFor();
    assert.match(page.url(), /#event=biden-takes-office$/);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });

  test('in an iframe sandboxed without allow-same-origin: the quiz, the presentation, the embed dialog and ?data= all load', async () => {
    const { page, errors, foreign } = await open(browser, site, { viewport: { width: 1100, height: 800 } });
    let frame = await sandboxed(page, './?view=quiz&lang=en');
    await frame.getByRole('list', { name: 'Events to order from earliest to latest' }).waitFor();

    frame = await sandboxed(page, './?view=present');
    await frame.getByRole('navigation', { name: 'Steuerung der Präsentation' }).waitFor();
    await frame.getByRole('button', { name: 'Weiter' }).click();

    frame = await sandboxed(page, './');
    await frame.getByRole('button', { name: 'Einbetten' }).click();
    await frame.getByRole('heading', { name: 'Zeitleiste einbetten' }).waitFor();

    frame = await sandboxed(page, './?data=examples/lindenau-bridge.json');
    await frame.locator('[data-event-id]').first().waitFor();
    assert.equal(await frame.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });

  test('a part that cannot be fetched is reported in an alert, and the page goes on working', async () => {
    const { page, context } = await open(browser, site, { viewport: { width: 1100, height: 800 } });
    await context.route(ON_DEMAND, (route) => route.abort('connectionfailed'));

    await page.goto(`${site.base}?view=quiz`);
    await page.getByRole('alert').filter({ hasText: 'konnte nicht geladen werden' }).waitFor();
    assert.deepEqual(await axe(page), []);

    await page.goto(`${site.base}?data=examples/lindenau-bridge.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /examples\/lindenau-bridge\.json/);
    assert.match(await alert.innerText(), /data loader|Datenlader/);

    await page.goto(site.base);
    await page.getByRole('button', { name: 'Einbetten' }).click();
    await page.getByRole('dialog').getByRole('alert').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-event-id="geneva-summit"]').click();
    await page.locator('mark').first().waitFor();
    assert.match(page.url(), /#event=geneva-summit$/);

    // Once the network is back, the same page loads the part it could not load before.
    await context.unroute(ON_DEMAND);
    await page.getByRole('button', { name: 'Einbetten' }).click();
    await page.getByRole('heading', { name: 'Zeitleiste einbetten' }).waitFor();
  });
});
