import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { shipped } from './fixtures.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { independentSources } from '../../src/lib/model/independence.ts';
import { formatEventDate } from '../../src/lib/time/format.ts';
import type { DatasetInput } from '../../src/lib/model/types.ts';
import { datasetJsonSchema } from '../../src/lib/model/json-schema.ts';

/** The seed articles sit beside the project: next to the main checkout, or two levels up from a worktree in wt/. */
const SEEDS = ['../shared/seeds/', '../../shared/seeds/'].find((dir) => existsSync(dir)) ?? '../shared/seeds/';
const seedFiles: Record<string, string> = {
  'afp-geneva-summit': '000_3fd2d2ca11b01fa0.txt',
  'epoch-times-geneva-summit': '003_1b9ed87aacb8fea0.txt'
};

describe('the shipped dataset is honest to its sources', () => {
  test.each(Object.entries(seedFiles))('article %s holds the text of %s verbatim, paragraph by paragraph, in order', (id, file) => {
    const seed = readFileSync(SEEDS + file, 'utf8');
    const article = (shipped() as unknown as DatasetInput).articles.find((a) => a.id === id)!;
    let at = 0;
    for (const paragraph of article.paragraphs.map((p) => (typeof p === 'string' ? p : p.text))) {
      const found = seed.indexOf(paragraph, at);
      expect(found, paragraph).toBeGreaterThanOrEqual(at);
      expect(seed.slice(at, found).trim(), 'only whitespace between paragraphs').toBe('');
      at = found + paragraph.length;
    }
    expect(seed.slice(at).trim()).toBe('');
  });

  test('the events the brief asks for are all there', () => {
    const ids = shipped().events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([
      'biden-takes-office', 'biden-calls-putin-killer', 'russia-recalls-antonow', 'sullivan-returns', 'russia-unfriendly-state',
      'geneva-summit', 'midday-meeting-lake-geneva', 'biden-hopes-predictable-relationship', 'talks-three-and-a-half-hours',
      'ambassadors-to-return', 'cybersecurity-consultations', 'putin-on-the-arctic', 'putin-on-prisoner-exchange', 'separate-press-conferences'
    ]));
  });

  test('the "Killer" interview is dated only as before the recall in March, with no start of its own', () => {
    const input = (shipped() as unknown as DatasetInput).events.find((e) => e.id === 'biden-calls-putin-killer')!;
    expect(input.date).toMatchObject({ before: 'russia-recalls-antonow' });
    expect(input.date.start).toBeUndefined();
    expect(input.date.inferred).toBeDefined();
    const killer = buildModel(shipped()).byId.get('biden-calls-putin-killer')!;
    expect([formatEventDate(killer.date, 'de'), formatEventDate(killer.date, 'en')]).toEqual(['spätestens März 2021', 'by March 2021']);
  });

  test('both articles carry AFP copy, so what both report is one source, not two', () => {
    const model = buildModel(shipped());
    expect(independentSources(model.events.find((e) => e.id === 'putin-talks-constructive')!, model.articles)).toBe(1);
  });

  test('every month-only date says the year was inferred', () => {
    for (const event of shipped().events.filter((e) => e.date.precision === 'month')) expect(event.date.inferred, event.id).toBeDefined();
  });

  test('every quote has an English translation', () => {
    for (const event of shipped().events) for (const s of event.sources) expect(s.translation?.en, event.id).toBeTruthy();
  });
});

describe('the published JSON Schema', () => {
  test('public/sourceline.schema.json is what the schema definition generates (run `npm run schema`)', () => {
    expect(JSON.parse(readFileSync('public/sourceline.schema.json', 'utf8'))).toEqual(datasetJsonSchema());
  });
});
