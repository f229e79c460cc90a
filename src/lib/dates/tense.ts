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

function germanCues(words: string[]): { future?: string; past?: string } {
  const lower = words.map((w) => w.toLowerCase());
  const future = words.find((w, i) => DE_FUTURE.has(lower[i]) && (w === lower[i] || i === 0));
  let past = words.find((w, i) => (w === lower[i] || i === 0) && isGermanPastVerb(lower[i]));
  if (!past) {
    const aux = words.find((w) => DE_AUX.has(w.toLowerCase()));
    const participle = words.find((w) => w === w.toLowerCase() && isGermanParticiple(w));
    if (aux && participle) past = `${aux} … ${participle}`;
  }
  return { future, past };
}

const EN_FUTURE = new Set([
  'will', 'shall', "won't", 'won’t', 'would', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'expected',
  'expects', 'scheduled', 'slated', 'due', 'upcoming', 'going', 'set', 'aims', 'could', 'might', 'wants', 'want',
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

function englishCues(words: string[]): { future?: string; past?: string } {
  const lower = words.map((w) => w.toLowerCase());
  let future = words.find((w, i) => EN_FUTURE.has(lower[i]) || /['’]ll$/.test(lower[i]));
  if (future && /^(set|due|going|expected)$/i.test(future)) {
    const i = words.indexOf(future);
    if (lower[i + 1] !== 'to' && !(future.toLowerCase() === 'expected' && lower[i - 1] && /^(is|are|was|were|be)$/.test(lower[i - 1]))) future = undefined;
  }
  const past = words.find((w, i) => EN_PAST.has(lower[i]) || (/^[a-z]{2,}ed$/.test(w) && !EN_NOT_PAST.has(w) && !EN_FUTURE.has(w)));
  return { future, past };
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

/** The tense around text[start, end), the date phrase itself left out. */
export function tenseAt(text: string, start: number, end: number, lang: Lang): TenseReading {
  const cues = lang === 'de' ? germanCues : englishCues;
  const [s0, s1] = boundsAround(text, start, end, SENTENCE_BREAK);
  const [c0, c1] = boundsAround(text.slice(s0, s1), start - s0, end - s0, CLAUSE_BREAK);
  const clause = cues([...words(text.slice(s0 + c0, start)), ...words(text.slice(end, s0 + c1))]);
  if (clause.future) return { tense: 'future', cue: clause.future };
  if (clause.past) return { tense: 'past', cue: clause.past };
  const sentence = cues([...words(text.slice(s0, start)), ...words(text.slice(end, s1))]);
  if (sentence.future && !sentence.past) return { tense: 'future', cue: sentence.future };
  if (sentence.past) return { tense: 'past', cue: sentence.past };
  return { tense: null };
}
