import { NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS_COOKIE,
  clearAll,
  decodeAnswers,
  decodeDraft,
  DRAFT_COOKIE,
  encodeAnswers,
  encodeDraft,
  isSecureRequest,
  writeAnswers,
  writeDraft,
} from '../../app/_lib/answers-cookie';
import { answersCookieName, LEGACY_ANSWERS_COOKIE } from '../../lib/cookie-names';

const AS_OF = '2026-11-28';

describe('the answers cookie', () => {
  it('round-trips valid answers', () => {
    const answers = { hostCountry: 'NL', birthDate: '1988-02-14', childrenInHost: 2, sex: 'unknown' } as const;
    expect(decodeAnswers(encodeAnswers(answers), AS_OF)).toEqual(answers);
  });

  it('drops what is not a valid answer, and never throws', () => {
    expect(decodeAnswers(JSON.stringify({ hostCountry: 'NL', sex: 'robot', name: 'Olena', birthDate: '1988-02-30' }), AS_OF)).toEqual({ hostCountry: 'NL' });
    expect(decodeAnswers('not json', AS_OF)).toEqual({});
    expect(decodeAnswers('[1,2]', AS_OF)).toEqual({});
    expect(decodeAnswers('null', AS_OF)).toEqual({});
    expect(decodeAnswers(undefined, AS_OF)).toEqual({});
  });

  it('drops answers the forms would refuse today: an arrival after today, a birth in 1900, a number that is not whole or out of range', () => {
    const stored = {
      hostCountry: 'NL',
      arrivalDate: '2027-01-15',
      birthDate: '1900-06-01',
      protectionStartDate: '2026-11-29',
      householdSize: 3,
      monthlyGrossIncome: 1450.5,
      householdAnnualIncome: 5_000_000_000,
      childrenInHost: 2,
    };
    expect(decodeAnswers(JSON.stringify(stored), AS_OF)).toEqual({ hostCountry: 'NL', householdSize: 3, childrenInHost: 2 });
    // The same answers are kept on a date on which the form accepts them.
    expect(decodeAnswers(JSON.stringify({ arrivalDate: '2027-01-15', birthDate: '1910-06-01' }), '2027-02-01')).toEqual({
      arrivalDate: '2027-01-15',
      birthDate: '1910-06-01',
    });
    expect(decodeAnswers(JSON.stringify({ birthDate: '1906-01-01' }), AS_OF)).toEqual({ birthDate: '1906-01-01' });
    expect(decodeAnswers(JSON.stringify({ birthDate: '1905-12-31' }), AS_OF)).toEqual({});
  });

  it('refuses to write anything but valid answers', () => {
    expect(() => encodeAnswers({ name: 'Olena' } as never)).toThrow();
  });

  it('is readable by the page (the engine in the browser keeps it), SameSite=Lax, Path=/, for 30 days from the last answer; outside production Secure only on https', () => {
    const response = NextResponse.json({});
    writeAnswers(response, { hostCountry: 'CZ' }, false);
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toContain(`${ANSWERS_COOKIE}=`);
    expect(header).not.toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=2592000/);
    expect(header).not.toMatch(/Secure/i);

    const secure = NextResponse.json({});
    writeAnswers(secure, { hostCountry: 'CZ' }, true);
    expect(secure.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  it('is named __Host-pathway_answers in production (only this host, path /, Secure)', () => {
    expect(answersCookieName(true)).toBe('__Host-pathway_answers');
    expect(answersCookieName(false)).toBe('pathway_answers');
    expect(LEGACY_ANSWERS_COOKIE).toBe('pathway_answers');
  });

  it('clears both cookies', () => {
    const response = NextResponse.json({});
    clearAll(response, false);
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toContain(`${ANSWERS_COOKIE}=;`);
    expect(header).toContain(`${DRAFT_COOKIE}=;`);
    expect(header).toMatch(/Max-Age=0/);
  });

  it('tells https from http, also behind a proxy', () => {
    expect(isSecureRequest(new Request('https://pathway.example/en/answer'))).toBe(true);
    expect(isSecureRequest(new Request('http://127.0.0.1:3100/en/answer'))).toBe(false);
    expect(isSecureRequest(new Request('http://10.0.0.1/en/answer', { headers: { 'x-forwarded-proto': 'https' } }))).toBe(true);
  });
});

describe('the draft cookie (a refused answer, kept for one question)', () => {
  const draft = {
    question: 'birthDate' as const,
    values: { 'birthDate-day': '31', 'birthDate-month': '2', 'birthDate-year': '1988' },
    error: { code: 'date-impossible' as const, fields: ['birthDate-day', 'birthDate-month'] },
  };

  it('round-trips', () => {
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
    const withVars = { ...draft, question: 'householdSize' as const, error: { code: 'number-range' as const, fields: ['householdSize'], vars: { min: 1, max: 30 } } };
    expect(decodeDraft(encodeDraft(withVars))).toEqual(withVars);
  });

  it('is short-lived and httpOnly', () => {
    const response = NextResponse.json({});
    writeDraft(response, draft, false);
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/Max-Age=120/);
    expect(header).toMatch(/HttpOnly/i);
  });

  it('ignores anything malformed', () => {
    expect(decodeDraft('{"q":"favouriteColour","v":{},"e":{"code":"choice","fields":[]}}')).toBeNull();
    expect(decodeDraft('{"q":"sex","v":{},"e":{"code":"boom","fields":[]}}')).toBeNull();
    expect(decodeDraft('garbage')).toBeNull();
    expect(decodeDraft(undefined)).toBeNull();
  });
});
