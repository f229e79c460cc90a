/** Ids for imported data: slugs as the dataset format wants them (a-z, 0-9, hyphens), and unique. */

const MAX_LENGTH = 60;

/** "Caesar’s Tod (44 v. Chr.)" → "caesars-tod-44-v-chr", "Über Grün" → "ueber-gruen"; "" when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs that no earlier call got: "a", "a-2", "a-3" … */
export class SlugAllocator {
  #taken = new Set<string>();

  /** The slug of the first candidate that slugifies to something, made unique; `fallback` otherwise. */
  take(candidates: readonly (string | undefined)[], fallback: string): string {
    const base = candidates.map((c) => (c ? slugify(c) : '')).find((s) => s !== '') ?? fallback;
    let slug = base;
    for (let n = 2; this.#taken.has(slug); n++) slug = `${base}-${n}`;
    this.#taken.add(slug);
    return slug;
  }
}
