/**
 * Which way a date without a year points: the tense of the clause around it, else of its
 * sentence. Future cues win inside a clause ("sagte, er werde im Dezember …" splits at the comma;
 * "said he would … in December" does not); in the sentence the cue nearest to the date decides.
 * No cue at all leaves the choice to the caller.
 */
import type { Lang } from './types.ts';

export type Tense = 'past' | 'future';
export interface TenseReading {
  tense: Tense | null;
  /** The word that decided it, quoted in the note. */
  cue?: string;
}

const DE_FUTURE = new Set([
  'wird', 'werden', 'werde', 'wirst', 'würde', 'würden', 'soll', 'sollen', 'solle', 'sollte', 'sollten', 'will', 'wollen',
  'wolle', 'plant', 'planen', 'plane', 'geplant', 'geplante', 'geplanten', 'vorgesehen', 'beabsichtigt', 'angesetzt',
  'anberaumt', 'voraussichtlich', 'demnächst', 'künftig', 'bevorstehenden', 'bevorstehende', 'anstehenden', 'anstehende',
  'könnte', 'könnten', 'dürfte', 'dürften', 'möchte', 'möchten'
]);
const DE_PAST = new Set([
  'war', 'waren', 'warst', 'hatte', 'hatten', 'hattest', 'wurde', 'wurden', 'gab', 'kam', 'kamen', 'ging', 'gingen', 'sah',
  'stand', 'standen', 'nahm', 'nahmen', 'traf', 'trafen', 'fand', 'fanden', 'hielt', 'hielten', 'rief', 'riefen', 'zog',
  'zogen', 'ließ', 'ließen', 'sprach', 'sprachen', 'begann', 'begannen', 'gewann', 'verlor', 'schrieb', 'blieb', 'blieben',
  'fiel', 'fielen', 'trat', 'traten', 'bat', 'baten', 'warf', 'lag', 'lagen', 'saß', 'flog', 'floh', 'starb', 'schlug',
  'gewesen', 'worden', 'damals', 'einst', 'seinerzeit', 'zuvor', 'bereits', 'schon'
]);
const DE_AUX = new Set(['hat', 'haben', 'habe', 'hast', 'ist', 'sind', 'sei', 'seien', 'bin', 'hätte', 'hätten', 'wäre', 'wären']);
/** Lower-case words ending in -te/-ten that are no past-tense verbs. */
const DE_NOT_PAST = new Set([
  'erste', 'ersten', 'letzte', 'letzten', 'zweite', 'zweiten', 'dritte', 'dritten', 'vierte', 'vierten', 'fünfte', 'fünften',
  'sechste', 'sechsten', 'siebte', 'siebten', 'achte', 'achten', 'neunte', 'neunten', 'zehnte', 'zehnten', 'gute', 'guten',
  'heute', 'bitte', 'weite', 'weiten', 'mitte', 'leute', 'rechte', 'rechten', 'echte', 'echten', 'leichte', 'leichten',
  'gesamte', 'gesamten', 'halbe', 'harte', 'harten', 'späte', 'späten', 'breite', 'breiten', 'alte', 'alten', 'kalte', 'kalten',
  'konkrete', 'konkreten', 'direkte', 'direkten', 'private', 'privaten', 'weiteren', 'mächtigste', 'mehrere', 'bekannte',
  'bekannten', 'feste', 'festen', 'beiden', 'unbekannte', 'unbekannten', 'absolute', 'absoluten', 'exakte', 'exakten',
  'komplette', 'kompletten', 'elite', 'quote', 'route', 'minute', 'minuten', 'satte', 'satten', 'tote', 'toten', 'rote', 'roten',
  'gestrigen', 'heutigen', 'mitten', 'unten', 'hinten', 'vorderen', 'acht', 'dichte', 'dichten', 'leute', 'konnten'
]);

function isGermanPastVerb(word: string): boolean {
  if (DE_PAST.has(word)) return true;
  if (word.length < 5 || DE_NOT_PAST.has(word) || DE_FUTURE.has(word)) return false;
  if (!/(te|ten|test|tet)$/.test(word)) return false;
  if (/(st|ste|sten)$/.test(word) && !/(sste|ssten)$/.test(word)) return false; // superlatives: meiste, nächsten
  if (/^ge/.test(word)) return false; // participles used as adjectives: die geplante Reise
  return true;
}

function isGermanParticiple(word: string): boolean {
  if (/^(gegen|genug|gestern|gerade|gerne|geben|gehen|gelten|gewinnen)$/.test(word)) return false;
  if (/(ten|enen|igen|ischen|lichen|samen|baren|heimen|nauen|eren|ern)$/.test(word)) return false;
  if (/^[a-zäöü]*ge[a-zäöüß]{2,}(t|en)$/.test(word)) return true;
  if (/^[a-zäöü]+iert$/.test(word)) return true;
  return /^(be|er|ver|zer|ent|emp)[a-zäöüß]{2,}t$/.test(word);
}

/** Tense of one word in its clause; a participle counts as past only beside hat/ist/… ("hat … gewonnen"). */
function germanWord(words: string[], lower: string[], i: number, aux: boolean): Tense | null {
  const w = words[i], word = lower[i];
  if (DE_FUTURE.has(word) && (w === word || i === 0)) return 'future';
  if (DE_PAST.has(word)) return 'past';
  if (w !== word) return null;
  if (isGermanPastVerb(w) || (aux && isGermanParticiple(w))) return 'past';
  return null;
}

const EN_FUTURE = new Set([
  'will', 'shall', "won't", 'won’t', 'would', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'expected',
  'expects', 'scheduled', 'slated', 'upcoming', 'aims', 'wants', 'want',
  'hopes', 'seeks', 'forthcoming'
]);
const EN_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'gave', 'made', 'began', 'left', 'sent', 'held',
  'spoke', 'wrote', 'saw', 'found', 'knew', 'thought', 'brought', 'became', 'fell', 'rose', 'led', 'won', 'lost', 'paid',
  'built', 'chose', 'broke', 'flew', 'ran', 'sat', 'stood', 'struck', 'sought', 'withdrew', 'meant', 'got', 'kept', 'ago',
  'been', 'gone', 'done', 'seen', 'given', 'taken', 'spoken', 'written', 'known', 'begun', 'previously', 'already'
]);
const EN_NOT_PAST = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'indeed', 'proceed', 'exceed', 'succeed',
  'based', 'related', 'interested', 'advanced', 'limited', 'detailed', 'supposed', 'concerned', 'alleged', 'so-called',
  'armed', 'embed', 'breed', 'greed', 'tweed', 'weed', 'deed', 'heed', 'wed', 'shred', 'bred', 'led', 'sled', 'fled'
]);

/** Tense of one word; a participle after is/are/be is a present or future passive, not a past. */
function englishWord(words: string[], lower: string[], i: number): Tense | null {
  const word = lower[i];
  const be = (j: number) => /^(is|are|am|was|were|be|been|being)$/.test(lower[j] ?? '');
  if (/['’]ll$/.test(word)) return 'future';
  if (word === 'to') return be(i - 1) ? 'future' : null; // "is to meet"
  if (word === 'due') return be(i - 1) && lower[i + 1] === 'to' ? 'future' : null; // not "due to the pandemic"
  if (word === 'set' || word === 'going') return lower[i + 1] === 'to' ? 'future' : null;
  if (EN_FUTURE.has(word)) return 'future';
  if (/^(is|are|am|be|being|get|gets)$/.test(lower[i - 1] ?? '')) return null; // "are held", "is expected"
  if (EN_PAST.has(word)) return 'past';
  if (/^[a-z]{2,}ed$/.test(words[i]) && !EN_NOT_PAST.has(word)) return 'past';
  return null;
}

interface Cue {
  tense: Tense;
  word: string;
  at: number;
}

function cuesIn(list: string[], lang: Lang): Cue[] {
  const lower = list.map((w) => w.toLowerCase());
  const aux = lower.some((w) => DE_AUX.has(w));
  const cues: Cue[] = [];
  list.forEach((word, at) => {
    const tense = lang === 'de' ? germanWord(list, lower, at, aux) : englishWord(list, lower, at);
    if (tense) cues.push({ tense, word, at });
  });
  return cues;
}

/** Punctuation, and "that"/"dass", which start a reported clause: "said on June 7 that it would …". */
const CLAUSE_BREAK = /[,;:()„“”"«»–—]|\s-\s|(?<![\p{L}])(?:that|dass)(?![\p{L}])/giu;
const SENTENCE_BREAK = /(?<![\d\p{Lu}])[.!?](?=\s+[\p{Lu}„“"])/gu;
const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
/** Words looked at on each side of a date: enough for a news sentence, bounded for any paste. */
const REACH = 40;

interface Word {
  text: string;
  at: number;
}

interface Mark {
  start: number;
  end: number;
}

const marks = (text: string, pattern: RegExp): Mark[] => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** How many items have a start before `at` (the list is sorted by start). */
function countBefore<T>(list: T[], at: number, startOf: (item: T) => number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The stretch between the last mark before start and the first mark at or after end. */
function between(list: Mark[], start: number, end: number, length: number): [number, number] {
  const before = countBefore(list, start, (m) => m.start);
  const after = countBefore(list, end, (m) => m.start);
  return [before ? list[before - 1].end : 0, after < list.length ? list[after].start : length];
}

/**
 * Reads the tense around any span of one text: any future cue in the span's clause, else any
 * past cue there, else the cue in its sentence nearest to the span. The span itself is left out.
 */
export function tenseReader(text: string, lang: Lang): (start: number, end: number) => TenseReading {
  const sentences = marks(text, SENTENCE_BREAK);
  const clauses = marks(text, CLAUSE_BREAK);
  const all: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index }));
  return (start, end) => {
    const [s0, s1] = between(sentences, start, end, text.length);
    const [c0, c1] = between(clauses, start, end, text.length);
    const first = countBefore(all, start, (w) => w.at);
    const after = countBefore(all, end, (w) => w.at);
    const inside = (lo: number, hi: number) => (w: Word) => w.at >= lo && w.at + w.text.length <= hi;
    const before = all.slice(Math.max(0, first - REACH), first).filter(inside(s0, s1));
    const behind = all.slice(after, after + REACH).filter(inside(s0, s1));
    const texts = (list: Word[]) => list.map((w) => w.text);
    const clause = cuesIn([...texts(before.filter(inside(c0, c1))), ...texts(behind.filter(inside(c0, c1)))], lang);
    const decided = clause.find((c) => c.tense === 'future') ?? clause.find((c) => c.tense === 'past');
    if (decided) return { tense: decided.tense, cue: decided.word };
    const sentence = cuesIn([...texts(before), ...texts(behind)], lang);
    const distance = (c: Cue) => (c.at < before.length ? before.length - c.at : c.at - before.length + 1);
    const nearest = sentence.sort((x, y) => distance(x) - distance(y) || (x.tense === 'future' ? -1 : 1))[0];
    return nearest ? { tense: nearest.tense, cue: nearest.word } : { tense: null };
  };
}
