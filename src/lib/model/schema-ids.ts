/** The shape of an id, shared by the schema, the importer and the URL (kept apart so none of them loads the others). */

/** Lower-case letters of any script (and letters of scripts without case), digits, combining marks and hyphens. */
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}-]*$/u;

/** Ids that name a built-in property of every JavaScript object; refused so no lookup can reach one. */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
