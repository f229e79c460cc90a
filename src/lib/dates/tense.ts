/**
 * Which way a date without a year points: the tense of the clause around it, else of its
 * sentence. Future cues win inside a clause ("sagte, er werde im Dezember …" splits at the comma;
 * "said he would … in December" does not). No cue at all leaves the choice to the caller.
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

/** Tense of one word; "-ed" after is/are/be is a present or future passive, not a past. */
function englishWord(words: string[], lower: string[], i: number): Tense | null {
  const word = lower[i];
  const be = (j: number) => /^(is|are|am|was|were|be|been|being)$/.test(lower[j] ?? '');
  if (/['’]ll$/.test(word)) return 'future';
  if (word === 'to') return be(i - 1) ? 'future' : null; // "is to meet"
  if (word === 'due') return be(i - 1) && lower[i + 1] === 'to' ? 'future' : null; // not "due to the pandemic"
  if (word === 'set' || word === 'going') return lower[i + 1] === 'to' ? 'future' : null;
  if (EN_FUTURE.has(word)) return 'future';
  if (EN_PAST.has(word)) return 'past';
  if (/^[a-z]{2,}ed$/.test(words[i]) && !EN_NOT_PAST.has(word) && !/^(is|are|am|be|being|get|gets)$/.test(lower[i - 1] ?? '')) return 'past';
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

const CLAUSE_BREAK = /[,;:()„“”"«»–—]|\s-\s/g;
const SENTENCE_BREAK = /(?<![\d\p{Lu}])[.!?](?=\s+[\p{Lu}„“"])/gu;

function boundsAround(text: string, start: number, end: number, pattern: RegExp): [number, number] {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at < start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

const words = (text: string) => text.match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * The tense around text[start, end), the date phrase itself left out: any future cue in its
 * clause, else any past cue there, else the cue in its sentence nearest to the phrase.
 */
export function tenseAt(text: string, start: number, end: number, lang: Lang): TenseReading {
  const [s0, s1] = boundsAround(text, start, end, SENTENCE_BREAK);
  const [c0, c1] = boundsAround(text.slice(s0, s1), start - s0, end - s0, CLAUSE_BREAK);
  const clause = cuesIn([...words(text.slice(s0 + c0, start)), ...words(text.slice(end, s0 + c1))], lang);
  const decided = clause.find((c) => c.tense === 'future') ?? clause.find((c) => c.tense === 'past');
  if (decided) return { tense: decided.tense, cue: decided.word };
  const before = words(text.slice(s0, start));
  const sentence = cuesIn([...before, ...words(text.slice(end, s1))], lang);
  const distance = (c: Cue) => (c.at < before.length ? before.length - c.at : c.at - before.length + 1);
  const nearest = sentence.sort((a, b) => distance(a) - distance(b) || (a.tense === 'future' ? -1 : 1))[0];
  return nearest ? { tense: nearest.tense, cue: nearest.word } : { tense: null };
}
