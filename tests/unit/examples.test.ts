import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fromBytes } from '../../src/lib/load.ts';
import { formatProblem } from '../../src/lib/model/validate.ts';

const examples = readdirSync('public/examples').filter((f) => f.endsWith('.json'));

describe('the example datasets in public/examples', () => {
  test('there is at least one', () => expect(examples.length).toBeGreaterThan(0));
  test.each(examples)('%s is valid, without warnings, and says it is an example', (file) => {
    const result = fromBytes(readFileSync(`public/examples/${file}`), file);
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    expect(result.warnings.map(formatProblem)).toEqual([]);
    expect(result.model.data.title.de).toMatch(/^Beispiel/);
    expect(result.model.data.title.en).toMatch(/^Example/);
    expect(result.model.data.$schema).toBe('../sourceline.schema.json');
  });
});
