import { describe, expect, test } from 'vitest';
import { articleCitation, citeEvent, timelineLink } from '../../src/lib/cite.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { de } from '../../src/lib/i18n/de.ts';
import { en } from '../../src/lib/i18n/en.ts';

const messages = { de, en };
import { shipped } from './fixtures.ts';

const model = buildModel(shipped());
const article = (id: string) => model.articles.get(id)!;
const event = (id: string) => model.byId.get(id)!;
const link = 'https://example.org/sub/#event=x';

describe('articleCitation names outlet, agency, title and date, and says what was inferred', () => {
  test.each([
    [
      'afp-geneva-summit',
      'de',
      'Medium nicht genannt (Agentur: AFP): „Biden und Putin einigen sich in Genf auf die Rückkehr ihrer Botschafter“ [Titel von der Redaktion ergänzt]. 16. Juni 2021 (erschlossen).'
    ],
    [
      'epoch-times-geneva-summit',
      'en',
      'Epoch Times (agency: AFP): “Gipfeltreffen in Genf nach gut dreieinhalb Stunden und getrennten Pressekonferenzen zu Ende” [title added by the editors]. 16 June 2021 (inferred).'
    ]
  ] as const)('%s in %s', (id, lang, expected) => expect(articleCitation(article(id), lang, messages[lang])).toBe(expected));

  test('a printed title, a printed date and an address appear as they are', () => {
    const a = { ...article('afp-geneva-summit'), outlet: 'Die Zeitung', url: 'https://example.org/a', title: { text: 'T', editorial: false }, published: { date: '2021-06-17', inferred: false } };
    expect(articleCitation(a, 'de', messages.de)).toBe('Die Zeitung (Agentur: AFP): „T“. 17. Juni 2021. https://example.org/a');
  });
});

describe('timelineLink', () => {
  test.each([
    ['https://x.org/p/?view=present&lang=en#event=a', 'b', 'https://x.org/p/?lang=en#event=b'],
    ['https://x.org/p/?embed=1&data=d.json', 'b', 'https://x.org/p/?data=d.json#event=b'],
    ['https://x.org/p/?view=quiz&events=a,b&seed=3', 'a', 'https://x.org/p/#event=a'],
    ['https://x.org/p/', 'russia-recalls-antonow', 'https://x.org/p/#event=russia-recalls-antonow']
  ])('%s → %s', (href, id, expected) => expect(timelineLink(href, id)).toBe(expected));
});

describe('citeEvent', () => {
  test('one source: title and date, the article, the quote byte for byte, the link', () => {
    expect(citeEvent(event('sullivan-returns'), model, 'de', messages.de, link)).toBe(
      [
        'US-Botschafter Sullivan kehrt in die USA zurück (April 2021)',
        '',
        'Medium nicht genannt (Agentur: AFP): „Biden und Putin einigen sich in Genf auf die Rückkehr ihrer Botschafter“ [Titel von der Redaktion ergänzt]. 16. Juni 2021 (erschlossen).',
        '»Sullivan kehrte dann im April in die USA zurück.«',
        '',
        'Zeitleiste: https://example.org/sub/#event=x'
      ].join('\n')
    );
  });

  test('several articles: each once, in the order the event first cites them, with all their quotes', () => {
    const text = citeEvent(event('ambassadors-to-return'), model, 'de', messages.de, link);
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(4);
    expect(blocks[1].startsWith('Medium nicht genannt (Agentur: AFP)')).toBe(true);
    expect(blocks[2].startsWith('Epoch Times (Agentur: AFP)')).toBe(true);
    for (const source of event('ambassadors-to-return').sources) expect(text).toContain(source.quote);
    expect(blocks[2].split('\n')).toHaveLength(3);
  });

  test('both styles of quotation marks inside the quotes survive unchanged', () => {
    const afp = citeEvent(event('putin-talks-constructive'), model, 'de', messages.de, link);
    expect(afp).toContain('“absolut konstruktiv”');
    expect(afp).toContain('„absolut konstruktiv“');
  });

  test('in English the editorial translation follows each quote and the date is English', () => {
    const text = citeEvent(event('sullivan-returns'), model, 'en', messages.en, link);
    expect(text).toContain('(April 2021)');
    expect(text).toContain('“Sullivan kehrte dann im April in die USA zurück.”\n(Translation (editorial): Sullivan then returned to the USA in April.)');
    expect(text.endsWith('Timeline: https://example.org/sub/#event=x')).toBe(true);
  });

  test('an upper-bound date is cited as such', () => {
    expect(citeEvent(event('biden-calls-putin-killer'), model, 'de', messages.de, link).split('\n')[0]).toBe('Biden stuft Putin als „Killer“ ein (spätestens März 2021)');
  });

  test('an event without sources still gives its title, date and link', () => {
    expect(citeEvent({ ...event('sullivan-returns'), sources: [] }, model, 'en', messages.en, link)).toBe(
      'US ambassador Sullivan returns to the USA (April 2021)\n\nTimeline: https://example.org/sub/#event=x'
    );
  });
});
