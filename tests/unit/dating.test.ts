import { describe, expect, test } from 'vitest';
import { datingPhrases } from '../../src/lib/model/dating.ts';
import type { EventData, SourceRef } from '../../src/lib/model/types.ts';

const event = (phrase?: string) => ({ date: { start: '2021-03', precision: 'month', ...(phrase ? { phrase } : {}) } }) as EventData;
const quote = 'Im März rief Russland seinen Botschafter zurück, damals noch ohne Frist.';

describe('the words of a source that date an event', () => {
  test.each([
    ['several phrases, in order', { datePhrase: 'Im März', datePhrases: ['Im März', 'damals'] }, undefined, ['Im März', 'damals']],
    ['one phrase', { datePhrase: 'Im März' }, undefined, ['Im März']],
    ['the event’s phrase when the source has none', {}, 'damals', ['damals']],
    ['only phrases that occur in the quote', { datePhrase: 'Im April', datePhrases: ['Im April', 'damals'] }, undefined, ['damals']],
    ['none', {}, undefined, []]
  ])('%s', (_name, phrases, eventPhrase, expected) => {
    const source = { article: 'a', quote, ...phrases } as SourceRef;
    expect(datingPhrases(source, event(eventPhrase))).toEqual(expected);
  });
});
