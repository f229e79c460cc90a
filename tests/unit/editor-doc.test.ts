import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addArticle, addEvent, addLabel, addSource, blankDoc, copyDoc, docLanguages, draftTitle, moveWithinDay, removeArticle,
  removeEvent, removeSource, sameDay, setLanguages, toggleLabel, uniqueId, updateEvent, type Doc
} from '../../src/lib/editor/doc.ts';
import { complete, fileName, filled, serialize } from '../../src/lib/editor/complete.ts';
import { previewModel, NO_ACTOR } from '../../src/lib/editor/preview.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { slugify } from '../../src/lib/import/slug.ts';
import type { DatasetInput, DateSpec } from '../../src/lib/model/types.ts';

const day = (start: string): DateSpec => ({ start, precision: 'day' });
const SUMMIT = 'biden-und-putin-trafen-sich-am-mittwoch';
const PARAGRAPH = 'Biden und Putin trafen sich am Mittwoch in Genf. Im März hatte Russland seinen Botschafter zurückgerufen.';

/** A blank German timeline with one article and two events citing it, both with an actor. */
function sample(): Doc {
  let doc = { ...blankDoc('de'), title: { de: 'Vor dem Gipfel', en: '' } };
  const a = addArticle(doc, { text: [PARAGRAPH], outlet: null, agency: 'AFP', language: 'de', published: { date: '2021-06-16', inferred: true }, title: 'Gipfel' });
  doc = a.doc;
  const first = addEvent(doc, { article: a.id, quote: 'Biden und Putin trafen sich am Mittwoch in Genf.' }, day('2021-06-16'));
  const second = addEvent(first.doc, { article: a.id, quote: 'Im März hatte Russland seinen Botschafter zurückgerufen.' }, { start: '2021-03', precision: 'month' });
  const actor = addLabel(second.doc, 'actors', 'Russland');
  doc = toggleLabel(toggleLabel(actor.doc, first.id, 'actors', actor.id, true), second.id, 'actors', actor.id, true);
  return doc;
}

describe('edits are pure: each returns a new dataset and leaves its input as it was', () => {
  test('no operation changes the dataset it is given', () => {
    const doc = sample();
    const before = JSON.stringify(doc);
    const id = doc.events[0].id;
    updateEvent(doc, id, { title: { de: 'x', en: 'x' } });
    removeEvent(doc, id);
    addSource(doc, id, { article: doc.articles[0].id, quote: 'Genf' });
    removeSource(doc, id, 0);
    removeArticle(doc, doc.articles[0].id);
    moveWithinDay(doc, id, 1);
    setLanguages(doc, ['de', 'en']);
    expect(JSON.stringify(doc)).toBe(before);
  });

  test('a new event cites its quote, drafts its title from it and starts without actors', () => {
    const { doc, id } = addEvent(blankDoc(), { article: 'a', quote: 'Im März hatte Russland seinen Botschafter zurückgerufen.' }, { start: '2021-03', precision: 'month' });
    expect(doc.events[0]).toMatchObject({ id, actors: [], tags: [], sources: [{ article: 'a', quote: 'Im März hatte Russland seinen Botschafter zurückgerufen.' }] });
    expect(doc.events[0].title.de).toBe('Im März hatte Russland seinen Botschafter zurückgerufen.');
    expect(id).toBe('im-maerz-hatte-russland-seinen');
  });

  test.each([
    ['an id is the slug of its base', 'Im März', [], 'im-maerz'],
    ['a taken id gets a number', 'Genf', ['genf'], 'genf-2'],
    ['and the next one the next number', 'Genf', ['genf', 'genf-2'], 'genf-3'],
    ['nothing usable falls back', '„…“', [], 'event-1']
  ])('%s', (_, base, taken, expected) => expect(uniqueId(base, taken, 'event-1')).toBe(expected));

  test.each([
    ['a short text is the title', 'Putin schwieg.', 'Putin schwieg.'],
    ['a long one is cut at a word, with an ellipsis', 'Biden und Putin trafen sich am Mittwoch in Genf zu ihrem ersten Gipfeltreffen seit Jahren.', 'Biden und Putin trafen sich am Mittwoch in Genf zu ihrem ersten …'],
    ['a dateline is left out', 'Genf (AFP) – Biden und Putin trafen sich.', 'Biden und Putin trafen sich.'],
    ['an English one too', 'WASHINGTON (Reuters) - The talks began.', 'The talks began.'],
    ['brackets later in the text stay', 'Putin (68) sagte – nichts.', 'Putin (68) sagte – nichts.']
  ])('draftTitle: %s', (_, text, expected) => expect(draftTitle(text)).toBe(expected));

  test('a source is added once: the same quote of the same article again changes nothing', () => {
    const doc = sample();
    const { id } = doc.events[0];
    const source = { article: doc.articles[0].id, quote: 'in Genf' };
    const once = addSource(doc, id, source);
    expect(addSource(once, id, source).events[0].sources).toHaveLength(2);
  });

  test('a lane named again is the same lane', () => {
    const doc = sample();
    expect(addLabel(doc, 'actors', 'Russland')).toEqual({ doc, id: 'russland' });
  });

  test('removing an article removes the sources that cite it, not the events', () => {
    const doc = removeArticle(sample(), 'gipfel');
    expect(doc.articles).toEqual([]);
    expect(doc.events.map((e) => e.sources.length)).toEqual([0, 0]);
  });

  test('removing an event removes bounds that name it', () => {
    let doc = sample();
    const [a, b] = doc.events;
    doc = updateEvent(doc, b.id, { date: { ...b.date, before: a.id } });
    expect(removeEvent(doc, a.id).events[0].date.before).toBeUndefined();
  });
});

describe('order within a day', () => {
  const three = () => {
    let doc = sample();
    for (const title of ['B', 'C']) doc = addEvent(doc, null, day('2021-06-16'), title).doc;
    return doc;
  };
  test('events of one date are listed by order, then id', () => {
    expect(sameDay(three(), 'b').map((e) => e.id)).toEqual(['b', SUMMIT, 'c']);
  });
  test.each([
    ['to the front', 'c', 0, ['c', 'b', SUMMIT]],
    ['one later', 'b', 1, [SUMMIT, 'b', 'c']]
  ])('moving %s renumbers the whole group', (_, id, to, expected) => {
    const moved = moveWithinDay(three(), id, to);
    expect(sameDay(moved, id).map((e) => e.id)).toEqual(expected);
    expect(sameDay(moved, id).map((e) => e.order)).toEqual([1, 2, 3]);
  });
  test('a move outside the group changes nothing', () => {
    const doc = three();
    expect(moveWithinDay(doc, 'b', 5)).toBe(doc);
  });
});

describe('what is written out (complete): the format as written, in the languages the author writes', () => {
  test('a German-only timeline validates and has plain German strings: nobody is asked for English', () => {
    const out = complete(sample());
    expect(validateDataset(out).errors).toEqual([]);
    expect(out).toMatchObject({ format: 'sourceline/2', languages: ['de'], title: 'Vor dem Gipfel', actors: { russland: 'Russland' } });
    expect(typeof out.events[0].title).toBe('string');
  });

  test('with both languages, an empty side takes the text of the other', () => {
    const doc = setLanguages(sample(), ['de', 'en']);
    const out = complete(doc);
    expect(out.title).toEqual({ de: 'Vor dem Gipfel', en: 'Vor dem Gipfel' });
    expect(validateDataset(out).errors).toEqual([]);
  });

  test('an English-only timeline writes the English side', () => {
    const doc = { ...setLanguages(sample(), ['en']), title: { de: '', en: 'Before the summit' } };
    expect(complete(doc)).toMatchObject({ languages: ['en'], title: 'Before the summit' });
  });

  test('empty optional texts are left out', () => {
    let doc = sample();
    doc = updateEvent(doc, doc.events[0].id, { notes: { de: '', en: '' } });
    expect('notes' in complete(doc).events[0]).toBe(false);
  });

  test('the shipped dataset, copied and written out, still validates and keeps every quote', () => {
    const shipped = JSON.parse(readFileSync('data/summit-2021.json', 'utf8')) as DatasetInput;
    const out = complete(copyDoc(shipped));
    expect(validateDataset(out).errors).toEqual([]);
    expect(out.events.flatMap((e) => e.sources.map((s) => s.quote))).toEqual(shipped.events.flatMap((e) => e.sources.map((s) => s.quote)));
    expect(out.events.map((e) => e.date)).toEqual(shipped.events.map((e) => JSON.parse(JSON.stringify(e.date))));
  });

  test('a copy declares the languages its source declared (sourceline/1: German and English)', () => {
    const shipped = JSON.parse(readFileSync('data/summit-2021.json', 'utf8')) as DatasetInput;
    expect(docLanguages(copyDoc(shipped))).toEqual(['de', 'en']);
  });

  test('the download is indented JSON named after the title', () => {
    const doc = sample();
    expect(serialize(doc)).toMatch(/^\{\n {2}"format": "sourceline\/2",/);
    expect(fileName(doc, slugify)).toBe('vor-dem-gipfel.json');
    expect(fileName(blankDoc(), slugify)).toBe('sourceline.json');
  });

  test('the preview fills every text and draws what has a date', () => {
    expect(filled(sample()).title).toEqual({ de: 'Vor dem Gipfel', en: 'Vor dem Gipfel' });
    expect(previewModel(sample())?.events.map((e) => e.date.start)).toEqual(['2021-03', '2021-06-16']);
  });

  test('the preview leaves out dates still being typed and puts events without an actor in a lane of their own', () => {
    let doc = sample();
    doc = addEvent(doc, null, { start: '2021-1', precision: 'month' }, 'Tippfehler').doc;
    doc = addEvent(doc, null, day('2021-05-01'), 'Ohne Akteur').doc;
    const model = previewModel(doc)!;
    expect(model.events.map((e) => e.id)).toEqual(['im-maerz-hatte-russland-seinen', 'ohne-akteur', SUMMIT]);
    expect(model.byId.get('ohne-akteur')?.actors).toEqual([NO_ACTOR]);
    expect(previewModel(blankDoc())).toBeNull();
  });
});
