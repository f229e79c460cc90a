import { describe, expect, test } from 'vitest';
import { closestPassage } from '../../src/lib/model/closest.ts';
import { formatProblem } from '../../src/lib/model/problem.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { shipped } from './fixtures.ts';

const article = [
  'Putin sagte: „Wir haben uns verstanden.“ Biden nannte das Treffen „gut“.',
  'Die Botschafter – so hieß es – sollen zurückkehren … bald.',
  'Sullivan kehrte dann im April in die USA zurück.'
];

describe('a quote not found verbatim names the closest passage and what differs', () => {
  test.each([
    ['straight quotation marks for „“', 'Putin sagte: "Wir haben uns verstanden."', 0, 'Putin sagte: „Wir haben uns verstanden.“', ['quotation marks']],
    ['“” for „“', 'Biden nannte das Treffen “gut”.', 0, 'Biden nannte das Treffen „gut“.', ['quotation marks']],
    ['a doubled space', 'Sullivan kehrte dann im  April in die USA zurück.', 2, 'Sullivan kehrte dann im April in die USA zurück.', ['whitespace']],
    ['a hyphen for a dash and three dots for an ellipsis', 'Die Botschafter - so hieß es - sollen zurückkehren ... bald.', 1, 'Die Botschafter – so hieß es – sollen zurückkehren … bald.', ['dashes', 'ellipsis']],
    ['changed words', 'Sullivan kehrte im Mai in die USA zurück.', 2, 'Sullivan kehrte dann im April in die USA zurück.', ['wording']],
    ['changed words and quotation marks', 'Putin sagte: "Wir sind uns einig."', 0, 'Putin sagte: „Wir haben uns verstanden.“', ['quotation marks', 'wording']]
  ])('%s', (_name, quote, paragraph, passage, differences) => {
    expect(closestPassage(quote, article)).toEqual({ paragraph, passage, differences });
  });

  test('a quote that shares no word with the article has no closest passage', () => {
    expect(closestPassage('Xylophon', article)).toBeUndefined();
  });

  test('the validator’s message says it in one line', () => {
    const data = shipped();
    const source = data.events.find((e) => e.sources.some((s) => s.quote.includes('“')))!.sources.find((s) => s.quote.includes('“'))!;
    source.quote = source.quote.replaceAll('“', '"').replaceAll('”', '"');
    const message = validateDataset(data).errors.map(formatProblem).find((m) => m.includes('closest passage'));
    expect(message).toMatch(/expected text that occurs verbatim in article '.+', found ".+"; closest passage \(paragraph \d+\): ".+", which differs in quotation marks$/);
  });
});
