/**
 * HTML fragments (as TimelineJS stores its text) reduced to plain text without a DOM, so the
 * same code runs in the browser and in the CLI. Tags are dropped, never interpreted: the result is
 * only ever rendered as text, so a decoded "<script>" shows as those characters and runs nowhere.
 */

/** Elements whose content is not text a reader should see. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);

/** Elements that break a line: their tags separate words ("<p>a</p><p>b</p>" is "a b"); inline ones do not. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul'
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', times: '×', divide: '÷', deg: '°',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', ldquo: '“', rdquo: '”', bdquo: '„',
  lsquo: '‘', rsquo: '’', sbquo: '‚', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û',
  yacute: 'ý', yuml: 'ÿ', Aacute: 'Á', Agrave: 'À', Eacute: 'É', Egrave: 'È', Oacute: 'Ó', Ccedil: 'Ç', Ntilde: 'Ñ',
  iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª', frac12: '½', frac14: '¼', frac34: '¾', plusmn: '±', micro: 'µ'
};

/** Decodes character references: &amp; &#228; &#xE4; and the named ones above; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

/** What became of the links (`<a href>`) in a fragment. */
export interface LinkCount {
  /** Links whose web address (http or https) was kept beside their text. */
  kept: number;
  /** Links whose address was not a web address (javascript:, a page-relative path …), kept as text only. */
  dropped: number;
}

/**
 * Plain text of an HTML fragment: tags dropped (block-level ones leave a space), hidden elements
 * dropped with their content, comments dropped, entities decoded, whitespace collapsed.
 * A "<" that does not start a tag ("a < b") is kept. A link keeps its text; given `links`, an
 * http(s) address is written after it in parentheses ("Bulle (https://…)") and counted there.
 */
export function htmlToText(html: string, links?: LinkCount): string {
  let out = '';
  let i = 0;
  let lower: string | undefined; // computed once, when a hidden element needs its end found
  let href: string | null = null;
  let linkStart = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const tag = TAG.exec(html.slice(lt, lt + 64));
    if (!tag && !/^<[!?]/.test(html.slice(lt, lt + 2))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const name = tag?.[2].toLowerCase() ?? '';
    if (links && name === 'a') {
      if (!tag![1]) {
        href = attribute(html.slice(lt, end), 'href');
        linkStart = out.length;
      } else if (href !== null) {
        out += linkSuffix(href, out.slice(linkStart), links);
        href = null;
      }
    }
    i = end;
    if (tag && !tag[1] && HIDDEN.has(name) && !/\/\s*>$/.test(html.slice(lt, end))) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, end);
      i = close === -1 ? html.length : tagEnd(html, close);
    }
    if (BLOCK.has(name) || HIDDEN.has(name)) out += ' ';
  }
  if (links && href !== null) out += linkSuffix(href, out.slice(linkStart), links);
  return out.replace(/\s+/g, ' ').trim();
}

/** " (https://…)" after a link's text, unless the text already is the address. */
function linkSuffix(href: string, text: string, links: LinkCount): string {
  const url = decodeEntities(href).trim();
  if (!/^https?:\/\/\S+$/i.test(url)) {
    links.dropped++;
    return '';
  }
  links.kept++;
  const shown = text.trim();
  return shown === url || shown === url.replace(/^https?:\/\//i, '').replace(/\/$/, '') ? '' : ` (${url})`;
}

/** The value of an attribute in a start tag, or null. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

/** The index after the ">" closing the tag that starts at `lt`, skipping quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  let quote: string | null = null;
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}
