import { describe, expect, it } from 'vitest';
import { languageHref } from '../../app/_lib/language-href';

const LANGS = ['uk', 'nl', 'en'];

describe('languageHref (the language switch keeps the user on the same page)', () => {
  it.each([
    ['/uk', 'en', '/en'],
    ['/uk/', 'nl', '/nl'],
    ['/nl/q/hostCountry', 'uk', '/uk/q/hostCountry'],
    ['/en/q/birthDate/', 'nl', '/nl/q/birthDate'],
    ['/en/result', 'en', '/en/result'],
    ['/', 'nl', '/nl'],
    ['/xx/yy', 'en', '/en'],
    ['/ukx/yy', 'en', '/en'],
  ])('%s → %s: %s', (pathname, target, expected) => {
    expect(languageHref(pathname, target, LANGS)).toBe(expected);
  });
});
