/** The published JSON Schema, derived from schema.ts (so the two cannot drift apart). */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import { Dataset, notReserved, RESERVED_IDS } from './schema.ts';
import { ownRecords } from './own-record.ts';

export function datasetJsonSchema(): Record<string, unknown> {
  const config: ConversionConfig = {
    errorMode: 'ignore',
    // Records that keep every key (own-record.ts) are plain records to JSON Schema.
    overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction === notReserved ? { ...jsonSchema, not: { enum: [...RESERVED_IDS] } } : undefined),
    overrideSchema: ({ valibotSchema }) => {
      const record = ownRecords.get(valibotSchema);
      if (!record) return undefined;
      const key = toJsonSchema(record.key, config);
      return { type: 'object', propertyNames: { ...key, $schema: undefined }, additionalProperties: { ...toJsonSchema(record.value, config), $schema: undefined } };
    }
  };
  return {
    ...toJsonSchema(Dataset, config),
    $id: 'sourceline.schema.json',
    title: 'Sourceline dataset',
    description: 'A source-grounded timeline: articles quoted verbatim and events that cite them sentence by sentence.'
  };
}
