/**
 * Unity Hubs and the Dutch social hubs: shown to everyone, whatever the host
 * country, with a note on the ones in the person's own host country; open,
 * limited or planned as the brief says; the hubs version starts in April 2026.
 */
import { describe, it, expect } from 'vitest';
import { evaluatePerson, HOST_COUNTRIES, type OptionResult } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import { TODAY, type Answers } from './support';

function hubs(answers: Answers, asOf = TODAY): Map<string, OptionResult> {
  return new Map(evaluatePerson(answers, asOf).results.filter((r) => r.ruleSet === 'HUB').map((r) => [r.id, r]));
}

function inYourCountry(r: OptionResult | undefined): boolean {
  return (r?.warnings ?? []).some((w) => w.key.endsWith('notes.in-your-country'));
}

describe('hubs for every host country (28 November 2026)', () => {
  for (const host of HOST_COUNTRIES) {
    it(`${host}: Prague and Berlin are listed as information`, () => {
      const h = hubs({ hostCountry: host });
      expect(h.get('HUB.prague')?.status).toBe('info');
      expect(h.get('HUB.berlin')?.status).toBe('info');
    });
  }
});

describe('the person’s own host country', () => {
  it('P12 Tetiana in Czechia: the Prague hub is in her country, fully open', () => {
    const prague = hubs({ hostCountry: 'CZ', sex: 'female', originOblast: 'UA-30' }).get('HUB.prague');
    expect(prague?.status).toBe('info');
    expect(prague?.place).toEqual({ city: 'Praha', country: 'CZ', state: 'open' });
    expect(inYourCountry(prague)).toBe(true);
  });

  it('P06 Iryna in Germany: Berlin (limited) and the planned Munich and Düsseldorf hubs are in her country', () => {
    const h = hubs({ hostCountry: 'DE', sex: 'female' });
    expect(h.get('HUB.berlin')?.place?.state).toBe('limited');
    expect(inYourCountry(h.get('HUB.berlin'))).toBe(true);
    expect(inYourCountry(h.get('HUB.munich-dusseldorf'))).toBe(true);
    expect(inYourCountry(h.get('HUB.prague'))).toBe(false);
  });

  it('P01 Olena in the Netherlands: no Unity Hub open yet; the volunteer social hubs are', () => {
    const h = hubs({ hostCountry: 'NL', sex: 'female' });
    expect(h.get('HUB.netherlands')?.place?.state).toBe('planned');
    expect(h.get('HUB.netherlands')?.verification).toBe('unverified');
    expect(inYourCountry(h.get('HUB.netherlands'))).toBe(true);
    expect(h.get('HUB.nl-social-hubs')?.place?.state).toBe('open');
    expect(inYourCountry(h.get('HUB.nl-social-hubs'))).toBe(true);
    expect(inYourCountry(h.get('HUB.berlin'))).toBe(false);
  });

  it('P23 Maria in the United Kingdom: a hub there is only under discussion (unverified)', () => {
    const uk = hubs({ hostCountry: 'GB', sex: 'female' }).get('HUB.united-kingdom');
    expect(uk?.place).toEqual({ country: 'GB', state: 'planned' });
    expect(uk?.verification).toBe('unverified');
    expect(uk?.warnings.some((w) => w.type === 'unverified')).toBe(true);
    expect(inYourCountry(uk)).toBe(true);
  });

  it('planned hubs are never shown as confirmed', () => {
    for (const r of hubs({ hostCountry: 'ES' }).values()) {
      if (r.place?.state === 'planned') expect(r.verification).toBe('unverified');
    }
  });
});

describe('version', () => {
  it('the hubs version starts on 1 April 2026 (Berlin opens); none before', () => {
    expect(evaluatePerson({ hostCountry: 'CZ' }, '2026-03-31').absent).toContain('HUB');
    const set = evaluatePerson({ hostCountry: 'CZ' }, '2026-04-01').ruleSets.find((s) => s.id === 'HUB');
    expect(set?.version).toBe('2026-04-01');
  });
});

describe('texts render', () => {
  for (const lang of ['uk', 'nl', 'en'] as const) {
    it(`every hub has a title and summary in ${lang}`, () => {
      const advice = buildAdvice({ hostCountry: 'NL' }, TODAY, lang);
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
