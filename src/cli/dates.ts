/**
 * npm run -s dates -- --ref YYYY-MM-DD --lang de|en
 * Reads sentences from stdin, one a line, and prints one JSON array a line: the date suggestions
 * for that sentence, best first, each {"phrase","start","end"?,"precision"}; [] when it has none.
 * A bad or missing option is one line on stderr and exit 2.
 */
import { createInterface } from 'node:readline';
import { parseReference, suggestDates, type Lang } from '../lib/dates/index.ts';

function fail(message: string): never {
  console.error(`dates: ${message} (usage: npm run -s dates -- --ref YYYY-MM-DD --lang de|en < sentences.txt)`);
  process.exit(2);
}

function options(args: string[]): { ref: string; lang: Lang } {
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s);
    if (name !== '--ref' && name !== '--lang') fail(`unknown option "${args[i]}"`);
    const value = inline ?? args[++i];
    if (value === undefined) fail(`${name} needs a value`);
    found[name.slice(2)] = value;
  }
  if (found.ref === undefined) fail('--ref is missing: give the publication date as YYYY-MM-DD');
  if (found.lang === undefined) fail('--lang is missing: give de or en');
  try {
    parseReference(found.ref);
  } catch {
    fail(`--ref "${found.ref}" is not a date written YYYY-MM-DD`);
  }
  if (found.lang !== 'de' && found.lang !== 'en') fail(`--lang "${found.lang}" is not de or en`);
  return { ref: found.ref, lang: found.lang };
}

const { ref, lang } = options(process.argv.slice(2));
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const suggestions = suggestDates(line.replace(/^\uFEFF/, ''), ref, lang).map(({ phrase, start, end, precision }) =>
    end === undefined ? { phrase, start, precision } : { phrase, start, end, precision }
  );
  process.stdout.write(`${JSON.stringify(suggestions)}\n`);
}
