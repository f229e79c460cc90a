/**
 * Interface text for loading large data (progress, cancel, several files, why a load failed), in
 * German and English. Kept out of de.ts/en.ts because only the parts loaded on demand show it,
 * and the first load has no room to spare (README, "Budgets").
 */
import type { Lang } from '../model/types.ts';
import type { LoadReason } from '../load.ts';
import type { Progress } from '../data-state.ts';

// Numbers written without Intl: its first use on a page costs about 20 ms, while the page waits for the data.
/** A count with digit groups: 2.500 (de), 2,500 (en). */
const count = (n: number, lang: Lang) => String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'de' ? '.' : ',');
/** Megabytes to one decimal: 2,5 MB (de), 2.5 MB (en). */
const megabytes = (bytes: number, lang: Lang) => `${String(Math.round(bytes / 1e5) / 10).replace('.', lang === 'de' ? ',' : '.')} MB`;

const de = {
  loadProgress: (p: Progress) => {
    const mb = (n: number) => megabytes(n, 'de');
    const n = (x: number) => count(x, 'de');
    if (p.phase === 'read') return p.totalBytes ? `${mb(p.bytes)} von ${mb(p.totalBytes)} gelesen` : `${mb(p.bytes)} gelesen`;
    if (p.phase === 'check') return `${mb(p.bytes)} gelesen, die Daten werden geprüft …`;
    return `${n(p.events)} von ${n(p.totalEvents ?? 0)} Ereignissen übernommen`;
  },
  cancelLoad: 'Laden abbrechen',
  loadingSeveral: (name: string, of: number) => `${of} Dateien gewählt: Es wird nur die erste geladen, ${name}. Laden Sie die anderen danach einzeln.`,
  loadReason: (reason: LoadReason): string => {
    switch (reason.kind) {
      case 'offline':
        return 'Keine Verbindung: Der Browser ist offline. Prüfen Sie die Verbindung und versuchen Sie es noch einmal.';
      case 'not-found':
        return `Unter dieser Adresse gibt es keine Datei (HTTP ${reason.status}). Prüfen Sie die Adresse.`;
      case 'http':
        return `Der Server hat die Datei nicht geliefert (HTTP ${reason.status}).`;
      case 'cors':
        return `Keine lesbare Antwort von ${reason.host}: Entweder antwortet der Server nicht, oder er erlaubt anderen Seiten nicht, die Datei zu lesen. Dazu muss er den Header Access-Control-Allow-Origin senden.`;
      case 'network':
        return 'Der Server hat nicht geantwortet. Prüfen Sie die Verbindung und die Adresse.';
      case 'timeout':
        return reason.what === 'download'
          ? `Vom Server kam ${reason.seconds} Sekunden lang nichts; das Laden wurde beendet.`
          : `Die Prüfung der Daten dauerte länger als ${reason.seconds} Sekunden; die Datei ist für dieses Gerät vielleicht zu groß.`;
      case 'cancelled':
        return 'Das Laden wurde abgebrochen.';
      case 'too-big':
        return `Die Datei ist größer als die Grenze von ${reason.limit / 1e6} MB.`;
      case 'encoding':
        return 'Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie im Editor mit der Kodierung UTF-8 und laden Sie sie erneut.';
    }
  },
};

const en: typeof de = {
  loadProgress: (p: Progress) => {
    const mb = (n: number) => megabytes(n, 'en');
    const n = (x: number) => count(x, 'en');
    if (p.phase === 'read') return p.totalBytes ? `${mb(p.bytes)} of ${mb(p.totalBytes)} read` : `${mb(p.bytes)} read`;
    if (p.phase === 'check') return `${mb(p.bytes)} read, checking the data …`;
    return `${n(p.events)} of ${n(p.totalEvents ?? 0)} events received`;
  },
  cancelLoad: 'Cancel loading',
  loadingSeveral: (name: string, of: number) => `${of} files chosen: only the first one is loaded, ${name}. Load the others one at a time afterwards.`,
  loadReason: (reason: LoadReason): string => {
    switch (reason.kind) {
      case 'offline':
        return 'No connection: the browser is offline. Check the connection and try again.';
      case 'not-found':
        return `There is no file at this address (HTTP ${reason.status}). Check the address.`;
      case 'http':
        return `The server did not deliver the file (HTTP ${reason.status}).`;
      case 'cors':
        return `No readable answer from ${reason.host}: either the server does not answer, or it does not let other sites read the file. For that it must send the header Access-Control-Allow-Origin.`;
      case 'network':
        return 'The server did not answer. Check the connection and the address.';
      case 'timeout':
        return reason.what === 'download'
          ? `Nothing came from the server for ${reason.seconds} seconds; loading was stopped.`
          : `Checking the data took longer than ${reason.seconds} seconds; the file may be too large for this device.`;
      case 'cancelled':
        return 'Loading was cancelled.';
      case 'too-big':
        return `The file is larger than the limit of ${reason.limit / 1e6} MB.`;
      case 'encoding':
        return 'The file is not saved as UTF-8. Save it with the encoding UTF-8 in your editor and load it again.';
    }
  },
};

export const loadingText: Record<Lang, typeof de> = { de, en };
