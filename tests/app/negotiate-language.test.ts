import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../app/_lib/negotiate-language';

describe('negotiateLanguage (Accept-Language → uk | nl | en)', () => {
  it.each([
    [null, 'uk'],
    ['', 'uk'],
    ['*', 'uk'],
    ['de-DE,de;q=0.9,fr;q=0.8', 'uk'],
    ['uk', 'uk'],
    ['nl', 'nl'],
    ['en', 'en'],
    ['nl-BE', 'nl'],
    ['EN-gb', 'en'],
    ['uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7', 'uk'],
    ['de-DE,de;q=0.9,nl;q=0.8,en;q=0.7', 'nl'],
    ['en;q=0.5,nl;q=0.9', 'nl'],
    ['en;q=0.8,nl;q=0.8', 'en'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'en'],
    ['nl;q=0,en;q=0.1', 'en'],
    ['nl;q=0', 'uk'],
    ['en;q=abc,nl', 'nl'],
    [' en-US ; q=0.4 , uk ; q=0.6 ', 'uk'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
