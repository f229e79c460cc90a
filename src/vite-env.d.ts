/// <reference types="svelte" />
/// <reference types="vite/client" />

// The shipped dataset in parts (vite.config.ts, src/lib/model/shipped-parts.ts).
/** Everything but the texts and the speaker notes: part of the first load. */
declare module 'virtual:shipped-dataset' {
  const data: unknown;
  export default data;
}
/** The texts in German, loaded with the German interface text. */
declare module 'virtual:shipped-text-de' {
  const texts: import('./lib/model/shipped-parts.ts').Texts;
  export default texts;
}
/** The texts in English, loaded with the English interface text. */
declare module 'virtual:shipped-text-en' {
  const texts: import('./lib/model/shipped-parts.ts').Texts;
  export default texts;
}
/** The speaker notes, loaded by the classroom views. */
declare module 'virtual:shipped-extras' {
  const extras: import('./lib/model/shipped-parts.ts').Extras;
  export default extras;
}
