import { launch } from '/work/wt/i13/tests/e2e/harness.ts';
import { readdirSync, readFileSync } from 'node:fs';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
for (const prefix of process.argv.slice(2)) {
  const files = readdirSync('/tmp/i13').filter((f) => f.startsWith(prefix + '-') && f.endsWith('.png')).sort();
  const imgs = files.map((f) => `<figure><img src="data:image/png;base64,${readFileSync('/tmp/i13/' + f).toString('base64')}"><figcaption>${f}</figcaption></figure>`).join('');
  await page.setContent(`<style>body{margin:4px;display:flex;flex-wrap:wrap;gap:6px;background:#888;font:12px sans-serif}figure{margin:0}img{border:1px solid #000;width:290px;background:#fff}</style>${imgs}`);
  await page.screenshot({ path: `/tmp/i13/m-${prefix}.png`, fullPage: true });
}
await browser.close();
