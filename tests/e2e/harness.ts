/**
 * End-to-end harness: serves dist/ from a sub-path on loopback and drives Chromium through
 * playwright-core (which one: see chromium.ts). A missing browser is an error, never a skip.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromiumBinary } from './chromium.ts';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { normalise } from '../../src/lib/model/model.ts';

export const SUBPATH = '/some/sub/path/';
const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8'
};

export type Extra = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface Site {
  origin: string;
  base: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves dist/ under SUBPATH. `headers` are added to every response; `extra` may answer first. */
export async function serve(options: { headers?: Record<string, string>; extra?: Extra } = {}): Promise<Site> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    if (options.extra?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUBPATH)) return void res.writeHead(404).end('not under the sub-path');
    let file = normalize(join(DIST, path.slice(SUBPATH.length)));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: origin + SUBPATH,
    server,
    close: () => new Promise((ok) => server.close(() => ok()))
  };
}

export async function launch(): Promise<Browser> {
  const binary = await chromiumBinary();
  return chromium.launch({
    executablePath: binary.path,
    env: { ...process.env, ...binary.env },
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the test server's. */
  foreign: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** A fresh context and page that records foreign requests and errors. */
export async function open(browser: Browser, site: Site, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(site.origin) && !url.startsWith('data:') && !url.startsWith('about:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, foreign, errors };
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) and returns violations as readable lines. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
  });
  return violations;
}

/** The shipped dataset as the views read it: paragraphs as text (roles beside them), dates with a start. */
export const dataset = normalise(JSON.parse(readFileSync('data/summit-2021.json', 'utf8'))) as unknown as {
  articles: { id: string; paragraphs: string[] }[];
  events: { id: string; title: { de: string; en: string }; sources: { article: string; quote: string }[] }[];
};

/** Serves dist/ and launches Chromium: one call for a test file's `before`. */
export async function start(options: Parameters<typeof serve>[0] = {}): Promise<{ site: Site; browser: Browser }> {
  return { site: await serve(options), browser: await launch() };
}

/** The matching `after`: closes whatever `start` opened. */
export async function stop(env: { site?: Site; browser?: Browser }): Promise<void> {
  await env.browser?.close();
  await env.site?.close();
}

/**
 * Clicks `target` until `shown` is visible. A deep link scrolls the page to its event while the
 * toolbar arrives; a click that lands while the page still moves can miss, so it is tried again
 * (a person would click again too). Fails after `tries` clicks.
 */
export async function clickUntil(target: Locator, shown: Locator, tries = 4): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    await target.click();
    if (await shown.waitFor({ timeout: 3000 }).then(() => true, () => false)) return;
  }
  throw new Error(`${shown} did not appear after ${tries} clicks on ${target}`);
}
