/**
 * Unity Hubs and the Dutch social hubs: shown to everyone, whatever the host
 * country, with a note on the ones in the person's own host country. Tables:
 * every host country, the state and verification of each hub on the review
 * date (6 December 2026), the versions. The personas (P12 Tetiana, P06 Iryna,
 * P01 Olena, P23 Maria) are JSON cases in tests/fixtures/cases/hub/.
 */
import { describe, it, expect } from 'vitest';
import { evaluatePerson, HOST_COUNTRIES, type OptionResult } from '../../rules';
import { buildAdvice } from '../../lib/advice';

const REVIEW = '2026-12-06';

function hubs(host: (typeof HOST_COUNTRIES)[number], asOf = REVIEW): Map<string, OptionResult> {
  return new Map(evaluatePerson({ hostCountry: host }, asOf).results.filter((r) => r.ruleSet === 'HUB').map((r) => [r.id, r]));
}

function inYourCountry(r: OptionResult | undefined): boolean {
  return (r?.warnings ?? []).some((w) => w.key.endsWith('notes.in-your-country'));
}

describe('hubs for every host country (6 December 2026)', () => {
  it.each(HOST_COUNTRIES.map((h) => [h]))('%s: every hub is listed as information; only the ones in that country say so', (host) => {
    const h = hubs(host);
    expect(h.size).toBe(9);
    for (const r of h.values()) {
      expect(r.status).toBe('info');
      expect(inYourCountry(r), r.id).toBe(r.place?.country === host);
    }
  });
});

describe('state and verification on the review date (issue 17: openings not on an official page are unverified)', () => {
  // [hub, place as reported, verification]
  const table: [string, { city?: string; country: string; state: string }, 'verified' | 'unverified'][] = [
    ['HUB.prague', { city: 'Praha', country: 'CZ', state: 'open' }, 'unverified'],
    ['HUB.berlin', { city: 'Berlin', country: 'DE', state: 'limited' }, 'unverified'],
    ['HUB.munich-dusseldorf', { city: 'München, Düsseldorf', country: 'DE', state: 'planned' }, 'unverified'],
    ['HUB.torrevieja', { city: 'Torrevieja', country: 'ES', state: 'planned' }, 'unverified'],
    ['HUB.france', { country: 'FR', state: 'planned' }, 'unverified'],
    ['HUB.poland', { city: 'Gdańsk', country: 'PL', state: 'planned' }, 'unverified'],
    ['HUB.netherlands', { country: 'NL', state: 'planned' }, 'unverified'],
    ['HUB.united-kingdom', { country: 'GB', state: 'planned' }, 'unverified'],
    ['HUB.nl-social-hubs', { country: 'NL', state: 'open' }, 'verified'],
  ];
  it.each(table)('%s', (id, place, verification) => {
    const r = hubs('NL').get(id)!;
    expect(r.place).toEqual(place);
    expect(r.verification).toBe(verification);
    expect(r.warnings.some((w) => w.type === 'unverified')).toBe(verification === 'unverified');
  });

  it('planned hubs are never shown as confirmed, on any date', () => {
    for (const asOf of ['2026-04-01', REVIEW]) {
      for (const r of hubs('ES', asOf).values()) if (r.place?.state === 'planned') expect(r.verification).toBe('unverified');
    }
  });

  it('before the review, Prague and Berlin were shown as verified on the research report alone', () => {
    const before = hubs('CZ', '2026-12-05');
    expect(before.get('HUB.prague')?.verification).toBe('verified');
    expect(hubs('CZ').get('HUB.prague')?.verification).toBe('unverified');
  });
});

describe('versions', () => {
  it('the hubs rule set starts on 1 April 2026; the review version on 6 December 2026', () => {
    expect(evaluatePerson({ hostCountry: 'CZ' }, '2026-03-31').absent).toContain('HUB');
    const version = (asOf: string) => evaluatePerson({ hostCountry: 'CZ' }, asOf).ruleSets.find((s) => s.id === 'HUB')?.version;
    expect(version('2026-04-01')).toBe('2026-04-01');
    expect(version('2026-12-05')).toBe('2026-04-01');
    expect(version(REVIEW)).toBe('2026-12-06');
  });
});

describe('texts render', () => {
  for (const lang of ['uk', 'nl', 'en'] as const) {
    it(`every hub has a title and summary in ${lang}`, () => {
      const advice = buildAdvice({ hostCountry: 'NL' }, REVIEW, lang);
      const hubOptions = advice.options.filter((o) => o.ruleSet === 'HUB');
      expect(hubOptions.length).toBe(9);
      for (const o of hubOptions) {
        expect(o.title).not.toMatch(/^options\./);
        expect(o.summary).not.toMatch(/^options\./);
        for (const w of o.warnings) expect(w).not.toMatch(/^options\./);
      }
    });
  }
});
