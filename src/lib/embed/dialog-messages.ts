/**
 * The embed dialog's own text, in German and English: what the embed shows, the preview at true
 * size, and data the sandboxed embed cannot read. Kept beside the dialog rather than in
 * src/lib/i18n/, because only the dialog (loaded on demand) needs it: the first load stays lighter.
 */
import type { Lang } from '../model/types.ts';

const de = {
  show: 'In der Einbettung zeigen',
  controls: 'Filter und Suche',
  reader: 'Ganze Artikel zum Lesen (statt einer kompakten Quellenkarte)',
  previewWidth: 'Breite der Vorschau',
  widthNames: { 360: 'Telefon, 360 px', 680: 'Blogspalte, 680 px', full: 'volle Breite' },
  previewSize: (width: number, height: number) => `In wahrer Größe: ${width} × ${height} px`,
  dataChecking: 'Prüfe, ob die eingebettete Zeitleiste Ihre Datei lesen darf …',
  dataBlocked: (file: string) =>
    `Für diese Zeitleiste gibt es keinen Einbettungscode: Sie lädt ihre Daten („${file}“) von dieser Website, und die eingebettete Zeitleiste läuft abgeschottet, ohne eigene Herkunft. Der Browser lässt sie die Datei nur lesen, wenn der Server sie mit dem HTTP-Header „Access-Control-Allow-Origin: *“ ausliefert, und das tut dieser Server nicht.`,
  dataWhatToDo:
    'So geht es: Lassen Sie den Server die Datei mit „Access-Control-Allow-Origin: *“ ausliefern (und öffnen Sie diesen Dialog neu), legen Sie die Datei auf einen Server, der das tut, und öffnen Sie die Zeitleiste mit dieser Adresse in ?\u2060data=, oder bauen Sie Sourceline mit Ihrer Datei als mitgeliefertem Datensatz (README, „Your own dataset“).'
};

export type DialogMessages = typeof de;

const en: DialogMessages = {
  show: 'Show in the embed',
  controls: 'Filters and search',
  reader: 'Whole articles to read (instead of one compact source card)',
  previewWidth: 'Preview width',
  widthNames: { 360: 'Phone, 360 px', 680: 'Blog column, 680 px', full: 'full width' },
  previewSize: (width, height) => `At true size: ${width} × ${height} px`,
  dataChecking: 'Checking whether the embedded timeline may read your file …',
  dataBlocked: (file) =>
    `There is no embed code for this timeline: it loads its data (“${file}”) from this website, and the embedded timeline runs sealed off, with no origin of its own. The browser lets it read the file only if the server sends it with the HTTP header “Access-Control-Allow-Origin: *”, and this server does not.`,
  dataWhatToDo:
    'What to do: have the server send the file with “Access-Control-Allow-Origin: *” (then open this dialog again), put the file on a server that does and open the timeline with that address in ?\u2060data=, or build Sourceline with your file as its shipped dataset (README, “Your own dataset”).'
};

export const dialogMessages: Record<Lang, DialogMessages> = { de, en };
