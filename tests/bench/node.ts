/**
 * How long loading takes outside the browser, step by step, for a generated dataset: JSON.parse,
 * the schema (valibot), the meaning checks, buildModel. Best of `runs`, in milliseconds.
 */
import * as v from 'valibot';
import { Dataset } from '../../src/lib/model/schema.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { buildModel } from '../../src/lib/model/model.ts';

export interface NodeTimes {
  parse: number;
  schema: number;
  /** validateDataset as a whole: schema plus meaning. */
  validate: number;
  build: number;
}

export function measureNode(text: string, runs = 3): NodeTimes {
  const best: NodeTimes = { parse: Infinity, schema: Infinity, validate: Infinity, build: Infinity };
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const json = JSON.parse(text);
    best.parse = Math.min(best.parse, performance.now() - t);
    t = performance.now();
    v.safeParse(Dataset, json);
    best.schema = Math.min(best.schema, performance.now() - t);
    t = performance.now();
    const { dataset } = validateDataset(json);
    best.validate = Math.min(best.validate, performance.now() - t);
    if (!dataset) throw new Error('generated dataset is invalid');
    t = performance.now();
    buildModel(dataset);
    best.build = Math.min(best.build, performance.now() - t);
  }
  return best;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { generate } = await import('./generate.ts');
  for (const size of (process.argv[2] ?? '1000,10000,100000').split(',').map(Number)) {
    const times = measureNode(JSON.stringify(generate(size)));
    console.log(size, Object.entries(times).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', '));
  }
}
