import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { problemParts, problemText } from '../../src/lib/model/problem-text.ts';
import { formatProblem } from '../../src/lib/model/problem.ts';
import { fromBytes, fromText } from '../../src/lib/load.ts';
import { loadUrl } from '../../src/lib/load-client.ts';
import { MAX_BYTES, tooBig } from '../../src/lib/size.ts';
import { importTimelineJs } from '../../src/lib/import/timelinejs.ts';
import { readFileSync } from 'node:fs';
import type { Problem } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- broken on purpose

/** Problems of many kinds, from the validator and the loader. */
function corpus(): Problem[] {
  const breakers: ((d: Json) => void)[] = [
    (d) => ((d.events[0].title.fr = 'x'), (d.events[1].actors = 'usa'), (d.format = 'x')),
    (d) => ((d.events[0].id = 'Not A Slug'), (d.events[3].id = d.events[2].id), (d.articles[1].id = d.articles[0].id)),
    (d) => ((d.events[5].date.start = '2021-02-30'), (d.events[0].date.start = '2021-01-20'), (d.events[1].date.end = '2020-12')),
    (d) => ((d.events[1].date.before = 'nope'), (d.events[3].sources[0].article = 'spiegel'), (d.events[2].date.after = d.events[2].id)),
    (d) => ((d.events[4].sources[0].quote = d.events[4].sources[0].quote.replace('“', '"')), (d.events[3].sources[0].datePhrase = ['im Juni']), (d.events[6].date.phrase = 'im Juli')),
    (d) => ((d.events[0].actors = ['china', 'constructor']), (d.events[0].tags = ['sports']), d.articles.push({ ...d.articles[0], id: 'uncited' })),
    (d) => ((d.events[0].summary.de = '  '), (d.articles[0].url = 'javascript:x'), (d.articles[1].url = 'www.example.org')),
    (d) => ((d.events[0].date = { start: '-300000-01', precision: 'month' }), (d.events[1].date = { precision: 'day' }), (d.events[2].date = { start: '2021' })),
    (d) => ((d.events[1].date = { before: d.events[0].id, after: d.events[2].id }), (d.events[2].date = { after: d.events[3].id, end: '2021', precision: 'year' })),
    (d) => ((d.events[0].context = { text: 'x' }), (d.articles[0].paragraphs[0] = { text: 'x', role: 'footnote' }), (d.articles[0].basedOn = d.articles[0].id)),
    (d) => ((d.format = 'sourceline/2'), (d.languages = ['de', 'de']), (d.title = { de: '<b>x</b>', en: 'x' }), (d.events[0].sources = [])),
    (d) => ((d.format = 'sourceline/2'), (d.events = [])),
    (d) => ((d.actors.prototype = 'x'), (d.tags = 3), (d.events[0].order = 'first'), (d.events[1].unknown = 1), (d.events[2].date.precision = 'week')),
    (d) => ((d.articles[0].outlet = 3), (d.articles[0].published.inferred = 'yes'), (d.articles[0].title.text = 4)),
    (d) => ((d.events[0].date = { start: '2021-13', precision: 'month' }), (d.events[1].date = { start: '-0000', precision: 'year' }), (d.events[2].date = { start: '1234567890123', precision: 'year' })),
    (d) => ((d.events[5].date = { start: '300000-06-16', precision: 'day' }), (d.articles[0].published.date = '2021-06-31'))
  ];
  const problems: Problem[] = [];
  for (const breaks of breakers) {
    const data = shipped() as unknown as Json;
    breaks(data);
    const result = validateDataset(data);
    problems.push(...result.errors, ...result.warnings);
  }
  for (const text of ['', '{', '[1]', 'null', '{"a": 1, "a": 2}']) {
    const loaded = fromText(text, 'file "x.json"');
    if (!loaded.ok) problems.push(...loaded.errors);
  }
  for (const bytes of [new Uint8Array([0x7b, 0x22, 0xe4, 0x22, 0x7d]), new Uint8Array([0xff, 0xfe, 0x7b, 0]), new Uint8Array(MAX_BYTES + 1)]) {
    const loaded = fromBytes(bytes, 'file "x.json"');
    if (!loaded.ok) problems.push(...loaded.errors);
  }
  for (const size of [null, MAX_BYTES + 1, 210_000_000]) {
    const refused = tooBig('data "x.json"', size);
    if (!refused.ok) problems.push(...refused.errors);
  }
  problems.push(...validateDataset(null).errors);
  // The importer's warnings and errors, on documents that provoke each of them.
  const sheet = JSON.parse(readFileSync('tests/fixtures/timelinejs-sheet.json', 'utf8'));
  const cosmos = JSON.parse(readFileSync('tests/fixtures/timelinejs-cosmos.json', 'utf8'));
  for (const document of [sheet, cosmos, { events: [{ start_date: { year: 0 }, end_date: { year: 1, month: 2 } }], eras: [{ start_date: { year: 'x' } }, 3] }]) {
    const imported = importTimelineJs(document);
    problems.push(...(imported.ok ? imported.warnings : imported.errors));
  }
  for (const slide of [{}, { start_date: { year: 'x' } }, { start_date: { year: 1, month: 13 } }, { start_date: { year: 1, day: 2 } }, { start_date: { year: 2021, month: 2, day: 30 } }, { start_date: { year: 1, month: 1, day: 'x' } }, 'slide']) {
    const imported = importTimelineJs({ events: [slide] });
    if (!imported.ok) problems.push(...imported.errors);
  }
  const none = importTimelineJs({ events: [{ start_date: { year: -1e16 } }] });
  if (!none.ok) problems.push(...none.errors);
  const broken = importTimelineJs({ events: 3 });
  if (!broken.ok) problems.push(...broken.errors);
  return problems;
}

describe('problems in the interface language', () => {
  const problems = corpus();

  test('the corpus covers many kinds of problem', () => {
    expect(new Set(problems.map((p) => p.expected)).size).toBeGreaterThan(30);
  });

  test.each(problems.map((p) => [formatProblem(p), p] as const))('%s has a German text, no part left in English', (_english, problem) => {
    const parts = problemParts(problem, 'de');
    expect(parts.filter((part) => part.lang), problemText(problem, 'de')).toEqual([]);
  });

  test('in English the problem reads exactly as the CLI prints it', () => {
    for (const p of problems) expect(problemText(p, 'en')).toBe(formatProblem(p));
  });

  test.each([
    [
      { where: "event 'summit'", field: 'date.start', expected: 'a calendar date that exists', found: '"2021-02-30"' },
      'Ereignis „summit“, date.start: erwartet ein Kalenderdatum, das es gibt; gefunden: "2021-02-30"'
    ],
    [
      { where: "event 'a'", field: 'date.start', expected: 'a year from -271,820 to 275,759 when a month or day is given (beyond that, the year alone, such as "300000", with precision "year")', found: '"300000-01-01", the year 300,000' },
      'Ereignis „a“, date.start: erwartet ein Jahr von -271.820 bis 275.759, wenn ein Monat oder Tag angegeben ist (darüber hinaus nur das Jahr, etwa "300000", mit precision "year"); gefunden: "300000-01-01", das Jahr 300.000'
    ],
    [
      { where: 'file "x.json"', field: 'size', expected: 'at most 200 MB (200,000,000 bytes)', found: 'about 200 MB (200,000,001 bytes), 1 byte over the limit' },
      'Datei „x.json“, size: erwartet höchstens 200 MB (200.000.000 Bytes); gefunden: etwa 200 MB (200.000.001 Bytes), 1 Byte über der Grenze'
    ],
    [
      { where: 'data "x.json"', field: 'size', expected: 'at most 200 MB (200,000,000 bytes)', found: 'more than that (reading stopped after 200,000,000 bytes)' },
      'Daten „x.json“, size: erwartet höchstens 200 MB (200.000.000 Bytes); gefunden: mehr (nach 200.000.000 Bytes nicht weitergelesen)'
    ],
    [
      { where: 'file "x.json"', field: 'content', expected: 'a JSON document', found: 'an empty file' },
      'Datei „x.json“, content: erwartet ein JSON-Dokument; gefunden: eine leere Datei'
    ],
    [
      {
        where: "event 'a'",
        field: 'sources[0].quote',
        expected: "text that occurs verbatim in article 'b'",
        found: '"Er sagte: \\"Ja.\\""',
        closest: { paragraph: 2, passage: 'Er sagte: „Ja.“', differences: ['quotation marks', 'whitespace'] }
      },
      'Ereignis „a“, sources[0].quote: erwartet Text, der wörtlich in Artikel „b“ steht; gefunden: "Er sagte: \\"Ja.\\""; nächste Stelle im Artikel (Absatz 3): „Er sagte: „Ja.““, Unterschied: Anführungszeichen und Leerraum'
    ]
  ] as [Problem, string][])('%# reads in German', (problem, german) => {
    expect(problemText(problem, 'de')).toBe(german);
  });

  test('every way a download can fail reads in German, no part left in English', async () => {
    const answer = (status: number) => (async () => new Response('no', { status })) as unknown as typeof fetch;
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const never = (async () => new Promise(() => {})) as unknown as typeof fetch;
    const stalls = (async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new Uint8Array(10)) }), { status: 200 })) as unknown as typeof fetch;
    const cancel = new AbortController();
    const loads = [
      loadUrl('x.json', 'https://example.org/', { fetcher: answer(404) }),
      loadUrl('x.json', 'https://example.org/', { fetcher: answer(500) }),
      loadUrl('https://other.example/x.json', 'https://example.org/', { fetcher: failing }),
      loadUrl('x.json', 'https://example.org/', { fetcher: never, idleMs: 10 }),
      loadUrl('x.json', 'https://example.org/', { fetcher: stalls, idleMs: 10 }),
      loadUrl('x.json', 'https://example.org/', { fetcher: never, signal: cancel.signal })
    ];
    setTimeout(() => cancel.abort(), 30);
    const problems = (await Promise.all(loads)).flatMap((r) => (r.ok ? [] : r.errors));
    expect(problems).toHaveLength(6);
    for (const problem of problems) expect(problemParts(problem, 'de').filter((part) => part.lang), problemText(problem, 'de')).toEqual([]);
  });

  test.each([
    ['a text, or an object of texts by language code ({ "de": "…", "en": "…" })', 'erwartet einen Text oder ein Objekt mit Texten nach Sprachcode'],
    ['at least one actor', 'erwartet mindestens einen Akteur'],
    ['a non-empty text', 'erwartet einen nicht leeren Text'],
    ['a day that exists in 2021-02 (01 to 28)', 'erwartet einen Tag, den es im Monat 2021-02 gibt'],
    ['a month, since a day is given', 'erwartet einen Monat, da ein Tag angegeben ist'],
    ['null | string', 'erwartet null oder einen Text'],
    ['a JSON document', 'erwartet ein JSON-Dokument']
  ])('"erwartet" takes the accusative: %s', (expected, german) => {
    expect(problemText({ where: 'dataset', field: 'x', expected, found: '1' }, 'de')).toContain(german);
  });

  test('a phrase with no German text stays English and is marked as English', () => {
    const parts = problemParts({ where: 'dataset', field: 'x', expected: 'something new', found: 'nothing' }, 'de');
    expect(parts).toEqual([{ text: 'Datensatz, x: erwartet ' }, { text: 'something new', lang: 'en' }, { text: '; gefunden: nichts' }]);
  });
});

