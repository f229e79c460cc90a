/**
 * Ids for imported data: slugs as the dataset format wants them (lower-case letters of any script,
 * digits, hyphens), and unique. Latin letters lose their accents ("Über" → "ueber"); other scripts
 * stay as they are, so an id from a Greek, Russian or Japanese headline stays readable.
 */
import { RESERVED_IDS } from '../model/schema-ids.ts';

const MAX_LENGTH = 60;

/** "Caesar’s Tod (44 v. Chr.)" → "caesars-tod-44-v-chr", "Über Grün" → "ueber-gruen", "Токио 1964" → "токио-1964"; "" when nothing usable is left. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1') // accents of Latin letters; other scripts keep their marks
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+/u, '');
  return Array.from(slug).slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
}

/** Hands out slugs that no earlier call got: "a", "a-2", "a-3" … in time linear in the number of calls. */
export class SlugAllocator {
  #taken = new Set<string>(RESERVED_IDS);
  /** The next suffix to try for each base, so a base requested n times is not scanned n times. */
  #next = new Map<string, number>();

  /** The slug of the first candidate that slugifies to something, made unique; `fallback` otherwise. */
  take(candidates: readonly (string | undefined)[], fallback: string): string {
    const base = candidates.map((c) => (c ? slugify(c) : '')).find((s) => s !== '') ?? fallback;
    let slug = base;
    if (this.#taken.has(slug)) {
      let n = this.#next.get(base) ?? 2;
      while (this.#taken.has((slug = `${base}-${n}`))) n++;
      this.#next.set(base, n + 1);
    }
    this.#taken.add(slug);
    return slug;
  }
}
