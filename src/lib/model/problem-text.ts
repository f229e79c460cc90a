/**
 * Problems in the interface language. The validator, the loader and the importer describe each
 * problem in English (`npm run validate` prints that text); this module says the same in German,
 * phrase by phrase. A phrase it does not know stays English and is marked so (`lang: 'en'`),
 * so a new message is never lost, only untranslated. Loaded on demand, when there is a problem.
 */
import type { Lang, Problem } from './types.ts';
import { formatProblem } from './problem.ts';

export interface Part {
  text: string;
  /** Set when the part is in another language than the one asked for. */
  lang?: string;
}

type Rule = [RegExp, (...groups: string[]) => string];

const q = (text: string) => `„${text}“`;
/** English digit grouping and decimal point to German: "200,000,001" → "200.000.001", "21.5" → "21,5". */
const de = (n: string) => n.replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));
/** A size as size.ts writes it ("about 21.5 MB (21,512,345 bytes)") in German. */
const size = (text: string) =>
  text
    .replace(/^about /, 'etwa ')
    .replace(/[\d.,]+(?= (?:MB|kB|bytes?\b))/g, de)
    .replace(/\bbytes\b/g, 'Bytes')
    .replace(/\bbyte\b/g, 'Byte');

const WHERE: Rule[] = [
  [/^dataset$/, () => 'Datensatz'],
  [/^event '(.*)'$/, (id) => `Ereignis ${q(id)}`],
  [/^event #(\d+)$/, (n) => `Ereignis Nr. ${n}`],
  [/^article '(.*)'$/, (id) => `Artikel ${q(id)}`],
  [/^article #(\d+)$/, (n) => `Artikel Nr. ${n}`],
  [/^TimelineJS document$/, () => 'TimelineJS-Dokument'],
  [/^TimelineJS title slide$/, () => 'TimelineJS-Titelfolie'],
  [/^TimelineJS event #(\d+) '(.*)'$/, (n, id) => `TimelineJS-Folie Nr. ${n} ${q(id)}`],
  [/^TimelineJS event #(\d+)$/, (n) => `TimelineJS-Folie Nr. ${n}`],
  [/^TimelineJS era #(\d+)$/, (n) => `TimelineJS-Epoche Nr. ${n}`],
  [/^file "(.*)"$/, (name) => `Datei ${q(name)}`],
  [/^data "(.*)"$/, (value) => `Daten ${q(value)}`]
];

const FIELD: Rule[] = [
  [/^\(top level\)$/, () => '(oberste Ebene)'],
  [/^\(whole item\)$/, () => '(ganzer Eintrag)']
];

const PRECISION: Record<string, string> = { day: 'Tag', month: 'Monat', year: 'Jahr' };
const PRECISE: Record<string, string> = { day: 'tagesgenau', month: 'monatsgenau', year: 'jahresgenau' };
const DIFFERENCE: Record<string, string> = {
  'quotation marks': 'Anführungszeichen',
  apostrophes: 'Apostrophe',
  whitespace: 'Leerraum',
  dashes: 'Striche (Binde- oder Gedankenstrich)',
  ellipsis: 'Auslassungspunkte',
  wording: 'Wortlaut'
};

const TYPE: Record<string, string> = { string: 'ein Text', number: 'eine Zahl', boolean: 'true oder false', null: 'null', Array: 'eine Liste', Object: 'ein Objekt', undefined: 'nichts' };

const EXPECTED: Rule[] = [
  [/^an object$/, () => 'ein Objekt'],
  [/^a list$/, () => 'eine Liste'],
  [/^string$/, () => 'ein Text'],
  [/^number$/, () => 'eine Zahl'],
  [/^boolean$/, () => 'true oder false'],
  [/^no such field$/, () => 'kein solches Feld'],
  [/^a field the format defines \(this one is left out; check its spelling\)$/, () => 'ein Feld, das das Format kennt (dieses wird weggelassen; die Schreibweise prüfen)'],
  [/^a value \(the field is required\)$/, () => 'ein Wert (das Feld ist Pflicht)'],
  [/^a non-empty text$/, () => 'ein nicht leerer Text'],
  [/^a slug of lower-case letters, digits and hyphens$/, () => 'eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen'],
  [/^an id other than constructor or prototype \(names JavaScript reserves\)$/, () => 'eine andere Kennung als constructor oder prototype (in JavaScript reserviert)'],
  [/^a language code such as "de", "en" or "pt-BR"$/, () => 'ein Sprachcode wie "de", "en" oder "pt-BR"'],
  [/^at least one (language|phrase|actor|paragraph|event)$/, (w) => `mindestens ${({ language: 'eine Sprache', phrase: 'eine Wendung', actor: 'ein Akteur', paragraph: 'ein Absatz', event: 'ein Ereignis' } as Record<string, string>)[w]}`],
  [/^a text, or an object of texts by language code (.*)$/, (example) => `ein Text oder ein Objekt mit Texten nach Sprachcode ${example}`],
  [/^a date written YYYY, YYYY-MM or YYYY-MM-DD$/, () => 'ein Datum in der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT'],
  [/^a date written YYYY, YYYY-MM or YYYY-MM-DD \(a year of 4 to 12 digits, negative for BCE\)$/, () => 'ein Datum in der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT (ein Jahr mit 4 bis 12 Ziffern, negativ für v. Chr.)'],
  [/^a year from (\S+) to (\S+) when a month or day is given \(beyond that, the year alone, such as "(.*)", with precision "year"\)$/, (from, to, year) => `ein Jahr von ${de(from)} bis ${de(to)}, wenn ein Monat oder Tag angegeben ist (darüber hinaus nur das Jahr, etwa "${year}", mit precision "year")`],
  [/^a month from 01 to 12$/, () => 'ein Monat von 01 bis 12'],
  [/^a day that exists in (\S+) \(01 to (\d+)\)$/, (month, n) => `ein Tag, den es im Monat ${month} gibt (01 bis ${n})`],
  [/^year 0 written "0000" \(1 BCE: years are astronomical\)$/, () => 'das Jahr 0 als "0000" geschrieben (1 v. Chr.: Jahre werden astronomisch gezählt)'],
  [/^a phrase, or a list of phrases$/, () => 'eine Wendung oder eine Liste von Wendungen'],
  [/^an absolute URL$/, () => 'eine vollständige Adresse (URL)'],
  [/^an http or https address$/, () => 'eine http- oder https-Adresse'],
  [/^a context with its own citation: a `url` or a `reference`$/, () => 'ein Kontext mit eigenem Beleg: `url` oder `reference`'],
  [/^a paragraph: a text, or (.*)$/, (shape) => `ein Absatz: ein Text oder ${shape}`],
  [/^"sourceline\/2" \(or "sourceline\/1"\)$/, () => '"sourceline/2" (oder "sourceline/1")'],
  [/^\((.*)\)$/, (options) => `einer der Werte ${options.replaceAll(' | ', ', ')}`],
  [/^the list of the dataset’s languages, e\.g\. (.*) \(sourceline\/2 requires it\)$/, (e) => `die Liste der Sprachen des Datensatzes, z. B. ${e.replace(' or ', ' oder ')} (sourceline/2 verlangt sie)`],
  [/^each language once$/, () => 'jede Sprache einmal'],
  [/^a language the dataset declares \((.*)\); add "(.*)" to "languages"$/, (list, code) => `eine Sprache, die der Datensatz angibt (${list}); "${code}" in "languages" ergänzen`],
  [/^plain text \(HTML is shown as typed, never run\)$/, () => 'reiner Text (HTML wird so gezeigt, wie es dasteht, nie ausgeführt)'],
  [/^an id no other (article|event) has$/, (noun) => `eine Kennung, die kein anderes ${noun === 'article' ? 'Artikel' : 'Ereignis'} hat`],
  [/^a calendar date that exists \(beyond ±271,820 a year only\)$/, () => 'ein Kalenderdatum, das es gibt (jenseits von ±271.820 nur ein Jahr)'],
  [/^a calendar date that exists$/, () => 'ein Kalenderdatum, das es gibt'],
  [/^another (article|event)’s id$/, (noun) => `die Kennung ${noun === 'article' ? 'eines anderen Artikels' : 'eines anderen Ereignisses'}`],
  [/^one of (.*)$/, (list) => `eine von: ${list.replace('(no actors defined)', '(keine Akteure angegeben)').replace('(no tags defined)', '(keine Schlagworte angegeben)').replace('(no articles)', '(keine Artikel)')}`],
  [/^a chain of articles that ends \(not a circle\)$/, () => 'eine Kette von Artikeln, die endet (kein Kreis)'],
  [/^a chain of events that ends in one with a start$/, () => 'eine Kette von Ereignissen, die bei einem mit Beginn endet'],
  [/^at least one source sentence$/, () => 'mindestens ein Quellsatz'],
  [/^text that occurs verbatim in article '(.*)'$/, (id) => `Text, der wörtlich in Artikel ${q(id)} steht`],
  [/^words that occur in the quote$/, () => 'Wörter, die im Zitat stehen'],
  [/^words that occur in one of the event’s quotes$/, () => 'Wörter, die in einem der Zitate des Ereignisses stehen'],
  [/^an article cited by at least one event$/, () => 'ein Artikel, den mindestens ein Ereignis zitiert'],
  [/^the id of an event in this dataset$/, () => 'die Kennung eines Ereignisses in diesem Datensatz'],
  [/^a date \(it may be left out only when "before" or "after" names an event\)$/, () => 'ein Datum (es darf nur fehlen, wenn "before" oder "after" ein Ereignis nennt)'],
  [/^either "before" or "after" when there is no start \(an event between two others needs a start\)$/, () => 'entweder "before" oder "after", wenn der Beginn fehlt (ein Ereignis zwischen zwei anderen braucht einen Beginn)'],
  [/^no end without a start$/, () => 'kein Ende ohne Beginn'],
  [/^no precision without a start \(it is that of the event named\)$/, () => 'keine Genauigkeit ohne Beginn (es gilt die des genannten Ereignisses)'],
  [/^one of "year", "month", "day" \(required with a start\)$/, () => 'einer der Werte "year", "month", "day" (Pflicht, wenn ein Beginn angegeben ist)'],
  [/^a date written to (\w+) precision \(precision is "\w+"\)$/, (p) => `ein ${PRECISE[p] ?? p} geschriebenes Datum (precision ist "${p}")`],
  [/^a date written to (\w+) precision$/, (p) => `ein ${PRECISE[p] ?? p} geschriebenes Datum`],
  [/^a date on or after the start (.*)$/, (start) => `ein Datum am oder nach dem Beginn ${start}`],
  // Loading
  [/^at most ((?:about )?[\d.]+ (?:MB|kB) \([\d,]+ bytes\)|[\d,]+ bytes?)$/, (n) => `höchstens ${size(n)}`],
  [/^a JSON document$/, () => 'ein JSON-Dokument'],
  [/^UTF-8 text \(with or without a byte order mark\)$/, () => 'UTF-8-Text (mit oder ohne Byte Order Mark)'],
  [/^each key once in an object$/, () => 'jeden Schlüssel nur einmal in einem Objekt'],
  [/^valid JSON$/, () => 'gültiges JSON'],
  [/^a JSON object with "format", "articles" and "events" \(or a TimelineJS document\)$/, () => 'ein JSON-Objekt mit "format", "articles" und "events" (oder ein TimelineJS-Dokument)'],
  [/^a readable file$/, () => 'eine lesbare Datei'],
  [/^a response from the server$/, () => 'eine Antwort des Servers'],
  [/^HTTP status 200$/, () => 'HTTP-Status 200'],
  [/^the whole response$/, () => 'die ganze Antwort'],
  [/^the page's data loader$/, () => 'den Datenlader der Seite'],
  [/^a response the page may read$/, () => 'eine Antwort, die die Seite lesen darf'],
  [/^an answer within ([\d.]+) s$/, (n) => `eine Antwort innerhalb von ${de(n)} s`],
  [/^the rest of the data within ([\d.]+) s$/, (n) => `den Rest der Daten innerhalb von ${de(n)} s`],
  [/^to be checked within ([\d.]+) s$/, (n) => `eine Prüfung innerhalb von ${de(n)} s`],
  [/^a check of the data$/, () => 'eine Prüfung der Daten'],
  [/^to finish$/, () => 'dass es zu Ende läuft'],
  [/^a body$/, () => 'einen Inhalt'],
  // TimelineJS
  [/^a list of slides$/, () => 'eine Liste von Folien'],
  [/^an object with at least a year$/, () => 'ein Objekt mit mindestens einem Jahr'],
  [/^a year \(a whole number; negative for BCE\)$/, () => 'ein Jahr (eine ganze Zahl; negativ für v. Chr.)'],
  [/^a year other than 0 \(TimelineJS writes 1 BCE as -1\)$/, () => 'ein anderes Jahr als 0 (TimelineJS schreibt 1 v. Chr. als -1)'],
  [/^a month from 1 to 12$/, () => 'ein Monat von 1 bis 12'],
  [/^a day of the month \(a whole number\)$/, () => 'ein Tag des Monats (eine ganze Zahl)'],
  [/^a month, since a day is given$/, () => 'ein Monat, da ein Tag angegeben ist'],
  [/^a day that exists in (.*) \(1 to (\d+)\)$/, (month, n) => `ein Tag, den es im ${month} gibt (1 bis ${n})`],
  [/^the same date parts as start_date \(a (\w+)\)$/, (p) => `dieselben Datumsteile wie start_date (ein ${PRECISION[p] ?? p})`],
  [/^text only \(Sourceline loads nothing from other sites\)$/, () => 'nur Text (Sourceline lädt nichts von anderen Seiten)'],
  [/^every slide imported$/, () => 'alle Folien übernommen'],
  [/^every link kept$/, () => 'alle Links übernommen'],
  [/^dates to the day \(Sourceline keeps no time of day\)$/, () => 'tagesgenaue Daten (Sourceline übernimmt keine Uhrzeit)'],
  [/^a year alone beyond ±271,820 \(no calendar places months there\)$/, () => 'jenseits von ±271.820 nur ein Jahr (kein Kalender kennt dort Monate)'],
  [/^at least one slide with a date Sourceline can place$/, () => 'mindestens eine Folie mit einem Datum, das Sourceline einordnen kann'],
  [/^a year from (-?\d+) to (\d+)$/, (a, b) => `ein Jahr von ${a} bis ${b}`],
  // valibot's own type names, alone or as alternatives ("null | string")
  [/^((?:string|number|boolean|null|Array|Object|undefined)(?: \| (?:string|number|boolean|null|Array|Object|undefined))+)$/, (types) => types.split(' | ').map((t) => TYPE[t]).join(' oder ')]
];

const FOUND: Rule[] = [
  [/^(.*) \(era left out\)$/s, (found) => `${translate(found, FOUND) ?? found} (Epoche nicht übernommen)`],
  [/^(\d+) left out, dated beyond ±999,999,999,999 years: (.*)$/s, (n, names) => `${n} nicht übernommen, datiert jenseits von ±999.999.999.999 Jahren: ${names.replace(/ and (\d+) more$/, ' und $1 weitere')}`],
  [/^(\d+) kept with their address, (\d+) kept as text only \(in a headline, or no web address\)$/, (a, b) => `${a} mit Adresse übernommen, ${b} nur als Text (in einer Überschrift oder ohne Webadresse)`],
  [/^(\d+) images, embeds or backgrounds not shown \(captions, credits and links kept as text\)$/, (n) => `${n} Bilder, Einbettungen oder Hintergründe nicht gezeigt (Bildunterschriften, Nachweise und Links als Text übernommen)`],
  [/^(\d+) times of day not kept: (.*)$/s, (n, names) => `${n} Uhrzeiten nicht übernommen: ${names.replace(/ and (\d+) more$/, ' und $1 weitere')}`],
  [/^a month or day too, left out$/, () => 'auch Monat oder Tag, nicht übernommen'],
  [/^none of (\d+)$/, (n) => `keine von ${n}`],
  [/^0, read as 1 BCE$/, () => '0, gelesen als 1 v. Chr.'],
  [/^a (day|month|year); both shown to the (day|month|year)$/, (a, b) => `ein ${PRECISION[a]}; beide ${PRECISE[b]} gezeigt`],
  [/^nothing$/, () => 'nichts'],
  [/^null$/, () => 'null'],
  [/^an object$/, () => 'ein Objekt'],
  [/^a list of (\d+)$/, (n) => `eine Liste mit ${n} ${n === '1' ? 'Eintrag' : 'Einträgen'}`],
  [/^(".*"|-?[\d.]+|true|false)$/s, (value) => value],
  [/^(".*"), a (day|month|year)$/, (value, p) => `${value}, ein ${PRECISION[p]}`],
  [/^(".*"), the year (-?[\d,]+)$/, (value, year) => `${value}, das Jahr ${de(year)}`],
  [/^(".*"), (month|day) (\d+)$/, (value, unit, n) => `${value}, ${unit === 'month' ? 'Monat' : 'Tag'} ${n}`],
  [/^a second (article|event) #(\d+) with it$/, (noun, n) => `ein zweiter Eintrag (${noun === 'article' ? 'Artikel' : 'Ereignis'} Nr. ${n}) mit dieser Kennung`],
  [/^the (article|event)’s own id$/, (noun) => `die eigene Kennung ${noun === 'article' ? 'des Artikels' : 'des Ereignisses'}`],
  [/^a circle through (.*)$/, (chain) => `ein Kreis über ${chain}`],
  [/^both$/, () => 'beides'],
  [/^no event citing it$/, () => 'kein Ereignis, das ihn zitiert'],
  [/^none \(shown as “no source”\)$/, () => 'keine (angezeigt als „ohne Quelle“)'],
  [/^an empty file$/, () => 'eine leere Datei'],
  [/^bytes that are not UTF-8 \(byte (0x[0-9A-F]{2}) at byte (\d+), line (\d+), column (\d+); it looks like Latin-1 \(ISO 8859-1\) or Windows-1252, where it is "(.*)"\); save the file as UTF-8$/s, (hex, at, line, column, letter) => `Bytes, die kein UTF-8 sind (Byte ${hex} an Stelle ${at}, Zeile ${line}, Spalte ${column}; das sieht nach Latin-1 (ISO 8859-1) oder Windows-1252 aus, wo es „${letter}“ ist); die Datei als UTF-8 speichern`],
  [/^bytes that are not UTF-8; save the file as UTF-8$/, () => 'Bytes, die kein UTF-8 sind; die Datei als UTF-8 speichern'],
  [/^(UTF-16|UTF-32) \((little|big)-endian\) text, by its byte order mark$/, (code, order) => `${code}-Text (${order === 'little' ? 'Little' : 'Big'}-Endian), erkannt an der Byte Order Mark`],
  [/^UTF-16 \((little|big)-endian\) text without a byte order mark$/, (order) => `UTF-16-Text (${order === 'little' ? 'Little' : 'Big'}-Endian) ohne Byte Order Mark`],
  [/^(".*") a second time \(line (\d+), column (\d+)\): JSON would keep only the last one; remove or rename one of them$/s, (key, line, column) => `${key} ein zweites Mal (Zeile ${line}, Spalte ${column}): JSON behielte nur den letzten; einen davon entfernen oder umbenennen`],
  [/^a syntax error \((.*)\)$/s, (detail) => `ein Syntaxfehler (${detail})`],
  [/^a read error \((.*)\)$/s, (detail) => `ein Lesefehler (${detail})`],
  [/^a network error while reading \((.*)\)$/s, (detail) => `ein Netzwerkfehler beim Lesen (${detail})`],
  [/^a network error \((.*)\)$/s, (detail) => `ein Netzwerkfehler (${detail})`],
  [/^HTTP status (\d+)$/, (n) => `HTTP-Status ${n}`],
  [/^HTTP status (\d+): there is no file at (.*); check the address$/s, (n, url) => `HTTP-Status ${n}: unter ${url} gibt es keine Datei; die Adresse prüfen`],
  [/^no readable response from (.*?) \((.*)\): either the server did not answer, or it does not let other sites read the file; it must send the header Access-Control-Allow-Origin$/s, (host, detail) => `keine lesbare Antwort von ${host} (${detail}): Entweder hat der Server nicht geantwortet, oder er lässt andere Seiten die Datei nicht lesen; er muss den Header Access-Control-Allow-Origin senden`],
  [/^no response: the server did not answer \((.*)\)$/s, (detail) => `keine Antwort: Der Server hat nicht geantwortet (${detail})`],
  [/^no connection: the browser is offline \((.*)\)$/s, (detail) => `keine Verbindung: Der Browser ist offline (${detail})`],
  [/^no answer from (.*) for ([\d.]+) s$/, (host, n) => `keine Antwort von ${host} in ${de(n)} s`],
  [/^nothing more for ([\d.]+) s: the server stopped sending$/, (n) => `${de(n)} s lang nichts mehr: Der Server hat aufgehört zu senden`],
  [/^that it was cancelled$/, () => 'dass es abgebrochen wurde'],
  [/^that checking took longer; the file may be too large for this device$/, () => 'dass die Prüfung länger dauerte; die Datei ist für dieses Gerät vielleicht zu groß'],
  [/^an error in the checking worker \((.*)\)$/s, (detail) => `ein Fehler im prüfenden Worker (${detail})`],
  [/^none$/, () => 'keiner'],
  [/^(.+), (.+) over the limit$/, (n, over) => `${size(n)}, ${size(over)} über der Grenze`],
  [/^more than that \(reading stopped after ([\d,]+ bytes?)\)$/, (n) => `mehr (nach ${size(n)} nicht weitergelesen)`]
];

function translate(text: string, rules: Rule[]): string | undefined {
  for (const [pattern, render] of rules) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  return undefined;
}

/** One part in German, or the English text marked as English. */
const part = (english: string, rules: Rule[]): Part => {
  const german = translate(english, rules);
  return german === undefined ? { text: english, lang: 'en' } : { text: german };
};

/** A problem as parts of text in the interface language; parts left in English carry `lang: 'en'`. */
export function problemParts(p: Problem, lang: Lang): Part[] {
  if (lang === 'en') return [{ text: formatProblem(p) }];
  const where = part(p.where, WHERE);
  const field = translate(p.field, FIELD) ?? p.field;
  const expected = part(p.expected, EXPECTED);
  if (!expected.lang) expected.text = accusative(expected.text);
  const parts: Part[] = [where, { text: `, ${field}: erwartet ` }, expected, { text: '; gefunden: ' }, part(p.found, FOUND)];
  if (p.closest) {
    const { paragraph, passage, differences } = p.closest;
    const shown = passage.length > 160 ? `${passage.slice(0, 157)}…` : passage;
    const names = differences.map((d) => DIFFERENCE[d] ?? d);
    const list = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
    parts.push({ text: `; nächste Stelle im Artikel (Absatz ${paragraph + 1}): „${shown}“${list ? `, Unterschied: ${list}` : ''}` });
  }
  return merge(parts);
}

/**
 * "erwartet" takes the accusative: "erwartet einen Text oder ein Objekt", "mindestens einen Akteur".
 * Only the article that "erwartet" governs changes ("einen Monat, da ein Tag angegeben ist").
 */
function accusative(text: string): string {
  return text.replace(/(^|oder |mindestens )ein (nicht leerer )?(Text|Wert|Akteur|Absatz|Tag|Monat|Sprachcode|Kontext|Quellsatz|Artikel)\b/g, (_all, before, empty, noun) => `${before}einen ${empty ? 'nicht leeren ' : ''}${noun}`);
}

/** The problem as one line of text (parts joined). */
export function problemText(p: Problem, lang: Lang): string {
  return problemParts(p, lang)
    .map((x) => x.text)
    .join('');
}

/** Adjacent parts in the same language become one. */
function merge(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.lang === p.lang) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
