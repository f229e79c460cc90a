/**
 * npx tsx tests/bench/waterfall.ts [events]: what the built page fetches and when, while it opens
 * `?data=` with generated events (tests/bench/generate.ts, seed 1; default 1,000), in headless
 * Chromium at 1280×800. Prints each request (start and end in ms from navigation), the page's
 * own marks (sourceline:load-start, sourceline:data-ready), long tasks and the first frame with an event drawn,
 * as `npx tsx tests/bench/compare.ts` measures it. Not a test: a tool to find what holds up the
 * first event. Run `npm run build` first. WATERFALL_QUERY adds to the query (e.g. `&lang=de`);
 * WATERFALL_SHIPPED=1 opens the page without ?data= (the shipped dataset).
 */
import { launch, serve } from '../e2e/harness.ts';
import { generate } from './generate.ts';

const SIZE = Number(process.argv[2] ?? 1000);
const body = JSON.stringify(generate(SIZE, 1));
const site = await serve({
  extra: (req, res) => {
    if (!req.url?.includes('/bench-data.json')) return false;
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    return true;
  }
});
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(`
    window.__firstEvent = null;
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    const look = () => {
      const shown = [...document.querySelectorAll('[data-event-id]')].slice(0, 2000).some((el) => el.getBoundingClientRect().width > 0);
      if (!shown) return requestAnimationFrame(look);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__firstEvent = performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(look);
  `);
  const query = process.env.WATERFALL_SHIPPED ? `?${process.env.WATERFALL_QUERY ?? ''}` : `?data=bench-data.json${process.env.WATERFALL_QUERY ?? ''}`;
  await page.goto(site.base + query, { waitUntil: 'commit' });
  await page.waitForFunction('window.__firstEvent !== null', null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const rows = (await page.evaluate(`[
    ...performance.getEntriesByType('resource').map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.name.slice(e.name.lastIndexOf('/') + 1)]),
    ...performance.getEntriesByType('mark').map((e) => [Math.round(e.startTime), null, 'mark ' + e.name]),
    ...performance.getEntriesByType('paint').map((e) => [Math.round(e.startTime), null, e.name]),
    [Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd), null, 'DOMContentLoaded done'],
    [Math.round(window.__firstEvent), null, 'FIRST EVENT'],
    ...window.__longTasks.map(([start, duration]) => [Math.round(start), Math.round(start + duration), 'long task ' + Math.round(duration) + ' ms'])
  ]`)) as [number, number | null, string][];
  for (const [start, end, name] of rows.sort((a, b) => a[0] - b[0])) console.log(String(start).padStart(6), (end === null ? '' : String(end)).padStart(6), ' ', name);
} finally {
  await browser.close();
  await site.close();
}
