import { describe, expect, test } from 'vitest';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { restrictModel } from '../../src/lib/model/restrict.ts';
import { textLang, isOtherLanguage } from '../../src/lib/model/language.ts';
import { independentSources } from '../../src/lib/model/independence.ts';
import type { DatasetInput } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';
import { utcYear } from 'd3-time';
import { layoutStrip } from '../../src/lib/present/strip.ts';

/** A small sourceline/2 dataset in one language, safe to change in a test. */
function small(): DatasetInput {
  return {
    format: 'sourceline/2',
    languages: ['fr'],
    title: 'Le pont',
    actors: { ville: 'Ville' },
    tags: {},
    articles: [
      {
        id: 'journal',
        outlet: 'Le Journal',
        language: 'fr',
        published: { date: '2024-09-16', inferred: false },
        title: { text: 'Le pont est ouvert', editorial: false },
        paragraphs: [
          { text: 'Le pont ouvert', role: 'heading' },
          'Le pont a été ouvert le 14 septembre 2024. Les travaux avaient commencé en mars 2022.',
          { text: 'Photo : Ville', role: 'credit' }
        ]
      }
    ],
    events: [
      {
        id: 'ouverture',
        title: 'Ouverture du pont',
        summary: 'Le pont est ouvert.',
        date: { start: '2024-09-14', precision: 'day' },
        actors: ['ville'],
        tags: [],
        sources: [{ article: 'journal', quote: 'Le pont a été ouvert le 14 septembre 2024.', datePhrase: ['le 14 septembre 2024', '2024'] }]
      },
      {
        id: 'travaux',
        title: 'Début des travaux',
        summary: 'Les travaux commencent.',
        date: { start: '2022-03', precision: 'month' },
        actors: ['ville'],
        tags: [],
        sources: [{ article: 'journal', quote: 'Les travaux avaient commencé en mars 2022.', datePhrase: 'en mars 2022' }]
      }
    ]
  };
}

const errorsOf = (data: unknown) => validateDataset(data).errors.map(formatProblem);

describe('languages: a dataset declares them and texts are given in one or several', () => {
  test('a dataset in French alone is valid', () => {
    expect(errorsOf(small())).toEqual([]);
  });

  test('sourceline/2 without "languages" is refused with what to write', () => {
    const data = small();
    delete data.languages;
    expect(errorsOf(data)).toContain("dataset, languages: expected the list of the dataset’s languages, e.g. [\"de\"] or [\"en\", \"de\"] (sourceline/2 requires it), found nothing");
  });

  test('a sourceline/1 text in German alone now loads (sourceline/1 means de and en)', () => {
    const data = shipped() as unknown as DatasetInput;
    data.events[0].title = { de: 'Biden tritt sein Amt an' };
    expect(errorsOf(data)).toEqual([]);
    const event = buildModel(data).byId.get(data.events[0].id)!;
    expect(event.title.en).toBe('Biden tritt sein Amt an');
    expect(textLang(event.title, 'en')).toBe('de');
    expect(isOtherLanguage(event.title, 'en')).toBe(true);
    expect(isOtherLanguage(event.title, 'de')).toBe(false);
  });

  test.each([
    ['a plain string is in the first language, for both interface languages', 'Ouverture du pont', { de: ['Ouverture du pont', 'fr'], en: ['Ouverture du pont', 'fr'] }],
    ['a map gives each interface language its own text', { fr: 'Ouverture', de: 'Eröffnung', en: 'Opening' }, { de: ['Eröffnung', 'de'], en: ['Opening', 'en'] }],
    ['a regional variant serves its base language', { fr: 'Ouverture', 'en-GB': 'Opening' }, { de: ['Ouverture', 'fr'], en: ['Opening', 'en-GB'] }],
    ['a missing language falls back to the first declared one the text has', { en: 'Opening', fr: 'Ouverture' }, { de: ['Ouverture', 'fr'], en: ['Opening', 'en'] }]
  ])('%s', (_name, title, expected) => {
    const data = small();
    data.languages = ['fr', 'de', 'en', 'en-GB'];
    data.events[0].title = title;
    const event = buildModel(data).byId.get('ouverture')!;
    expect([event.title.de, textLang(event.title, 'de')]).toEqual(expected.de);
    expect([event.title.en, textLang(event.title, 'en')]).toEqual(expected.en);
  });

  test('a language the dataset calls unknown ("und") is marked as lang=""', () => {
    const data = small();
    data.languages = ['und'];
    const model = buildModel(data);
    expect(textLang(model.data.title, 'de')).toBe('');
    expect(isOtherLanguage(model.data.title, 'de')).toBe(true);
  });

  test('normalised data builds the same model again (so views can narrow it)', () => {
    const model = buildModel(small());
    const again = buildModel(model.data);
    expect(again.data).toEqual(model.data);
    expect(textLang(again.data.title, 'en')).toBe('fr');
  });

  test('the model keeps the dataset as given, for saving', () => {
    const data = small();
    expect(buildModel(data).input).toBe(data);
  });
});

describe('paragraph roles', () => {
  test('paragraphs with a role are read as their text, the role kept beside them', () => {
    const article = buildModel(small()).articles.get('journal')!;
    expect(article.paragraphs).toEqual(['Le pont ouvert', 'Le pont a été ouvert le 14 septembre 2024. Les travaux avaient commencé en mars 2022.', 'Photo : Ville']);
    expect(article.roles).toEqual(['heading', null, 'credit']);
  });

  test('a quote is found in a paragraph that has a role', () => {
    const data = small();
    data.events[1].sources[0].quote = 'Photo : Ville';
    delete data.events[1].sources[0].datePhrase;
    expect(errorsOf(data)).toEqual([]);
  });

  test('an unknown role is refused with the roles there are', () => {
    const data = small();
    data.articles[0].paragraphs[0] = { text: 'x', role: 'footnote' as 'caption' };
    expect(errorsOf(data).join('\n')).toMatch(/^article 'journal', paragraphs\[0\]: expected a paragraph: a text, or \{ "text": "…", "role": "caption" \| "heading" \| "credit" \| "boilerplate" \}/m);
  });
});

describe('several dating phrases per source', () => {
  test('a list of phrases is kept in order, the first as the phrase', () => {
    const source = buildModel(small()).byId.get('ouverture')!.sources[0];
    expect(source.datePhrase).toBe('le 14 septembre 2024');
    expect(source.datePhrases).toEqual(['le 14 septembre 2024', '2024']);
  });

  test('each phrase must occur in the quote, and the one that does not is named', () => {
    const data = small();
    data.events[0].sources[0].datePhrase = ['le 14 septembre 2024', 'en mai'];
    expect(errorsOf(data)).toEqual(["event 'ouverture', sources[0].datePhrase[1]: expected words that occur in the quote, found \"en mai\""]);
  });
});

describe('real-world context', () => {
  test('context with its own citation is kept on the event and never changes its date or order', () => {
    const data = small();
    data.events[1].context = { text: 'La crue de 2023 a retardé de nombreux chantiers.', reference: 'Rapport régional 2023, p. 4' };
    expect(errorsOf(data)).toEqual([]);
    const model = buildModel(data);
    expect(model.byId.get('travaux')!.context).toEqual({ text: { de: 'La crue de 2023 a retardé de nombreux chantiers.', en: 'La crue de 2023 a retardé de nombreux chantiers.' }, reference: 'Rapport régional 2023, p. 4' });
    expect(model.events.map((e) => e.id)).toEqual(['travaux', 'ouverture']);
  });

  test('context without a citation is refused', () => {
    const data = small();
    data.events[1].context = { text: 'Sans source.' } as never;
    expect(errorsOf(data)).toEqual(["event 'travaux', context: expected a context with its own citation: a `url` or a `reference`, found an object"]);
  });
});

describe('bounds: events known only to come before or after another', () => {
  const bounded = () => {
    const data = small();
    data.events.push(
      { id: 'vote', title: 'Vote', summary: 'Le conseil vote.', date: { before: 'travaux' }, actors: ['ville'], tags: [], sources: [] },
      { id: 'fete', title: 'Fête', summary: 'On fête.', date: { after: 'ouverture' }, actors: ['ville'], tags: [], sources: [] },
      { id: 'plan', title: 'Plan', summary: 'Un plan.', date: { before: 'vote' }, actors: ['ville'], tags: [], sources: [] },
      { id: 'essai', title: 'Essai', summary: 'Un essai.', date: { start: '2023', precision: 'year' }, actors: ['ville'], tags: [], sources: [] }
    );
    return data;
  };

  test('they need no start and are valid', () => {
    expect(errorsOf(bounded()).filter((m) => !m.includes('sources:'))).toEqual([]);
  });

  test('they sort right next to the event they name, chains included', () => {
    expect(buildModel(bounded()).events.map((e) => e.id)).toEqual(['plan', 'vote', 'travaux', 'essai', 'ouverture', 'fete']);
  });

  test('the timeline gets the named event’s start (before) or end (after), marked as a bound, never NaN', () => {
    const model = buildModel(bounded());
    const vote = model.byId.get('vote')!;
    expect(vote.date).toMatchObject({ start: '2022-03', precision: 'month', before: 'travaux', bound: true });
    expect(vote.interval.openStart).toBe(true);
    const fete = model.byId.get('fete')!;
    expect(fete.date).toMatchObject({ start: '2024-09-14', precision: 'day', after: 'ouverture', bound: true });
    for (const e of model.events) expect(Number.isNaN(e.interval.start.getTime()) || Number.isNaN(e.years.start)).toBe(false);
  });

  test('narrowed to a lane without the event it names, a bound-only event keeps its place by date', () => {
    const data = bounded();
    data.actors.autre = 'Autre';
    data.events.find((e) => e.id === 'vote')!.actors = ['autre'];
    const narrowed = restrictModel(buildModel(data), { lanes: ['autre'], tags: [] });
    expect(narrowed.events.map((e) => [e.id, e.date.start])).toEqual([['vote', '2022-03']]);
  });

  test.each([
    ['no start and no bound', { precision: 'day' }, "event 'vote', date.start: expected a date (it may be left out only when \"before\" or \"after\" names an event), found nothing"],
    ['both bounds and no start', { before: 'travaux', after: 'ouverture' }, "event 'vote', date: expected either \"before\" or \"after\" when there is no start (an event between two others needs a start), found both"],
    ['a bound naming no event', { after: 'nope' }, "event 'vote', date.after: expected the id of an event in this dataset, found \"nope\""],
    ['a start without precision', { start: '2021' }, "event 'vote', date.precision: expected one of \"year\", \"month\", \"day\" (required with a start), found nothing"]
  ])('%s is refused', (_name, date, message) => {
    const data = bounded();
    data.events[2].date = date as never;
    expect(errorsOf(data)).toContain(message);
  });

  test('a circle of bounds is refused', () => {
    const data = bounded();
    data.events[1].date = { before: 'vote' };
    data.events[2].date = { before: 'travaux' };
    expect(errorsOf(data)).toContain("event 'vote', date.before: expected a chain of events that ends in one with a start, found a circle through vote → travaux");
  });
});

describe('source independence', () => {
  const twoArticles = (second: Partial<DatasetInput['articles'][number]>) => {
    const data = small();
    data.articles.push({ ...data.articles[0], id: 'gazette', outlet: 'La Gazette', ...second });
    data.events[0].sources.push({ article: 'gazette', quote: 'Le pont a été ouvert le 14 septembre 2024.' });
    const model = buildModel(data);
    return independentSources(model.byId.get('ouverture')!, model.articles);
  };
  test.each([
    ['two articles of their own reporting are two sources', {}, 2],
    ['an article based on another is the same source', { basedOn: 'journal' }, 1],
    ['two articles carrying the same agency’s copy are one source', { agency: 'AFP' }, 2]
  ])('%s', (_name, second, count) => expect(twoArticles(second)).toBe(count));

  test('agency names are compared without case ("AFP" and "afp")', () => {
    const data = small();
    data.articles[0].agency = 'AFP';
    data.articles.push({ ...data.articles[0], id: 'gazette', agency: 'afp' });
    data.events[0].sources.push({ article: 'gazette', quote: 'Le pont a été ouvert le 14 septembre 2024.' });
    const model = buildModel(data);
    expect(independentSources(model.byId.get('ouverture')!, model.articles)).toBe(1);
  });

  test.each([
    ['itself', 'journal', "article 'journal', basedOn: expected another article’s id, found the article’s own id"],
    ['an unknown article', 'nope', "article 'journal', basedOn: expected one of journal, found \"nope\""]
  ])('an article based on %s is refused', (_name, basedOn, message) => {
    const data = small();
    data.articles[0].basedOn = basedOn;
    expect(errorsOf(data)).toContain(message);
  });
});

describe('deep time', () => {
  const deep = () => {
    const data = small();
    data.events.push(
      { id: 'big-bang', title: 'Big Bang', summary: 'Le début.', date: { start: '-13800000000', precision: 'year' }, actors: ['ville'], tags: [], sources: [] },
      { id: 'earth', title: 'Terre', summary: 'La Terre.', date: { start: '-4540000000', end: '-4500000000', precision: 'year' }, actors: ['ville'], tags: [], sources: [] }
    );
    return data;
  };

  test('years beyond ±271,820 are valid as years', () => {
    expect(errorsOf(deep()).filter((m) => !m.includes('sources:'))).toEqual([]);
  });

  test('they sort by their year and the model gives numbers, never NaN', () => {
    const model = buildModel(deep());
    expect(model.events.map((e) => e.id)).toEqual(['big-bang', 'earth', 'travaux', 'ouverture']);
    const bang = model.byId.get('big-bang')!;
    expect(bang.years).toEqual({ start: -13800000000, end: -13799999999 });
    expect(model.byId.get('earth')!.years).toEqual({ start: -4540000000, end: -4499999999 });
    for (const e of model.events) {
      expect(Number.isNaN(e.interval.start.getTime())).toBe(false);
      expect(Number.isNaN(e.interval.end.getTime())).toBe(false);
    }
  });

  test('deep-time Date edges are clamped where a time scale can still round them to centuries (the slides’ strip lays them out)', () => {
    const model = buildModel(deep());
    const bang = model.byId.get('big-bang')!.interval.start;
    expect(Number.isNaN(utcYear.every(100)!.floor(bang).getTime())).toBe(false);
    expect(Number.isNaN(utcYear.every(100)!.ceil(bang).getTime())).toBe(false);
    const strip = layoutStrip(model.events, 1000);
    expect(strip.marks).toHaveLength(model.events.length);
    for (const mark of strip.marks) expect(Number.isFinite(mark.x)).toBe(true);
  });

  test('years within Date’s range get fractional years that follow the calendar', () => {
    const years = buildModel(small()).byId.get('travaux')!.years;
    expect(years.start).toBeCloseTo(2022 + 59 / 365, 6);
    expect(years.end).toBeCloseTo(2022 + 90 / 365, 6);
  });
});
