import { MAX_HEIGHT, resizeMessage } from '../../src/lib/embed/height.ts';

const src = 'https://example.org/sourceline/?embed=1#event=a';

/** Shared with the snippet's listener test: what a listener must accept (a height) or ignore (null). */
export const MESSAGES: [string, unknown, number | null][] = [
  ['our own message', resizeMessage(src, 640), 640],
  ['a fractional height, rounded up', '{"context":"iframe.resize","src":"x","height":99.5}', 100],
  ['extra fields are tolerated', '{"context":"iframe.resize","src":"x","height":300,"v":2}', 300],
  ['the largest allowed height', `{"context":"iframe.resize","src":"x","height":${MAX_HEIGHT}}`, MAX_HEIGHT],
  ['an object instead of a string', { context: 'iframe.resize', src: 'x', height: 300 }, null],
  ['a string that is not JSON', 'iframe.resize 300', null],
  ['JSON null', 'null', null],
  ['a JSON array', '["iframe.resize","x",300]', null],
  ['another context', '{"context":"iframe.scroll","src":"x","height":300}', null],
  ['no src', '{"context":"iframe.resize","height":300}', null],
  ['a src that is not a string', '{"context":"iframe.resize","src":1,"height":300}', null],
  ['a height given as a string', '{"context":"iframe.resize","src":"x","height":"300"}', null],
  ['a height given with a unit', '{"context":"iframe.resize","src":"x","height":"300px"}', null],
  ['a zero height', '{"context":"iframe.resize","src":"x","height":0}', null],
  ['a negative height', '{"context":"iframe.resize","src":"x","height":-5}', null],
  ['an absurd height', `{"context":"iframe.resize","src":"x","height":${MAX_HEIGHT + 1}}`, null],
  ['a number instead of a string', 300, null],
  ['nothing', undefined, null]
];

