import { describe, expect, test } from 'vitest';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import type { DatasetData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

const messages = (data: unknown) => validateDataset(data).errors.map(formatProblem);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- broken on purpose, any shape goes
type Json = Record<string, any>;

describe('the shipped dataset', () => {
  test('is valid, with no warnings', () => {
    const result = validateDataset(shipped());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dataset?.events.length).toBeGreaterThanOrEqual(15);
  });
});

type Breaker = [name: string, breaks: (d: DatasetData) => void, expected: RegExp];

const cases: Breaker[] = [
  ['a text in a language the dataset does not declare is named with the event and field', (d) => ((d.events[0].title as Record<string, string>).fr = 'Biden prend ses fonctions'), /^event 'biden-takes-office', title\.fr: expected a language the dataset declares \(de, en\); add "fr" to "languages", found "fr"$/],
  ['a mistyped field says what it found', (d) => ((d.events[1] as unknown as Record<string, unknown>).actors = 'usa'), /^event 'biden-calls-putin-killer', actors: expected a list, found "usa"$/],
  ['a wrong format marker is refused', (d) => ((d as unknown as Record<string, unknown>).format = 'timeline/2'), /^dataset, format: expected "sourceline\/2" \(or "sourceline\/1"\), found "timeline\/2"$/],
  ['a bad slug is refused', (d) => (d.events[2].id = 'Not A Slug'), /^event 'Not A Slug', id: expected a slug/],
  ['duplicate event ids are refused', (d) => (d.events[3].id = d.events[2].id), /^event 'russia-recalls-antonow', id: expected an id no other event has, found a second event #4 with it$/],
  ['duplicate article ids are refused', (d) => (d.articles[1].id = d.articles[0].id), /^article 'afp-geneva-summit', id: expected an id no other article has/],
  ['an impossible day is refused, naming the days the month has', (d) => (d.events[5].date.start = '2021-02-30'), /^event 'geneva-summit', date\.start: expected a day that exists in 2021-02 \(01 to 28\), found "2021-02-30", day 30$/],
  ['a month 13 is refused as a month', (d) => (d.events[0].date.start = '2021-13'), /^event 'biden-takes-office', date\.start: expected a month from 01 to 12, found "2021-13", month 13$/],
  ['year -0000 is refused, saying how year 0 is written', (d) => (d.events[0].date = { start: '-0000', precision: 'year' }), /^event 'biden-takes-office', date\.start: expected year 0 written "0000" \(1 BCE: years are astronomical\), found "-0000"$/],
  ['a year of 13 digits is refused, saying how many digits a year has', (d) => (d.events[0].date = { start: '1234567890123', precision: 'year' }), /^event 'biden-takes-office', date\.start: expected a date written YYYY, YYYY-MM or YYYY-MM-DD \(a year of 4 to 12 digits, negative for BCE\), found "1234567890123"$/],
  ['an article published on a day that does not exist is refused', (d) => (d.articles[0].published.date = '2021-06-31'), /^article 'afp-geneva-summit', published\.date: expected a day that exists in 2021-06 \(01 to 30\), found "2021-06-31", day 31$/],
  ['a date more precise than its precision is refused', (d) => (d.events[0].date.start = '2021-01-20'), /^event 'biden-takes-office', date\.start: expected a date written to month precision .*found "2021-01-20", a day$/],
  ['a date less precise than its precision is refused', (d) => (d.events[5].date.start = '2021-06'), /^event 'geneva-summit', date\.start: expected a date written to day precision .*a month$/],
  ['an end before the start is refused', (d) => (d.events[0].date.end = '2020-12'), /^event 'biden-takes-office', date\.end: expected a date on or after the start 2021-01, found "2020-12"$/],
  ['a before-reference to a missing event is refused', (d) => (d.events[1].date.before = 'nope'), /^event 'biden-calls-putin-killer', date\.before: expected the id of an event in this dataset, found "nope"$/],
  ['an unknown article is refused', (d) => (d.events[3].sources[0].article = 'spiegel'), /^event 'sullivan-returns', sources\[0\]\.article: expected one of afp-geneva-summit, epoch-times-geneva-summit, found "spiegel"$/],
  ['a quote with straightened quotation marks is not found', (d) => (d.events[4].sources[0].quote = d.events[4].sources[0].quote.replace('“', '"')), /^event 'russia-unfriendly-state', sources\[0\]\.quote: expected text that occurs verbatim in article 'afp-geneva-summit'/],
  ['a quote with changed whitespace is not found', (d) => (d.events[3].sources[0].quote = 'Sullivan kehrte dann im  April in die USA zurück.'), /^event 'sullivan-returns', sources\[0\]\.quote: expected text that occurs verbatim/],
  ['a date phrase missing from its quote is refused', (d) => (d.events[3].sources[0].datePhrase = 'im Juni'), /^event 'sullivan-returns', sources\[0\]\.datePhrase: expected words that occur in the quote, found "im Juni"$/],
  ['an event date phrase missing from every quote is refused', (d) => (d.events[3].date.phrase = 'im Juli'), /^event 'sullivan-returns', date\.phrase: expected words that occur in one of the event’s quotes, found "im Juli"$/],
  ['an unknown actor is refused', (d) => (d.events[0].actors = ['china']), /^event 'biden-takes-office', actors: expected one of usa, russia, both, found "china"$/],
  ['an unknown tag is refused', (d) => (d.events[0].tags = ['sports']), /^event 'biden-takes-office', tags: expected one of .*, found "sports"$/],
  ['an article nobody cites is refused', (d) => d.articles.push({ ...d.articles[0], id: 'uncited' }), /^article 'uncited', id: expected an article cited by at least one event, found no event citing it$/],
  ['an empty summary is refused', (d) => (d.events[0].summary.de = '  '), /^event 'biden-takes-office', summary\.de: expected a non-empty text, found "  "$/],
  ['an event list that is empty is refused', (d) => (d.events = []), /^dataset, events: expected at least one event, found a list of 0$/],
  ['an article address that is not http(s) is refused', (d) => (d.articles[0].url = 'javascript:alert(1)'), /^article 'afp-geneva-summit', url: expected an http or https address, found "javascript:alert\(1\)"$/],
  ['an article address that is not a URL is refused', (d) => (d.articles[0].url = 'www.example.org'), /^article 'afp-geneva-summit', url: expected an absolute URL, found "www\.example\.org"$/],
  ['a month in a year beyond what a calendar can place gets its own message, saying to write the year alone', (d) => (d.events[0].date = { start: '-300000-01', precision: 'month' }), /^event 'biden-takes-office', date\.start: expected a year from -271,820 to 275,759 when a month or day is given \(beyond that, the year alone, such as "-300000", with precision "year"\), found "-300000-01", the year -300,000$/],
  ['a day in year 300,000 gets the same message', (d) => (d.events[5].date = { start: '300000-06-16', precision: 'day' }), /^event 'geneva-summit', date\.start: expected a year from -271,820 to 275,759 when a month or day is given \(beyond that, the year alone, such as "300000", with precision "year"\), found "300000-06-16", the year 300,000$/],
  ['an end beyond the calendar gets it too', (d) => (d.events[0].date = { start: '2021-01', end: '275760-01', precision: 'month' }), /^event 'biden-takes-office', date\.end: expected a year from -271,820 to 275,759 when a month or day is given .*found "275760-01", the year 275,760$/]
];

describe('every broken dataset gets a message naming where, which field, expected and found', () => {
  test.each(cases)('%s', (_name, breaks, expected) => {
    const data = shipped();
    breaks(data);
    const found = messages(data);
    expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
  });
});

describe('warnings', () => {
  test('an event without sources is a warning, not an error', () => {
    const data = shipped();
    data.events[0].sources = [];
    data.events[0].date.phrase = undefined;
    const result = validateDataset(data);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      "event 'biden-takes-office', sources: expected at least one source sentence, found none (shown as “no source”)"
    ]);
  });
});

describe('input that is not a dataset', () => {
  test.each([
    ['null', null, /^dataset, \(top level\): expected an object, found null$/],
    ['a list', [], /^dataset, \(top level\): expected an object, found a list of 0$/],
    ['a string', 'hello', /^dataset, \(top level\): expected an object, found "hello"$/]
  ])('%s is refused at the top level', (_name, input, expected) => {
    expect(messages(input).some((m) => expected.test(m)), messages(input).join('\n')).toBe(true);
  });
});

describe('text that looks like HTML is shown as typed, with a warning', () => {
  const warnings = (breaks: (d: DatasetData) => void) => {
    const data = shipped();
    breaks(data);
    const result = validateDataset(data);
    expect(result.errors.map(formatProblem)).toEqual([]);
    return result.warnings.map(formatProblem);
  };
  test.each([
    ['an event title with a tag', (d: DatasetData) => (d.events[0].title.de = '<img src=x onerror=alert(1)>'), "event 'biden-takes-office', title.de: expected plain text (HTML is shown as typed, never run), found \"<img src=x onerror=alert(1)>\""],
    ['a summary with an entity', (d: DatasetData) => (d.events[0].summary.en = 'Tom &amp; Jerry'), "event 'biden-takes-office', summary.en: expected plain text (HTML is shown as typed, never run), found \"Tom &amp; Jerry\""],
    ['an actor label with a script', (d: DatasetData) => (d.actors.usa.en = '<script>x()</script>'), "dataset, actors.usa.en: expected plain text (HTML is shown as typed, never run), found \"<script>x()</script>\""],
    ['a dataset title with a comment', (d: DatasetData) => (d.title.de = 'a <!-- b -->'), "dataset, title.de: expected plain text (HTML is shown as typed, never run), found \"a <!-- b -->\""]
  ])('%s', (_name, breaks, expected) => expect(warnings(breaks)).toEqual([expected]));

  test.each([['a < b'], ['AT&T'], ['3<4 & 5>2'], ['„Zitat“ – ok']])('%j is plain text and gets no warning', (text) => {
    expect(warnings((d) => (d.events[0].title.de = text))).toEqual([]);
  });
});

describe('one run lists every problem: what fails the schema does not hide the checks of meaning elsewhere', () => {
  test('a mistyped title, a quote not in its article, an impossible date and an unknown actor, in four events, are all listed', () => {
    const data = shipped();
    (data.events[0] as unknown as Record<string, unknown>).title = 5;
    data.events[3].sources[0].quote = 'Sullivan kehrte im April nie zurück.';
    data.events[5].date.start = '2021-02-30';
    data.events[2].actors = ['china'];
    const found = messages(data);
    expect(found).toEqual([
      expect.stringMatching(/^event 'biden-takes-office', title: expected a text/),
      expect.stringMatching(/^event 'russia-recalls-antonow', actors: expected one of usa, russia, both, found "china"$/),
      expect.stringMatching(/^event 'sullivan-returns', sources\[0\]\.quote: expected text that occurs verbatim/),
      expect.stringMatching(/^event 'geneva-summit', date\.start: expected a day that exists in 2021-02/)
    ]);
  });

  test.each([
    ['an event that names a broken event in "before" gets no second message', (d: DatasetData) => {
      (d.events[0] as unknown as Record<string, unknown>).summary = 1;
      d.events[1].date.before = d.events[0].id;
    }],
    ['an article cited only by a broken event is not called uncited', (d: DatasetData) => {
      for (const e of d.events) if (e.sources.some((s) => s.article === d.articles[1].id)) (e as unknown as Record<string, unknown>).title = 2;
    }],
    ['a source naming a broken article is not called unknown', (d: DatasetData) => {
      (d.articles[1] as unknown as Record<string, unknown>).language = 7;
    }],
    ['an event naming a refused actor key gets no second message', (d: DatasetData) => {
      (d.actors as Record<string, unknown>)['Not A Slug'] = 'x';
      d.events[0].actors = ['Not A Slug' as string];
    }]
  ])('%s', (_name, breaks) => {
    const data = shipped();
    breaks(data);
    const result = validateDataset(data);
    const paths = result.errors.map(formatProblem);
    expect(result.dataset).toBeNull();
    expect(paths.filter((m) => /expected (one of|the id of an event|an article cited)/.test(m)), paths.join('\n')).toEqual([]);
  });

  test('a duplicate id after a broken event is numbered by its place in the file', () => {
    const data = shipped();
    (data.events[0] as unknown as Record<string, unknown>).title = 5;
    data.events[3].id = data.events[2].id;
    expect(messages(data)).toContain("event 'russia-recalls-antonow', id: expected an id no other event has, found a second event #4 with it");
  });

  test('a broken frame (no events list) is reported alone: there is nothing to check for meaning', () => {
    const data = shipped() as unknown as Record<string, unknown>;
    data.events = 'none';
    expect(messages(data)).toEqual(['dataset, events: expected a list, found "none"']);
  });
});

describe('fields the format does not define are dropped with a warning naming each, never silently', () => {
  const UNKNOWN = 'expected a field the format defines (this one is left out; check its spelling)';
  test.each([
    ['a misspelt field of the dataset', (d: Json) => (d.descripton = 'x'), `dataset, descripton: ${UNKNOWN}, found "x"`],
    ['a misspelt optional field of an event', (d: Json) => (d.events[0].note = { de: 'x' }), `event 'biden-takes-office', note: ${UNKNOWN}, found an object`],
    ['a field inside a date', (d: Json) => (d.events[0].date.until = '2021-02'), `event 'biden-takes-office', date.until: ${UNKNOWN}, found "2021-02"`],
    ['a field of a source', (d: Json) => (d.events[3].sources[0].translaton = { en: 'x' }), `event 'sullivan-returns', sources[0].translaton: ${UNKNOWN}, found an object`],
    ['a field of an article', (d: Json) => (d.articles[0].uri = 'https://example.org'), `article 'afp-geneva-summit', uri: ${UNKNOWN}, found "https://example.org"`],
    ['a field of a paragraph with a role', (d: Json) => (d.articles[0].paragraphs[0] = { text: d.articles[0].paragraphs[0], role: 'heading', kind: 1 }), `article 'afp-geneva-summit', paragraphs[0].kind: ${UNKNOWN}, found 1`],
    ['a "__proto__" key (an own key after JSON.parse)', (d: Json) => Object.defineProperty(d.events[0], '__proto__', { value: 1, enumerable: true }), `event 'biden-takes-office', __proto__: ${UNKNOWN}, found 1`]
  ])('%s', (_name, breaks, expected) => {
    const data = shipped() as unknown as Json;
    breaks(data);
    const result = validateDataset(data);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([expected]);
  });

  test('texts by language and the actors and tags records are not fields: their keys are checked as languages and ids', () => {
    const data = shipped() as unknown as Json;
    data.actors.china = { de: 'China', en: 'China' };
    data.events[0].title = { de: 'x', en: 'y' };
    expect(validateDataset(data).warnings).toEqual([]);
  });
});
