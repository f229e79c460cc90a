import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTimelineJs } from '../../src/lib/import/timelinejs.ts';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { textLang } from '../../src/lib/model/language.ts';
import type { DatasetInput } from '../../src/lib/model/types.ts';
import { eventFromHash } from '../../src/lib/url.ts';

/** A fixture written in the style of a real public document, imported and validated as on load. */
function load(name: string) {
  const result = importTimelineJs(JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8')));
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  const checked = validateDataset(result.dataset);
  expect(checked.errors.map(formatProblem)).toEqual([]);
  return { dataset: checked.dataset as DatasetInput, warnings: result.warnings.map(formatProblem), model: buildModel(checked.dataset!) };
}

describe('real-world TimelineJS documents import, titled, with their events', () => {
  test.each([
    ['timelinejs-sheet.json', 5],
    ['timelinejs-cosmos.json', 7],
    ['timelinejs-russian.json', 5],
    ['timelinejs.json', 11]
  ])('%s: %i events, each with a title that is not a bare date', (name, count) => {
    const { model } = load(name);
    expect(model.events).toHaveLength(count);
    for (const event of model.events) expect(event.title.de).not.toMatch(/^-?\d{4,}(-\d\d){0,2}$/);
    for (const event of model.events) expect(Number.isNaN(event.years.start)).toBe(false);
  });
});

describe('a spreadsheet export (every part a string, blank parts everywhere)', () => {
  const { dataset, warnings, model } = load('timelinejs-sheet.json');
  const byTitle = (title: string) => model.events.find((e) => e.title.de === title)!;

  test('blank end dates are no end dates', () => {
    expect(dataset.events[0].date).toEqual({ start: '1896-05-01', precision: 'day' });
  });

  test('the title slide without headline names the dataset by the first sentence of its text', () => {
    expect(dataset.title).toBe('Hundert Jahre Straßenbahn in unserer Stadt.');
    expect(dataset.description).toBe(
      'Eine Chronik der Geschichtswerkstatt, zusammengestellt aus Zeitungsberichten und Akten. — Das alte Rathaus um 1910 — Stadtarchiv, Bestand F 12'
    );
  });

  test('links keep their text and their address', () => {
    expect(byTitle('Die Pferdebahn fährt').summary.de).toBe(
      'Die erste Linie verbindet Bahnhof und Markt. Der Generalanzeiger (https://www.example.org/zeitung/1896-05-02) berichtet am Tag darauf. — Pferdebahn am Markt — Foto: Sammlung Krüger'
    );
  });

  test('a blockquote given as media is kept as a quotation with its source', () => {
    const quote = byTitle('„Die Elektrische fährt schneller als jeder Droschkengaul.“');
    expect(quote.summary.de).toBe('„Die Elektrische fährt schneller als jeder Droschkengaul.“ Stadtbote, November 1903 (https://www.example.org/archiv/1903-11) — Stadtbote');
  });

  test('a video is not shown, its caption, credit and address are kept', () => {
    expect(byTitle('Unfall in der Kurve am Dom').summary.de).toBe(
      'Ein Triebwagen springt aus den Schienen. Siehe auch hier und Akte 17. — Wochenschau 1929 — Bundesarchiv — https://www.youtube.com/watch?v=abc123'
    );
  });

  test('display_date is the date shown', () => {
    const rebuild = model.events.find((e) => e.date.start === '1901')!;
    expect(rebuild.date.display?.de).toBe('1901–1903');
    expect(rebuild.title.de).toBe('Umbau auf elektrischen Betrieb.');
  });

  test('eras end where their end year begins, as TimelineJS draws them', () => {
    expect(model.events.map((e) => [e.date.start, e.tags])).toEqual([
      ['1896-05-01', ['era-pferdebahn']],
      ['1901', ['era-pferdebahn']],
      ['1903-11', ['era-elektrische']],
      ['1929-10-25', ['era-elektrische']],
      ['1959', ['era-elektrische']]
    ]);
  });

  test('one warning each for links, media and times of day, counting what was not kept', () => {
    expect(warnings).toEqual([
      'TimelineJS document, links: expected every link kept, found 2 kept with their address, 3 kept as text only (in a headline, or no web address)',
      'TimelineJS document, media: expected text only (Sourceline loads nothing from other sites), found 4 images, embeds or backgrounds not shown (captions, credits and links kept as text)',
      'TimelineJS document, start_date: expected dates to the day (Sourceline keeps no time of day), found 1 times of day not kept: #4 (14:30)'
    ]);
  });

  test('texts are written once, in a language the document does not state', () => {
    expect(textLang(model.data.title, 'de')).toBe('');
    expect(textLang(model.data.actors.ungrouped ?? model.data.actors.betrieb, 'en')).toBe('');
  });
});

describe('a cosmological document', () => {
  const { model, warnings } = load('timelinejs-cosmos.json');

  test('imports its deep-time slides as years, in order, and leaves out only the impossible one, naming it', () => {
    expect(model.events.map((e) => e.date.start)).toEqual(['-13799999999', '-13599999999', '-4599999999', '-65999999', '-299999', '-3199', '1969-07-20']);
    expect(warnings).toContain("TimelineJS document, events: expected every slide imported, found 1 left out, dated beyond ±999,999,999,999 years: #8 'joke'");
  });

  test('a month beyond what a calendar places is left out with a warning', () => {
    expect(warnings).toContain('TimelineJS event #4, start_date: expected a year alone beyond ±271,820 (no calendar places months there), found a month or day too, left out');
  });

  test('deep-time eras tag the events inside them', () => {
    expect(model.events.map((e) => e.tags)).toEqual([['era-before-the-sun'], ['era-before-the-sun'], ['era-solar-system'], ['era-solar-system'], ['era-solar-system'], ['era-solar-system'], ['era-solar-system']]);
  });
});

describe('a document in Russian', () => {
  const { model } = load('timelinejs-russian.json');

  test('ids from Cyrillic headlines stay readable', () => {
    expect(model.events.map((e) => e.id)).toEqual(['спутник-1', 'полёт-юрия-гагарина', 'leonov', 'аполлон-11', 'союз-аполлон']);
    expect(Object.keys(model.data.actors)).toEqual(['ссср', 'сша']);
  });

  test.each([
    ['#event=%D1%81%D0%BF%D1%83%D1%82%D0%BD%D0%B8%D0%BA-1', 'спутник-1'],
    ['#event-leonov', 'leonov'],
    ['#event-%D1%81%D0%BE%D1%8E%D0%B7-%D0%B0%D0%BF%D0%BE%D0%BB%D0%BB%D0%BE%D0%BD', 'союз-аполлон']
  ])('the bookmark %s selects %s', (hash, id) => {
    expect(model.byId.has(eventFromHash(hash)!)).toBe(true);
    expect(eventFromHash(hash)).toBe(id);
  });
});

describe('scale', () => {
  test('6,000 slides that all share one unique_id import in linear time (well under 10 s)', () => {
    const events = Array.from({ length: 6000 }, (_, i) => ({
      start_date: { year: 1900 + (i % 120), month: 1 + (i % 12) },
      text: { headline: 'Sitzung', text: `<p>Sitzung ${i + 1}.</p>` },
      unique_id: 'sitzung',
      group: 'Constructor'
    }));
    const started = performance.now();
    const result = importTimelineJs({ events });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.ok && result.dataset.events.at(-1)?.id).toBe('sitzung-6000');
    expect(result.ok && Object.keys(result.dataset.actors)).toEqual(['constructor-2']);
  });
});
