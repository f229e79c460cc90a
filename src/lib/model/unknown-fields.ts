/**
 * Fields the format does not know. The schema's objects drop them without a word, so a misspelt
 * optional field ("note" for "notes", "translaton") would vanish from the data unnoticed; this walk
 * finds every one, for a warning that names it. Pure: it reads the schema's own description.
 */
import type * as v from 'valibot';
import { ownRecords } from './own-record.ts';

interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  pipe?: Node[];
  options?: Node[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema that checks the value's shape: pipes and optional wrappers removed. */
function shape(node: Node): Node {
  for (;;) {
    if (node.pipe) node = node.pipe[0];
    else if (node.wrapped && (node.type === 'optional' || node.type === 'nullable' || node.type === 'nullish')) node = node.wrapped;
    else return node;
  }
}

/** What a schema checks, worked out once per schema (a dataset has many events of one schema). */
interface Plan {
  kind: 'record' | 'object' | 'array' | 'union' | 'other';
  entries?: Record<string, Plan>;
  item?: Plan;
  value?: Plan;
  option?: Plan;
}

function planOf(node: Node, plans: Map<Node, Plan>): Plan {
  const known = plans.get(node);
  if (known) return known;
  const plan: Plan = { kind: 'other' };
  plans.set(node, plan);
  const s = shape(node);
  const record = ownRecords.get(s as unknown as object);
  if (record) Object.assign(plan, { kind: 'record', value: planOf(record.value as unknown as Node, plans) });
  else if (s.type === 'object' && s.entries)
    Object.assign(plan, { kind: 'object', entries: Object.fromEntries(Object.entries(s.entries).map(([key, entry]) => [key, planOf(entry, plans)])) });
  else if (s.type === 'array' && s.item) Object.assign(plan, { kind: 'array', item: planOf(s.item, plans) });
  else if (s.options) {
    // A text or an object of texts, a paragraph or an object with its role: the object's option.
    const option = s.options.find((o) => shape(o).type === 'object' || ownRecords.has(shape(o) as unknown as object));
    if (option) Object.assign(plan, { kind: 'union', option: planOf(option, plans) });
  }
  return plan;
}

/** The paths (as keys) of every field in `input` that `schema` does not define. */
export function unknownFields(schema: v.GenericSchema, input: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const path: (string | number)[] = [];
  const walk = (plan: Plan, value: unknown) => {
    if (plan.kind === 'array') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(plan.item!, value[i]);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(value)) return;
    if (plan.kind === 'union') return walk(plan.option!, value);
    if (plan.kind !== 'record' && plan.kind !== 'object') return;
    for (const key of Object.keys(value)) {
      const next = plan.kind === 'record' ? plan.value! : Object.hasOwn(plan.entries!, key) ? plan.entries![key] : null;
      path.push(key);
      if (next) walk(next, value[key]);
      else found.push([...path]);
      path.pop();
    }
  };
  walk(planOf(schema as unknown as Node, new Map()), input);
  return found;
}
