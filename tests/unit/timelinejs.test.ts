import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTimelineJs, isTimelineJs, iso } from '../../src/lib/import/timelinejs.ts';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import { formatEventDate } from '../../src/lib/time/format.ts';
import type { DatasetInput } from '../../src/lib/model/types.ts';
import { buildModel } from '../../src/lib/model/model.ts';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/timelinejs.json', 'utf8'));
const slide = (start_date: unknown, more: Record<string, unknown> = {}) => ({ start_date, text: { headline: 'H', text: 'T' }, ...more });
const convert = (...events: unknown[]) => {
  const result = importTimelineJs({ events });
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result;
};
const validated = (dataset: DatasetInput) => {
  const checked = validateDataset(dataset);
  if (!checked.dataset) throw new Error(checked.errors.map(formatProblem).join('\n'));
  return checked.dataset;
};
const errorsOf = (...events: unknown[]) => {
  const result = importTimelineJs({ events });
  return result.ok ? [] : result.errors.map(formatProblem);
};

describe('isTimelineJs recognises a TimelineJS document and nothing else', () => {
  test.each([
    ['a document with slides', { events: [{ start_date: { year: 2021 } }] }, true],
    ['a title slide without events', { title: { text: { headline: 'x' } }, events: [] }, true],
    ['a Sourceline dataset', { format: 'sourceline/1', events: [{ start_date: {} }] }, false],
    ['events that look like ours', { events: [{ date: { start: '2021' } }] }, false],
    ['no events list', { title: {} }, false],
    ['a list', [], false],
    ['null', null, false]
  ])('%s: %s', (_name, input, expected) => expect(isTimelineJs(input)).toBe(expected));
});

describe('dates: precision follows the parts present, BCE years shift to astronomical numbering', () => {
  test.each([
    ['a year alone is a year', { year: 1988 }, undefined, { start: '1988', precision: 'year' }],
    ['a year and a month are a month', { year: 1988, month: 6 }, undefined, { start: '1988-06', precision: 'month' }],
    ['year, month and day are a day', { year: 1582, month: 10, day: 15 }, undefined, { start: '1582-10-15', precision: 'day' }],
    ['parts may be strings', { year: '1969', month: '07', day: '20' }, undefined, { start: '1969-07-20', precision: 'day' }],
    ['blank parts are absent', { year: '1918', month: '2', day: '' }, undefined, { start: '1918-02', precision: 'month' }],
    ['-44 (44 BCE in TimelineJS) is -0043', { year: -44, month: 3, day: 15 }, undefined, { start: '-0043-03-15', precision: 'day' }],
    ['-1 (1 BCE) is 0000', { year: -1 }, undefined, { start: '0000', precision: 'year' }],
    ['a deep BCE year keeps its digits', { year: -3000 }, undefined, { start: '-2999', precision: 'year' }],
    ['a year before 1000 is padded', { year: 476 }, undefined, { start: '0476', precision: 'year' }],
    ['a day span keeps both days', { year: 1752, month: 9, day: 3 }, { year: 1752, month: 9, day: 13 }, { start: '1752-09-03', end: '1752-09-13', precision: 'day' }],
    ['a year span keeps both years', { year: 1999 }, { year: 2000 }, { start: '1999', end: '2000', precision: 'year' }],
    ['an end as precise as the start is dropped when equal', { year: 2000 }, { year: 2000 }, { start: '2000', precision: 'year' }],
    ['mixed precision falls back to the coarser one', { year: 1577 }, { year: 1582, month: 2, day: 24 }, { start: '1577', end: '1582', precision: 'year' }],
    ['an empty end_date is no end', { year: 2000 }, '', { start: '2000', precision: 'year' }],
    ['an end_date whose parts are all blank is no end', { year: 2000 }, { year: '', month: '', day: '', hour: '', minute: '', second: '', millisecond: '', display_date: '' }, { start: '2000', precision: 'year' }],
    ['an end_date of an empty object is no end', { year: 2000 }, {}, { start: '2000', precision: 'year' }],
    ['a cosmological year is kept as a year', { year: -13800000000 }, undefined, { start: '-13799999999', precision: 'year' }],
    ['a cosmological year with a month keeps the year', { year: -4600000000, month: 3 }, undefined, { start: '-4599999999', precision: 'year' }]
  ])('%s', (_name, start, end, expected) => {
    const { dataset } = convert(slide(start, end === undefined ? {} : { end_date: end }));
    expect(dataset.events[0].date).toEqual(expected);
  });

  test.each([
    ['-0043-03-15', '15. März 44 v. Chr.'],
    ['0000', '1 v. Chr.'],
    ['-2999', '3000 v. Chr.']
  ])('%s reads as "%s"', (start, label) => {
    const precision = start.length > 5 ? 'day' : 'year';
    expect(formatEventDate({ start, precision }, 'de')).toBe(label);
  });

  test('display_date is kept as the date shown, not as an inference', () => {
    const { dataset, warnings } = convert(slide({ year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, { display_date: '20. Juli 1969, 20:17 Uhr' }));
    expect(dataset.events[0].date).toEqual({ start: '1969-07-20', precision: 'day', display: '20. Juli 1969, 20:17 Uhr' });
    expect(warnings).toEqual([]);
    const model = buildModel(validated(dataset));
    expect(formatEventDate(model.events[0].date, 'en')).toBe('20. Juli 1969, 20:17 Uhr');
  });

  test('the display dates of start and end are joined when the slide has none of its own', () => {
    const { dataset } = convert(slide({ year: 1914, display_date: 'Sommer 1914' }, { end_date: { year: 1918, display_date: 'Herbst 1918' } }));
    expect(dataset.events[0].date.display).toBe('Sommer 1914 – Herbst 1918');
  });

  test('a time of day with no display date is not kept, with one warning naming the slides', () => {
    const { dataset, warnings } = convert(slide({ year: 1969, month: 7, day: 20, hour: 20, minute: 17 }), slide({ year: 1970, month: 1, day: 1, hour: 0 }));
    expect(dataset.events[0].date).toEqual({ start: '1969-07-20', precision: 'day' });
    expect(warnings.map(formatProblem)).toEqual(['TimelineJS document, start_date: expected dates to the day (Sourceline keeps no time of day), found 2 times of day not kept: #1 (20:17), #2 (00:00)']);
  });

  test('year 0, which TimelineJS does not have, is read as 1 BCE with a warning', () => {
    const { dataset, warnings } = convert(slide({ year: 0 }));
    expect(dataset.events[0].date.start).toBe('0000');
    expect(warnings.map(formatProblem)).toEqual(["TimelineJS event #1, start_date.year: expected a year other than 0 (TimelineJS writes 1 BCE as -1), found 0, read as 1 BCE"]);
  });
});

describe('bad dates are refused with the slide, the field, what was expected and what was found', () => {
  test.each([
    ['no start_date', { text: {} }, /^TimelineJS event #1, start_date: expected an object with at least a year, found nothing$/],
    ['no year', slide({ month: 3 }), /^TimelineJS event #1, start_date\.year: expected a year \(a whole number; negative for BCE\), found nothing$/],
    ['a year in words', slide({ year: 'zweitausend' }), /start_date\.year: expected a year .*, found "zweitausend"$/],
    ['a fractional year', slide({ year: 1999.5 }), /start_date\.year: expected a year .*, found 1999\.5$/],
    ['month 13', slide({ year: 2021, month: 13 }), /start_date\.month: expected a month from 1 to 12, found 13$/],
    ['30 February', slide({ year: 2021, month: 2, day: 30 }), /start_date\.day: expected a day that exists in 2021-02 \(1 to 28\), found 30$/],
    ['a day without a month', slide({ year: 2021, day: 3 }), /start_date\.month: expected a month, since a day is given, found nothing$/],
    ['a broken end_date', slide({ year: 2021 }, { end_date: { year: 'x' } }), /end_date\.year: expected a year/],
    ['a slide that is not an object', 'nope', /^TimelineJS event #1, \(whole item\): expected an object, found "nope"$/],
    ['the unique_id names the slide', slide({ year: 'x' }, { unique_id: 'my-slide' }), /^TimelineJS event #1 'my-slide', start_date\.year/]
  ])('%s', (_name, event, expected) => {
    const errors = errorsOf(event);
    expect(errors.some((e) => expected.test(e)), errors.join('\n')).toBe(true);
  });

  test('every bad slide is reported, not only the first', () => {
    expect(errorsOf(slide({ year: 'x' }), slide({ year: 2021 }), slide({ year: 2021, month: 0 }))).toHaveLength(2);
  });

  test('a document without an events list is refused', () => {
    const result = importTimelineJs({ title: {} });
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual(['TimelineJS document, events: expected a list of slides, found nothing']);
  });

  test('an end before the start passes the import and is caught by validation', () => {
    const { dataset } = convert(slide({ year: 2001 }, { end_date: { year: 2000 } }));
    expect(validateDataset(dataset).errors.map(formatProblem)).toEqual(["event 'h', date.end: expected a date on or after the start 2001, found \"2000\""]);
  });
});

describe('text, ids, groups and eras', () => {
  test('HTML in headlines and text becomes plain text, written once (no copy per language)', () => {
    const { dataset } = convert({ start_date: { year: 2000 }, text: { headline: '<b>Fett</b> &amp; klar', text: '<p>Eins</p><script>x()</script><p>Zwei</p>' } });
    expect(dataset.events[0].title).toBe('Fett & klar');
    expect(dataset.events[0].summary).toBe('Eins Zwei');
    expect(dataset.languages).toEqual(['und', 'de', 'en']);
  });

  test('the document language can be given', () => {
    const result = importTimelineJs({ events: [slide({ year: 1 })] }, { language: 'fr' });
    expect(result.ok && result.dataset.languages).toEqual(['fr', 'de', 'en']);
  });

  test.each([
    ['a headline alone is title and summary', { headline: 'Nur Titel' }, 'Nur Titel', 'Nur Titel'],
    ['text alone gives its first sentence as the title', { text: 'Erster Satz. Zweiter Satz.' }, 'Erster Satz.', 'Erster Satz. Zweiter Satz.'],
    ['a long first sentence is shortened at a word', { text: `${'Wort '.repeat(30)}Ende.` }, `${'Wort '.repeat(15).trim()}…`, `${'Wort '.repeat(30)}Ende.`]
  ])('%s', (_name, text, title, summary) => {
    const { dataset } = convert({ start_date: { year: 2000 }, text });
    expect([dataset.events[0].title, dataset.events[0].summary]).toEqual([title, summary]);
  });

  test.each([
    ['the media caption', { media: { url: 'https://example.org/a.jpg', caption: 'Das Rathaus 1910. Foto: Archiv' } }, 'Das Rathaus 1910.'],
    ['the media credit', { media: { url: 'https://example.org/a.jpg', credit: 'Stadtarchiv' } }, 'Stadtarchiv'],
    ['a blockquote', { media: { url: '<blockquote>Ich bin ein Berliner.</blockquote>' } }, 'Ich bin ein Berliner.'],
    ['nothing: a numbered slide', {}, { de: 'Folie 1 (ohne Titel)', en: 'Slide 1 (untitled)' }]
  ])('a slide with no text is titled by %s, never by a bare date', (_name, more, title) => {
    expect(convert({ start_date: { year: 2000, month: 5 }, ...more }).dataset.events[0].title).toEqual(title);
  });

  test('ids come from unique_id, else the title, slugified and unique', () => {
    const { dataset } = convert(
      slide({ year: 1 }, { unique_id: 'Caesar’s Death' }),
      slide({ year: 2 }, { unique_id: 'caesars-death' }),
      { start_date: { year: 3 }, text: { headline: 'Über Grün' } },
      { start_date: { year: 4 }, text: { headline: '日本' } }
    );
    expect(dataset.events.map((e) => e.id)).toEqual(['caesars-death', 'caesars-death-2', 'ueber-gruen', '日本']);
  });

  test('groups become actors, one lane each; slides without a group share one', () => {
    const { dataset } = convert(slide({ year: 1 }, { group: 'Kalender' }), slide({ year: 2 }, { group: 'Uhren' }), slide({ year: 3 }, { group: 'Kalender' }), slide({ year: 4 }));
    expect(dataset.actors).toEqual({ kalender: 'Kalender', uhren: 'Uhren', ungrouped: { de: 'Ohne Gruppe', en: 'No group' } });
    expect(dataset.events.map((e) => e.actors)).toEqual([['kalender'], ['uhren'], ['kalender'], ['ungrouped']]);
  });

  test('eras become tags on the events that start inside them', () => {
    const result = importTimelineJs({
      events: [slide({ year: -50 }), slide({ year: 1500 }), slide({ year: 1990, month: 5 })],
      eras: [
        { start_date: { year: -100 }, end_date: { year: 476 }, text: { headline: 'Antike' } },
        { start_date: { year: 1946 }, end_date: { year: 2030 }, text: { headline: 'Computer' } },
        { start_date: { year: 'x' }, text: { headline: 'kaputt' } }
      ]
    });
    if (!result.ok) throw new Error('not ok');
    expect(result.dataset.tags).toEqual({ 'era-antike': 'Antike', 'era-computer': 'Computer' });
    expect(result.dataset.events.map((e) => e.tags)).toEqual([['era-antike'], [], ['era-computer']]);
    expect(result.warnings.map(formatProblem)).toEqual(['TimelineJS era #3, start_date.year: expected a year (a whole number; negative for BCE), found "x" (era left out)']);
  });

  test.each([
    ['its headline', { text: { headline: 'Uhren', text: '<p>Kurz.</p>' } }, 'Uhren', 'Kurz.'],
    ['the first sentence of its text when it has no headline', { text: { text: '<p>Eine Geschichte der Uhren. Von der Sonnenuhr bis zur Atomuhr.</p>' } }, 'Eine Geschichte der Uhren.', 'Von der Sonnenuhr bis zur Atomuhr.'],
    ['its media caption when it has no text', { media: { url: 'https://example.org/t.jpg', caption: 'Uhren im Museum' } }, 'Uhren im Museum', undefined]
  ])('the title slide names the dataset by %s', (_name, title, name, description) => {
    const result = importTimelineJs({ title, events: [slide({ year: 1 })] });
    expect(result.ok && [result.dataset.title, result.dataset.description]).toEqual([name, description]);
  });

  test('without a title slide the dataset is called an import', () => {
    expect(convert(slide({ year: 1 })).dataset.title).toEqual({ de: 'TimelineJS-Import', en: 'TimelineJS import' });
  });

  test('media are not shown; captions and credits are kept as text, with one warning that says how many were left out', () => {
    const { dataset, warnings } = convert(
      slide({ year: 1 }, { media: { url: 'https://example.org/a.jpg', caption: 'Die <i>Brücke</i>', credit: 'Foto: Stadtarchiv' } }),
      slide({ year: 2 }, { background: { url: 'https://example.org/b.jpg' } })
    );
    expect(dataset.events[0].summary).toBe('T — Die Brücke — Foto: Stadtarchiv');
    expect(warnings.map(formatProblem)).toEqual(['TimelineJS document, media: expected text only (Sourceline loads nothing from other sites), found 2 images, embeds or backgrounds not shown (captions, credits and links kept as text)']);
  });

  test('slide order breaks ties between events of the same date', () => {
    expect(convert(slide({ year: 1 }), slide({ year: 1 })).dataset.events.map((e) => e.order)).toEqual([0, 1]);
  });
});

describe('the fixture with every date form', () => {
  test('converts to a valid dataset whose only warnings are the expected ones', () => {
    const result = importTimelineJs(fixture());
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    const checked = validateDataset(result.dataset);
    expect(checked.errors).toEqual([]);
    const data = checked.dataset as DatasetInput;
    expect(data.events.map((e) => [e.id, e.date.start, e.date.end ?? '', e.date.precision])).toEqual([
      ['stonehenge', '-2999', '', 'year'],
      ['julian-calendar', '-0044-01-01', '', 'day'],
      ['caesars-death', '-0043-03-15', '', 'day'],
      ['calendar-reform', '1577', '1582', 'year'],
      ['calendar-reform-2', '1582-10-15', '', 'day'],
      ['grossbritannien-ueberspringt-elf-tage', '1752-09-03', '1752-09-13', 'day'],
      ['russland-stellt-um', '1918-02', '', 'month'],
      ['moon-landing', '1969-07-20', '', 'day'],
      ['die-unix-zeit-zaehlt-ab-mitternacht-utc', '1970-01-01', '', 'day'],
      ['iso-8601', '1988-06', '', 'month'],
      ['y2k', '1999', '2000', 'year']
    ]);
    expect(checked.warnings.filter((w) => w.field === 'sources')).toHaveLength(11);
    expect(data.events.find((e) => e.id === 'y2k')?.summary).toBe('Zweistellige Jahreszahlen lassen Programme <script> und "00" verwechseln — hier nur Text.');
  });
});

describe('iso', () => {
  test.each([
    [{ year: 2021 }, '2021'],
    [{ year: 44, month: 3 }, '0044-03'],
    [{ year: -43, month: 3, day: 15 }, '-0043-03-15'],
    [{ year: 0 }, '0000'],
    [{ year: -271820 }, '-271820']
  ])('%o is written %s', (parts, text) => expect(iso(parts)).toBe(text));
});
