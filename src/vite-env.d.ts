/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The shipped dataset without its extras (vite.config.ts, src/lib/model/shipped-parts.ts). */
declare module 'virtual:shipped-dataset' {
  const data: unknown;
  export default data;
}
/** The shipped dataset's speaker notes (shipped-parts.ts), loaded by the classroom views. */
declare module 'virtual:shipped-extras' {
  const extras: import('./lib/model/shipped-parts.ts').Extras;
  export default extras;
}
