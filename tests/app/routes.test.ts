import { describe, expect, it } from 'vitest';
import { formOnly, formRoute, isCrossSite, miscasedLanguage, notFoundLanguage } from '../../lib/routes';

const AS_OF = '2026-11-28';

describe('the form routes', () => {
  it('are the route handlers that take a post, in a page language written in lowercase', () => {
    expect(formRoute('/en/answer')).toEqual({ lang: 'en', route: 'answer' });
    expect(formRoute('/uk/clear')).toEqual({ lang: 'uk', route: 'clear' });
    expect(formRoute('/nl/next-client/')).toEqual({ lang: 'nl', route: 'next-client' });
    expect(formRoute('/EN/answer')).toBeNull();
    expect(formRoute('/xx/answer')).toBeNull();
    expect(formRoute('/en/results')).toBeNull();
    expect(formRoute('/en/answer/x')).toBeNull();
  });

  it('have no page to show, except the quick exit, which is a plain link', () => {
    expect(formOnly('answer')).toBe(true);
    expect(formOnly('restore')).toBe(true);
    expect(formOnly('exit')).toBe(false);
  });
});

describe('addresses sure not to exist', () => {
  it('a page language in capitals', () => {
    expect(miscasedLanguage('/EN')).toBe('en');
    expect(miscasedLanguage('/Uk/q/sex')).toBe('uk');
    expect(miscasedLanguage('/en')).toBeNull();
    expect(miscasedLanguage('/XX')).toBeNull();
    expect(notFoundLanguage('/EN', AS_OF)).toBe('en');
  });

  it('a rule set or a version that is not in the registry', () => {
    expect(notFoundLanguage('/en/rules/zz', AS_OF)).toBe('en');
    expect(notFoundLanguage('/nl/rules/NL', AS_OF)).toBe('nl');
    expect(notFoundLanguage('/nl/rules/nl/1999-01-01', AS_OF)).toBe('nl');
    expect(notFoundLanguage('/nl/rules/nl', AS_OF)).toBeNull();
    expect(notFoundLanguage('/uk/rules', AS_OF)).toBeNull();
    expect(notFoundLanguage('/uk/rules/', AS_OF)).toBeNull();
  });

  it('a "what changed" date that is not a date, or is after today', () => {
    expect(notFoundLanguage('/en/open/2026-02-31', AS_OF)).toBe('en');
    expect(notFoundLanguage('/en/open/2026-11-29', AS_OF)).toBe('en');
    expect(notFoundLanguage('/en/open/yesterday', AS_OF)).toBe('en');
    expect(notFoundLanguage('/en/open/2026-10-28', AS_OF)).toBeNull();
    expect(notFoundLanguage('/en/open', AS_OF)).toBeNull();
  });

  it('leaves every other address to the pages', () => {
    for (const path of ['/', '/en', '/en/q/nonsense', '/en/results', '/xx/yy', '/en/does-not-exist']) expect(notFoundLanguage(path, AS_OF), path).toBeNull();
  });
});

describe('the cross-site guard', () => {
  const HOST = '127.0.0.1:3100';
  const from = (headers: Record<string, string>, publicOrigin: string | null = null) =>
    isCrossSite((name) => ({ host: HOST, ...headers })[name] ?? null, publicOrigin);

  it('lets the site’s own posts through: Sec-Fetch-Site same-origin, or an Origin or Referer of this site', () => {
    expect(from({ 'sec-fetch-site': 'same-origin', origin: `http://${HOST}` })).toBe(false);
    expect(from({ 'sec-fetch-site': 'same-origin', origin: 'null' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'none' })).toBe(false);
    expect(from({ origin: `http://${HOST}` })).toBe(false);
    expect(from({ referer: `http://${HOST}/en/q/sex` })).toBe(false);
    expect(from({ origin: 'https://pathway.example' }, 'https://pathway.example')).toBe(false);
    // No browser page at all (a tool): it holds no one's answers.
    expect(from({})).toBe(false);
  });

  it('refuses another site, a sibling subdomain, a hidden origin, and older browsers that only send Origin or Referer', () => {
    expect(from({ 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'same-site', origin: 'https://other.pathway.example' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' })).toBe(true);
    expect(from({ origin: 'https://evil.example' })).toBe(true);
    expect(from({ origin: 'null' })).toBe(true);
    expect(from({ referer: 'https://evil.example/page' })).toBe(true);
    expect(from({ referer: 'not a url' })).toBe(true);
    expect(from({ origin: `http://${HOST}.evil.example` })).toBe(true);
    expect(from({ origin: 'https://evil.example' }, 'https://pathway.example')).toBe(true);
  });
});
