/**
 * Opening a file to edit: a Sourceline dataset (complete or a draft the editor saved), a TimelineJS
 * document, or a CSV of TimelineJS's spreadsheet template. A draft need not validate (the editor
 * lists what is missing); only something that is not a dataset at all is refused.
 */
import type { Problem } from '../model/types.ts';
import { importTimelineJs, isTimelineJs } from '../import/timelinejs.ts';
import { describe } from '../model/problem.ts';
import { normalise } from '../model/model.ts';
import type { DatasetInput } from '../model/types.ts';
import { blankDoc, type Doc } from './doc.ts';

export type Opened = { ok: true; doc: Doc; warnings: Problem[] } | { ok: false; errors: Problem[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A parsed JSON value as something to edit. */
export function docFromJson(json: unknown, where: string): Opened {
  if (isTimelineJs(json)) {
    const imported = importTimelineJs(json);
    return imported.ok ? { ok: true, doc: normalise(imported.dataset), warnings: imported.warnings } : imported;
  }
  if (!isObject(json) || (json.format !== 'sourceline/1' && json.format !== 'sourceline/2') || !Array.isArray(json.events) || !Array.isArray(json.articles))
    return {
      ok: false,
      errors: [{ where, field: '(top level)', expected: 'a Sourceline dataset ("format": "sourceline/2" or "sourceline/1", with "articles" and "events") or a TimelineJS document', found: describe(json) }]
    };
  const { $schema: _, ...rest } = json;
  const draft = { ...blankDoc(), ...rest, actors: isObject(rest.actors) ? rest.actors : {}, tags: isObject(rest.tags) ? rest.tags : {} };
  try {
    return { ok: true, doc: normalise(draft as DatasetInput), warnings: [] };
  } catch (error) {
    return { ok: false, errors: [{ where, field: 'events', expected: 'dates that can be placed', found: (error as Error).message }] };
  }
}

export async function openText(text: string, name: string): Promise<Opened> {
  const where = `file ${JSON.stringify(name)}`;
  if (/\.csv$/i.test(name) || (!/^\s*[{[]/.test(text) && /,/.test(text))) {
    const { parseSheet } = await import('./csv.ts');
    const sheet = parseSheet(text);
    if (!sheet.document) return { ok: false, errors: sheet.problems.map((p) => ({ ...p, where: `${where}, ${p.where}` })) };
    const opened = docFromJson(sheet.document, where);
    return opened.ok ? { ...opened, warnings: [...sheet.problems, ...opened.warnings] } : { ok: false, errors: [...sheet.problems, ...opened.errors] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ where, field: 'content', expected: 'valid JSON, or a CSV with TimelineJS columns', found: `a syntax error (${(error as Error).message})` }] };
  }
  return docFromJson(json, where);
}
