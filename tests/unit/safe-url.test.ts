import { describe, expect, test } from 'vitest';
import { httpHref } from '../../src/lib/safe-url.ts';

describe('only absolute http(s) addresses from data become links', () => {
  test.each([
    ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:x', null],
    ['file:///etc/passwd', null],
    ['//example.org/x', null],
    ['/relative', null],
    ['', null],
    [undefined, null]
  ])('%j → %j', (value, expected) => expect(httpHref(value)).toBe(expected));
});
