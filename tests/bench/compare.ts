/**
 * npx tsx tests/bench/compare.ts: Sourceline side by side with vis-timeline, d3-milestones and
 * TimelineJS on the same generated events (tests/bench/generate.ts, seed 1), in the same headless
 * Chromium at 1280×800. The three libraries are installed from npm into a scratch folder outside
 * the project (COMPARE_DIR, default /tmp/sourceline-compare), never as project dependencies.
 * Not a test: it prints a Markdown table. Each page fetches the same JSON file from loopback and
 * draws it with the library's documented defaults.
 *
 *   first event    ms from navigation until the first frame with an event drawn (laid out with a
 *                  size, in view or not: d3-milestones stacks its labels below the fold) was rendered
 *   long tasks     count and total ms of long tasks up to one second after that
 *   zoom p95       frame time p95 (rAF deltas) while the wheel turns over the timeline, 20 steps
 *                  in and 20 out; "–" where the library has no wheel zoom
 *
 * Options: COMPARE_SIZES (default 1000,10000,100000), COMPARE_RUNS (default 1; the median is
 * shown), COMPARE_TIMEOUT_S (default 120: a page that shows nothing by then is "timed out"),
 * BENCH_SKIP_BUILD=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, serve, SUBPATH } from '../e2e/harness.ts';
import { chromiumBinary } from '../e2e/chromium.ts';
import { generate } from './generate.ts';
import type { DatasetData } from '../../src/lib/model/types.ts';

const DIR = process.env.COMPARE_DIR ?? '/tmp/sourceline-compare';
const SIZES = (process.env.COMPARE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.COMPARE_RUNS ?? 1);
const TIMEOUT = Number(process.env.COMPARE_TIMEOUT_S ?? 120) * 1000;
const PACKAGES = ['vis-timeline@8', 'vis-data@8', 'd3-milestones@1', '@knight-lab/timelinejs@3'];

if (!existsSync(join(DIR, 'node_modules/vis-timeline')) || !existsSync(join(DIR, 'node_modules/d3-milestones')) || !existsSync(join(DIR, 'node_modules/@knight-lab/timelinejs'))) {
  mkdirSync(DIR, { recursive: true });
  console.error(`installing ${PACKAGES.join(', ')} into ${DIR} …`);
  execFileSync('npm', ['install', '--prefix', DIR, '--no-audit', '--no-fund', ...PACKAGES], { stdio: 'inherit' });
}

/** The same events in each library's own format. */
const formats = {
  vis: (d: DatasetData) => d.events.map((e, i) => ({ id: i, content: e.title.en, start: e.date.start, ...(e.date.end ? { end: e.date.end } : {}) })),
  milestones: (d: DatasetData) => d.events.map((e) => ({ timestamp: e.date.start, text: e.title.en })),
  timelinejs: (d: DatasetData) => ({
    events: d.events.map((e) => {
      const [year, month, day] = e.date.start.split('-').map(Number);
      return { start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) }, text: { headline: e.title.en, text: e.summary?.en ?? '' } };
    })
  })
};

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compare</title><link rel="icon" href="data:,">${head}<style>body{margin:0;font-family:sans-serif}</style></head><body>${body}</body></html>`;

/** name → [page path, selector of a drawn event, selector of the zoomable area or null] */
const LIBRARIES: Record<string, { html: (size: number) => string; event: string; zoom: string | null }> = {
  'vis-timeline': {
    html: (n) =>
      page(
        '<link rel="stylesheet" href="lib/vis-timeline/styles/vis-timeline-graph2d.min.css"><script src="lib/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>',
        `<div id="t"></div><script>fetch("data/vis-${n}.json").then(r=>r.json()).then(items=>{new vis.Timeline(document.getElementById("t"),new vis.DataSet(items),{height:"760px"})})</script>`
      ),
    event: '.vis-item',
    zoom: '.vis-center'
  },
  'd3-milestones': {
    html: (n) =>
      page(
        '<link rel="stylesheet" href="lib/d3-milestones/build/d3-milestones.css"><script src="lib/d3-milestones/build/d3-milestones.min.js"></script>',
        // Its defaults: the label optimizer (.optimize(true)) does not finish 1,000 events in 30 s.
        `<div id="t" style="height:760px"></div><script>fetch("data/milestones-${n}.json").then(r=>r.json()).then(data=>{milestones("#t").mapping({timestamp:"timestamp",text:"text"}).parseTime("%Y-%m-%d").render(data)})</script>`
      ),
    event: '.milestones__group__bullet',
    zoom: null
  },
  TimelineJS: {
    html: (n) =>
      page(
        '<link rel="stylesheet" href="lib/@knight-lab/timelinejs/dist/css/timeline.css"><script src="lib/@knight-lab/timelinejs/dist/js/timeline.js"></script>',
        `<div id="t" style="height:760px"></div><script>fetch("data/timelinejs-${n}.json").then(r=>r.json()).then(data=>{new TL.Timeline("t",data,{ga_property_id:null,track_events:[]})})</script>`
      ),
    event: '.tl-timemarker-content-container',
    zoom: null
  }
};

const PROBE = (selector: string) => `
  const bench = { longTasks: [], firstEvent: null, frames: [], recording: false };
  window.__bench = bench;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    const shown = [...document.querySelectorAll(${JSON.stringify(selector)})].slice(0, 2000).some((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    if (!shown) return requestAnimationFrame(look);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (bench.firstEvent = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(look);
`;

interface Result {
  firstEvent: number;
  longTasks: number;
  longTaskMs: number;
  zoomP95: number;
}

async function measure(browser: Browser, url: string, selector: string, zoom: string | null): Promise<Result | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Loopback only: a library that reaches for a CDN (fonts, analytics) gets nothing, at once.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const p = await context.newPage();
  if (process.env.COMPARE_DEBUG) p.on('console', (m) => console.error('   console:', m.text().slice(0, 200)));
  if (process.env.COMPARE_DEBUG) p.on('pageerror', (e) => console.error('   pageerror:', e.message.slice(0, 200)));
  try {
    await p.addInitScript(PROBE(selector));
    await p.goto(url, { waitUntil: 'commit' });
    await p.waitForFunction('window.__bench.firstEvent !== null', null, { timeout: TIMEOUT, polling: 200 });
    await p.waitForTimeout(1000);
    const { firstEvent, tasks } = (await p.evaluate('({ firstEvent: window.__bench.firstEvent, tasks: window.__bench.longTasks })')) as { firstEvent: number; tasks: [number, number][] };
    const during = tasks.filter(([start]) => start < firstEvent + 1000);
    let zoomP95 = NaN;
    const area = zoom ? p.locator(zoom).first() : null;
    // A page that took half the timeout to draw would take many minutes for 40 wheel steps.
    const box = area && firstEvent < TIMEOUT / 2 && (await area.count()) ? await area.boundingBox() : null;
    if (box) {
      await p.evaluate('(() => { const b = window.__bench; b.frames = []; b.recording = true; let last = performance.now(); const tick = (now) => { b.frames.push(now - last); last = now; if (b.recording) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()');
      await p.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      for (let i = 0; i < 40; i++) await p.mouse.wheel(0, i < 20 ? -120 : 120);
      const frames = ((await p.evaluate('(() => { window.__bench.recording = false; return window.__bench.frames.slice(1); })()')) as number[]).sort((a, b) => a - b);
      zoomP95 = frames[Math.min(frames.length - 1, Math.floor(0.95 * frames.length))] ?? NaN;
    }
    return { firstEvent, longTasks: during.length, longTaskMs: during.reduce((t, [, d]) => t + d, 0), zoomP95 };
  } catch (error) {
    console.error(`  ${url}: ${(error as Error).message.split('\n')[0]}`);
    if (process.env.COMPARE_DEBUG) console.error(await p.evaluate('[...new Set([...document.querySelectorAll("*")].map((e) => e.className).filter((c) => typeof c === "string" && c))].slice(0, 60).join(" ")'));
    return null;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const files = new Map<string, string>();
  for (const size of SIZES) {
    const data = generate(size, 1);
    files.set(`sourceline-${size}.json`, JSON.stringify(data));
    files.set(`vis-${size}.json`, JSON.stringify(formats.vis(data)));
    files.set(`milestones-${size}.json`, JSON.stringify(formats.milestones(data)));
    files.set(`timelinejs-${size}.json`, JSON.stringify(formats.timelinejs(data)));
  }
  const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html; charset=utf-8', svg: 'image/svg+xml', woff: 'font/woff', woff2: 'font/woff2' };
  const site = await serve({
    extra: (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const rest = path.slice(SUBPATH.length);
      if (!path.startsWith(SUBPATH)) return false;
      if (rest.startsWith('compare/data/') || rest.startsWith('data/')) {
        const body = files.get(rest.slice(rest.lastIndexOf('/') + 1));
        if (body === undefined) return false;
        res.writeHead(200, { 'content-type': TYPES.json }).end(body);
        return true;
      }
      if (rest.startsWith('compare/lib/')) {
        const file = join(DIR, 'node_modules', rest.slice('compare/lib/'.length));
        if (file.includes('..') || !existsSync(file)) return void res.writeHead(404).end(), true;
        res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream' }).end(readFileSync(file));
        return true;
      }
      const page = /^compare\/(.+)-(\d+)\.html$/.exec(rest);
      if (page && LIBRARIES[page[1]]) {
        res.writeHead(200, { 'content-type': TYPES.html }).end(LIBRARIES[page[1]].html(Number(page[2])));
        return true;
      }
      return false;
    }
  });
  const browser = await launch();
  const { path: chromium } = await chromiumBinary();
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      const runs: [string, string, string, string | null][] = [
        ['Sourceline', `${site.base}?data=data/sourceline-${size}.json`, '[data-event-id]', '[data-timeline-viewport]'],
        ...Object.entries(LIBRARIES).map(([name, lib]): [string, string, string, string | null] => [name, `${site.base}compare/${name}-${size}.html`, lib.event, lib.zoom])
      ];
      for (const [name, url, selector, zoom] of runs.filter(([n]) => !process.env.COMPARE_ONLY || process.env.COMPARE_ONLY.split(',').includes(n))) {
        console.error(`measuring ${name} with ${size} events …`);
        const results: Result[] = [];
        for (let r = 0; r < RUNS; r++) {
          const result = await measure(browser, url, selector, zoom);
          if (result) results.push(result);
        }
        const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–');
        rows.push(
          results.length
            ? `| ${size.toLocaleString('en')} | ${name} | ${ms(median(results.map((r) => r.firstEvent)))} | ${median(results.map((r) => r.longTasks))} / ${ms(median(results.map((r) => r.longTaskMs)))} | ${ms(median(results.map((r) => r.zoomP95)))} |`
            : `| ${size.toLocaleString('en')} | ${name} | timed out (nothing shown after ${TIMEOUT / 1000} s) | – | – |`
        );
        console.error(rows[rows.length - 1]); // as it comes, in case a later run is cut short
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(
    [
      `Same generated events (seed 1) for each; headless Chromium ${chromium}, 1280×800, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`}, ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| events | timeline | first event | long tasks (n / ms) | zoom p95 |',
      '| ---: | --- | ---: | ---: | ---: |',
      ...rows
    ].join('\n')
  );
}

await main();
