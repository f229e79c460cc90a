/**
 * A record (object keyed by id) that checks every own key of its input. valibot's record() skips
 * "__proto__", "constructor" and "prototype" without a word, so a dataset that defines one would
 * lose it silently; here such a key reaches the key schema and gets a message naming it.
 * The output is a fresh object whose properties are defined, never assigned.
 */
import * as v from 'valibot';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records built here, for json-schema.ts to describe as ordinary records. */
export const ownRecords = new WeakMap<object, { key: v.GenericSchema; value: v.GenericSchema }>();

export function ownRecord<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V) {
  const object = v.custom<Record<string, unknown>>(isPlainObject, 'an object');
  ownRecords.set(object, { key, value });
  return v.pipe(
    object,
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const input = dataset.value;
      const output: Record<string, v.InferOutput<V>> = {};
      let failed = false;
      for (const name of Object.keys(input)) {
        const item = input[name];
        const pathItem = { type: 'object' as const, origin: 'key' as const, input, key: name, value: item };
        const keyResult = v.safeParse(key, name);
        if (!keyResult.success) {
          failed = true;
          for (const issue of keyResult.issues) addIssue({ message: issue.message, input: name, path: [pathItem] });
        }
        const valueResult = v.safeParse(value, item);
        if (!valueResult.success) {
          failed = true;
          for (const issue of valueResult.issues)
            addIssue({
              message: issue.message,
              expected: issue.expected ?? undefined,
              input: issue.input,
              path: [{ ...pathItem, origin: 'value' }, ...(issue.path ?? [])]
            });
        } else Object.defineProperty(output, name, { value: valueResult.output, enumerable: true, writable: true, configurable: true });
      }
      return failed ? NEVER : output;
    })
  );
}
