import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { isTimelineSheet, parseSheet, sheetToTimelineJs } from '../../src/lib/editor/csv.ts';
import { docFromJson, openText } from '../../src/lib/editor/open.ts';
import { blankDoc } from '../../src/lib/editor/doc.ts';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('CSV in the columns of TimelineJS’s spreadsheet template', () => {
  test.each([
    ['the template’s header', HEADER.split(','), true],
    ['case, spacing and a byte-order mark do not matter', ['\uFEFFyear', ' HEADLINE '], true],
    ['Year and Text are enough', ['Year', 'Text'], true],
    ['no Year column', ['Headline', 'Text'], false]
  ])('isTimelineSheet: %s', (_, headers, expected) => expect(isTimelineSheet(headers)).toBe(expected));

  test.each([
    ['a year only', { Year: '1890' }, { start_date: { year: '1890' } }],
    ['a month without a day', { Year: '1890', Month: '5' }, { start_date: { year: '1890', month: '5' } }],
    ['a day needs its month', { Year: '1890', Day: '3' }, { start_date: { year: '1890' } }],
    ['a time of day', { Year: '1945', Month: '4', Day: '23', Time: '14:30' }, { start_date: { year: '1945', month: '4', day: '23', hour: 14, minute: 30 } }],
    ['an end date', { Year: '1914', 'End Year': '1918' }, { start_date: { year: '1914' }, end_date: { year: '1918' } }],
    ['display date and group', { Year: '1890', 'Display Date': 'Spring 1890', Group: 'Town' }, { display_date: 'Spring 1890', group: 'Town' }],
    ['media and background are passed on (the importer drops them with a warning)', { Year: '1890', Media: 'https://x/y.jpg', 'Media Caption': 'c', Background: 'https://x/b.jpg' }, { media: { url: 'https://x/y.jpg', caption: 'c', credit: '', thumbnail: '' }, background: { url: 'https://x/b.jpg' } }]
  ])('a row with %s becomes a slide', (_, row, slide) => {
    const { document } = sheetToTimelineJs([{ Headline: 'H', Text: '', ...row }]);
    expect((document.events as unknown[])[0]).toMatchObject({ text: { headline: 'H' }, ...slide });
  });

  test('type "title" is the title slide and "era" an era; empty rows are skipped', () => {
    const { document, problems } = sheetToTimelineJs([
      { Type: 'title', Headline: 'Bridges' },
      { Year: '', Headline: '' },
      { Type: 'Era', Year: '1900', 'End Year': '1950', Headline: 'Early' }
    ]);
    expect(document).toEqual({ title: { text: { headline: 'Bridges', text: '' } }, events: [], eras: [{ start_date: { year: '1900' }, end_date: { year: '1950' }, text: { headline: 'Early', text: '' } }] });
    expect(problems).toEqual([]);
  });

  test('a row without a year is reported with its row number in the file', () => {
    const { problems } = sheetToTimelineJs([{ Year: '1890', Headline: 'A' }, { Year: '', Headline: 'B' }]);
    expect(problems).toEqual([{ where: 'CSV row 3', field: 'Year', expected: 'a year (the row has no date)', found: '"B" without a year' }]);
  });

  test('quoted cells keep their commas, quotes and line breaks (papaparse)', () => {
    const { document } = parseSheet(`${HEADER}\n1890,5,,,,,,,,"Opened, at last","He said ""yes""\nand left",,,,,,,\n`);
    expect((document!.events as { text: unknown }[])[0].text).toEqual({ headline: 'Opened, at last', text: 'He said "yes"\nand left' });
  });

  test('a CSV that is not the template is refused, naming the columns it has', () => {
    expect(parseSheet('a,b\n1,2\n')).toEqual({
      document: null,
      problems: [{ where: 'CSV', field: 'header row', expected: "TimelineJS's template columns (at least Year and Headline)", found: 'a, b' }]
    });
  });
});

describe('opening a file to edit', () => {
  test('a CSV opens as a timeline with one lane per group', async () => {
    const opened = await openText(`${HEADER}\n,,,,,,,,,Bridges,,,,,,title,,\n1890,5,,,,,,,,First bridge,,,,,,,Town,\n`, 'sheet.csv');
    expect(opened.ok && [opened.doc.title.de, opened.doc.events.length, Object.keys(opened.doc.actors)]).toEqual(['Bridges', 1, ['town']]);
  });
  test('the shipped dataset opens', async () => {
    const opened = await openText(readFileSync('data/summit-2021.json', 'utf8'), 'summit.json');
    expect(opened.ok && opened.doc.events.length).toBe(15);
  });
  test('a draft the editor saved opens though it would not validate yet', () => {
    const opened = docFromJson({ ...blankDoc('de'), events: [] }, 'file "d.json"');
    expect(opened.ok).toBe(true);
  });
  test.each([
    ['not JSON', '{', 'content'],
    ['JSON that is no dataset', '{"hello": 1}', '(top level)'],
    ['a list', '[1, 2]', '(top level)']
  ])('%s is refused with where and what', async (_, text, field) => {
    const opened = await openText(text, 'x.json');
    expect(opened.ok ? null : opened.errors[0]).toMatchObject({ where: 'file "x.json"', field });
  });
});
