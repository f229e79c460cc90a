import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/lib/import/plain-text.ts';

describe('htmlToText reduces an HTML fragment to the text a reader sees', () => {
  test.each([
    ['plain text stays as it is', 'Caesar wird ermordet', 'Caesar wird ermordet'],
    ['inline tags vanish without splitting words', 'un<em>glaub</em>lich <strong>fett</strong>', 'unglaublich fett'],
    ['block tags separate words', '<p>Eins</p><p>Zwei</p><br>Drei<li>Vier</li>', 'Eins Zwei Drei Vier'],
    ['a link keeps its text and loses its address', 'Die <a href="https://example.org/x">Bulle</a> gilt', 'Die Bulle gilt'],
    ['a script is dropped with its content', 'vorher<script>window.__pwned = 1</script>nachher', 'vorher nachher'],
    ['a style is dropped with its content', '<style>p { color: red }</style>Text', 'Text'],
    ['an event-handler attribute goes with its tag', '<img src=x onerror="window.__pwned=1">Bild', 'Bild'],
    ['a ">" inside a quoted attribute does not end the tag', '<a title="a > b" href="#">Link</a>', 'Link'],
    ['comments are dropped', 'a<!-- <b>nicht</b> -->b', 'ab'],
    ['a "<" that starts no tag is kept', 'a < b und 3<4', 'a < b und 3<4'],
    ['whitespace collapses to single spaces', '  Zeile\n\n  zwei\t drei ', 'Zeile zwei drei'],
    ['named, decimal and hex references are decoded', 'A &amp; B &ldquo;x&rdquo; &#8222;y&#x201C; &auml;', 'A & B “x” „y“ ä'],
    ['encoded markup becomes literal text, not markup', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['a non-breaking space is a space', '44&nbsp;v.&#160;Chr.', '44 v. Chr.'],
    ['an unclosed script swallows the rest', 'ok<script>never', 'ok'],
    ['a self-closing svg does not swallow the rest', '<svg/>Text', 'Text'],
    ['an empty fragment is empty', '', '']
  ])('%s', (_name, html, text) => expect(htmlToText(html)).toBe(text));
});

describe('decodeEntities', () => {
  test.each([
    ['&unknown; stays as written', '&unknown;', '&unknown;'],
    ['a reference without semicolon stays', '&amp', '&amp'],
    ['code point zero becomes the replacement character', '&#0;', '\ufffd'],
    ['a lone surrogate becomes the replacement character', '&#xD800;', '\ufffd'],
    ['a code point beyond Unicode becomes the replacement character', '&#x110000;', '\ufffd'],
    ['an astral code point is decoded', '&#x1F600;', '😀']
  ])('%s', (_name, input, expected) => expect(decodeEntities(input)).toBe(expected));
});
