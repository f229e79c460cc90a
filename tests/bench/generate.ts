/**
 * Seeded generator of valid Sourceline datasets of any size, for the benchmark and the scale tests.
 * Same seed and size, same dataset, byte for byte. The shape imitates a busy real chronology:
 * several articles, a mix of day (≈70 %), month (≈20 %) and year (≈10 %) precision, a few spans
 * and "by …" bounds, several actors, and dense days where many events share one date.
 * Texts are short and only the first event of each cluster cites its sentence (≈1 in 4), so that
 * 100,000 events stay under the 20 MB load limit (≈200 bytes an event; the format's keys alone
 * take ≈150, a source another ≈50).
 *
 * With `{ summaries: true }` every event gets a one-line summary of its own (≈90 characters in
 * each language), as a researcher's data would have: 100,000 such events are ≈39 MB.
 *
 *   npx tsx tests/bench/generate.ts 10000 [seed] [summaries] > events.json
 */
import type { DatasetData, EventData } from '../../src/lib/model/types.ts';
import { iso } from '../../src/lib/import/timelinejs.ts';
import { daysInMonth } from '../../src/lib/time/precision.ts';
import { mulberry32 } from '../../src/lib/quiz/shuffle.ts';

/** The same seeded PRNG as the quiz shuffle (mulberry32). */
export const random = mulberry32;

const ACTORS: DatasetData['actors'] = {
  gov: { de: 'Regierung', en: 'Government' },
  opp: { de: 'Opposition', en: 'Opposition' },
  court: { de: 'Gericht', en: 'Court' },
  press: { de: 'Presse', en: 'Press' },
  biz: { de: 'Wirtschaft', en: 'Business' },
  intl: { de: 'Ausland', en: 'Abroad' }
};
const TAGS: DatasetData['tags'] = {
  law: { de: 'Recht', en: 'Law' },
  money: { de: 'Geld', en: 'Money' },
  vote: { de: 'Wahl', en: 'Vote' },
  talks: { de: 'Gespräche', en: 'Talks' }
};
/** [German verb phrase for the article, title de, title en] */
const HAPPENINGS: [string, string, string][] = [
  ['tagte der Rat', 'Ratssitzung', 'Council'],
  ['fiel ein Urteil', 'Urteil', 'Ruling'],
  ['kam ein Gesetz', 'Gesetz', 'Law'],
  ['gab es Proteste', 'Protest', 'Protest'],
  ['streikten viele', 'Streik', 'Strike'],
  ['begannen Gespräche', 'Gespräche', 'Talks'],
  ['trat jemand zurück', 'Rücktritt', 'Resignation'],
  ['wurde gewählt', 'Wahl', 'Election'],
  ['kam ein Bericht', 'Bericht', 'Report'],
  ['trafen sich alle', 'Gipfel', 'Summit']
];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A dataset of exactly `size` events (size ≥ 1). */
export function generate(size: number, seed = 1, { summaries = false } = {}): DatasetData {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const actorIds = Object.keys(ACTORS);
  const tagIds = Object.keys(TAGS);
  const articleCount = Math.min(200, Math.max(3, Math.ceil(size / 500)));
  const paragraphs: string[][] = Array.from({ length: articleCount }, () => []);

  // Dense days: a fifth of all events fall on a handful of busy days.
  const firstYear = 1990;
  const years = 35;
  const busyDays = Array.from({ length: Math.max(1, Math.round(size / 2000)) }, () => {
    const year = firstYear + Math.floor(rnd() * years);
    const month = 1 + Math.floor(rnd() * 12);
    return { year, month, day: 1 + Math.floor(rnd() * daysInMonth(year, month)) };
  });

  const events: EventData[] = [];
  let serial = 0;
  while (events.length < size) {
    // One sentence of one article dates a cluster of 1–8 events (5–40 on a busy day).
    // Busy clusters (≈4 % of clusters, ≈20 % of events) are all days; the others mix precisions
    // so that overall ≈70 % of events are days, ≈20 % months and ≈10 % years.
    const busy = rnd() < 0.037;
    const roll = rnd();
    const precision = busy || roll < 0.625 ? 'day' : roll < 0.875 ? 'month' : 'year';
    const base = busy ? pick(busyDays) : { year: firstYear + Math.floor(rnd() * years), month: 1 + Math.floor(rnd() * 12), day: 0 };
    const day = busy ? base.day : 1 + Math.floor(rnd() * daysInMonth(base.year, base.month));
    const parts = precision === 'day' ? { year: base.year, month: base.month, day } : precision === 'month' ? { year: base.year, month: base.month } : { year: base.year };
    const phrase = precision === 'day' ? `Am ${day}. ${MONTHS[base.month - 1]} ${base.year}` : precision === 'month' ? `Im ${MONTHS[base.month - 1]} ${base.year}` : `${base.year}`;
    const [verb, de, en] = pick(HAPPENINGS);
    const tag = (serial++).toString(36);
    const quote = `${verb} (${tag})`; // the events quote the words after the date phrase
    const article = Math.floor(rnd() * articleCount);
    paragraphs[article].push(`${phrase} ${quote}.`);
    const span = precision !== 'day' && rnd() < 0.1;
    const end = span ? iso(precision === 'month' ? { year: base.year + (base.month === 12 ? 1 : 0), month: (base.month % 12) + 1 } : { year: base.year + 1 }) : undefined;

    const members = Math.min(size - events.length, busy ? 5 + Math.floor(rnd() * 36) : 1 + Math.floor(rnd() * 8));
    for (let m = 0; m < members; m++) {
      const actors = [pick(actorIds)];
      if (rnd() < 0.05) actors.push(pick(actorIds.filter((a) => a !== actors[0])));
      events.push({
        id: `e${events.length.toString(36)}`,
        title: { de, en },
        // The same random draws either way: a summary is made from what was drawn already.
        summary: summaries
          ? {
              de: `${de} Nr. ${events.length + 1}: ${phrase} ${verb}, so der Bericht; weitere Einzelheiten nannte er nicht.`,
              en: `${en} no. ${events.length + 1}: per the report, on this date the ${en.toLowerCase()} took place; no further detail given.`
            }
          : { de, en },
        date: { start: iso(parts), ...(end ? { end } : {}), precision },
        actors,
        tags: rnd() < 0.2 ? [pick(tagIds)] : [],
        // The first event of a cluster cites the sentence; the others, like data imported from
        // TimelineJS, have no source ("ohne Quelle"). Fully sourced, 100,000 events would not fit in 20 MB.
        sources: m === 0 ? [{ article: `n${article}`, quote }] : []
      });
    }
  }

  // Every article must be cited: an article that drew no sentence gets the first event's quote.
  paragraphs.forEach((list, a) => {
    if (list.length === 0) {
      list.push(events[0].sources[0].quote);
      events[0].sources.push({ article: `n${a}`, quote: events[0].sources[0].quote });
    }
  });

  return {
    format: 'sourceline/1',
    title: { de: `Generiert: ${size} Ereignisse`, en: `Generated: ${size} events` },
    description: { de: `Testdaten (Seed ${seed}), keine echten Ereignisse.`, en: `Test data (seed ${seed}), not real events.` },
    actors: ACTORS,
    tags: TAGS,
    articles: paragraphs.map((list, a) => ({
      id: `n${a}`,
      outlet: null,
      agency: 'Test',
      language: 'de',
      published: { date: '2025', inferred: false },
      title: { text: `Testartikel ${a + 1}`, editorial: true },
      // Paragraphs of ~20 sentences, as a long report would have.
      paragraphs: Array.from({ length: Math.ceil(list.length / 20) }, (_, p) => list.slice(p * 20, p * 20 + 20).join(' '))
    })),
    events
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size < 1) {
    console.error('usage: npx tsx tests/bench/generate.ts <events> [seed] > out.json');
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(generate(size, Number(process.argv[3] ?? 1), { summaries: process.argv[4] === 'summaries' })));
}
