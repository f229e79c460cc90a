/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The shipped dataset without its speaker notes (vite.config.ts). */
declare module 'virtual:shipped-dataset' {
  const data: unknown;
  export default data;
}
/** The shipped dataset's speaker notes, by event id: loaded by the classroom views. */
declare module 'virtual:shipped-notes' {
  const notes: Record<string, unknown>;
  export default notes;
}
