import { describe, expect, test } from 'vitest';
import { inPageRoute } from '../../src/lib/route.ts';

const here = 'https://example.org/sub/?lang=de&data=x.json#event=a';

describe('inPageRoute: which links switch the view within the page, keeping the dataset', () => {
  test.each([
    ['another view', 'https://example.org/sub/?lang=de&data=x.json&view=quiz', true],
    ['another view with a relative address', '?lang=de&data=x.json&view=present#event=b', true],
    ['the exercise with its events and seed', '?lang=de&data=x.json&view=quiz&events=a,b&seed=3', true],
    ['the other language', '?lang=en&data=x.json', true],
    ['a handout variant', '?lang=de&data=x.json&view=print&handout=compact', true],
    ['only the hash changes (left to the browser)', '#event=b', false],
    ['another dataset', '?lang=de&data=y.json&view=quiz', false],
    ['embed mode', '?lang=de&data=x.json&embed=1', false],
    ['another theme', '?lang=de&data=x.json&theme=dark', false],
    ['another page on the host', 'https://example.org/other/?lang=de&data=x.json&view=quiz', false],
    ['another host', 'https://example.com/sub/?lang=de&data=x.json&view=quiz', false]
  ])('%s: %s', (_, to, expected) => expect(inPageRoute(here, to)).toBe(expected));
});
