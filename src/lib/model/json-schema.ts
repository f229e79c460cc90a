/** The published JSON Schema, derived from schema.ts (so the two cannot drift apart). */
import { toJsonSchema } from '@valibot/to-json-schema';
import { Dataset } from './schema.ts';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(Dataset, { errorMode: 'ignore' }),
    $id: 'sourceline.schema.json',
    title: 'Sourceline dataset',
    description: 'A source-grounded timeline: articles quoted verbatim and events that cite them sentence by sentence.'
  };
}
