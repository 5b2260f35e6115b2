import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as restore } from '../../app/[lang]/restore/route';
import { configuredOrigin } from '../../lib/public-origin';
import { proxy } from '../../proxy';
import { buildAdvice } from '../../lib/advice';
import { ANSWERS_COOKIE } from '../../app/_lib/answers-cookie';
import {
  decodeHandover,
  encodeHandover,
  handoverPath,
  HandoverError,
  KEY_CODES,
  publicOrigin,
  ruleSetsThenAndNow,
  thenAndNow,
  tryDecodeHandover,
} from '../../lib/handover';
import { choiceValues, factInput, FACT_KEYS, type Facts, type HostCountry } from '../../rules';
import { answersArb, answersWithHostArb, asOfArb } from '../support/arbitraries';

function goldenAnswers(id: string): Facts & { hostCountry: HostCountry } {
  return (JSON.parse(readFileSync(path.resolve(__dirname, `../fixtures/cases/${id}.json`), 'utf8')) as { answers: Facts & { hostCountry: HostCountry } }).answers;
}
const P01 = goldenAnswers('P01');

describe('the hand-over fragment', () => {
  it('round-trips any valid answers with any date', () => {
    fc.assert(
      fc.property(answersWithHostArb, asOfArb, (answers, asOf) => {
        const fragment = encodeHandover({ asOf, answers });
        expect(fragment).toMatch(/^1[zb][A-Za-z0-9_-]+$/);
        expect(decodeHandover(fragment)).toEqual({ asOf, answers });
        expect(decodeHandover(`#${fragment}`)).toEqual({ asOf, answers });
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips answers without a host country, amounts with cents and the extreme dates', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(decodeHandover(encodeHandover({ asOf: '2026-11-28', answers })).answers).toEqual(answers);
      }),
      { numRuns: 100 },
    );
    const odd: Facts = { monthlyGrossIncome: 1450.75, householdAnnualIncome: 0, birthDate: '1900-01-01', arrivalDate: '2100-12-31', protectionStartDate: 'unknown' };
    expect(decodeHandover(encodeHandover({ asOf: '2026-11-28', answers: odd }))).toEqual({ asOf: '2026-11-28', answers: odd });
  });

  it('is short enough for a phone to scan: a typical person fits in well under 100 characters', () => {
    const fragment = encodeHandover({ asOf: '2026-11-28', answers: P01 });
    expect(fragment.length).toBeLessThan(100);
    expect(handoverPath('uk', { asOf: '2026-11-28', answers: P01 })).toBe(`/uk/open#${fragment}`);
  });

  it('has a code for every key and every value of the answers vocabulary', () => {
    expect(KEY_CODES.map(([key]) => key).sort()).toEqual([...FACT_KEYS].sort());
    for (const [key, coding] of KEY_CODES) {
      if (factInput(key) === 'choice' || factInput(key) === 'region' || factInput(key) === 'country') {
        expect(coding.kind, key).toBe('choice');
        // Host numbers kept for countries still to come are empty.
        if (coding.kind === 'choice') expect(coding.values.filter(Boolean).sort(), key).toEqual([...choiceValues(key)].sort());
      }
    }
  });

  it('opens links made before the country registry (P01 in NL, P22 in DK)', () => {
    // Written by the version of 28 November 2026; they must read the same for ever.
    const p01 = decodeHandover('1bAZDqAgAAAbr7AQIAAxUF7dwCBwAIAAoACwMM1BYQAhMEFAAVArEU');
    expect(p01.asOf).toBe('2026-11-28');
    expect(p01.answers).toEqual(goldenAnswers('P01'));
    const p22 = decodeHandover('1bAZDqAgANAd6UAgIAAwkEAQXC6QIHAQoCCwUTAhQAFQIA3w');
    expect(p22.answers.hostCountry).toBe('DK');
    expect(p22.answers).toEqual(goldenAnswers('P22'));
  });

  it('keeps the host countries at the numbers old links use', () => {
    const host = KEY_CODES.find(([key]) => key === 'hostCountry')![1];
    expect(host.kind === 'choice' && host.values.slice(0, 17)).toEqual([
      'NL', 'DE', 'PL', 'CZ', 'SK', 'HR', 'AT', 'IE', 'ES', 'IT', 'BE', 'FR', 'NO', 'DK', 'CH', 'GB', 'US',
    ]);
    expect(host.kind === 'choice' && host.values[33]).toBe('other');
  });

  it('refuses garbage, truncated and tampered fragments cleanly', () => {
    const good = encodeHandover({ asOf: '2026-11-28', answers: P01 });
    const bad = [
      '', '#', '1', '1b', '2bAAAA', '1xAAAA', '1b!!!!', '1b' + 'A'.repeat(3000), 'hello world', '1bAAAAAAAA',
      good.slice(0, -3), good + 'AA', good.slice(0, 2) + good.slice(3),
    ];
    for (const fragment of bad) {
      expect(() => decodeHandover(fragment), fragment).toThrow(HandoverError);
      expect(tryDecodeHandover(fragment), fragment).toBeNull();
    }
    expect(tryDecodeHandover(42)).toBeNull();
    expect(tryDecodeHandover(null)).toBeNull();
  });

  it('refuses every single-character change of a real link', () => {
    const good = encodeHandover({ asOf: '2026-11-28', answers: P01 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let accepted = 0;
    let tried = 0;
    for (let i = 0; i < good.length; i++) {
      for (const c of alphabet) {
        if (c === good[i]) continue;
        const tampered = good.slice(0, i) + c + good.slice(i + 1);
        tried++;
        const decoded = tryDecodeHandover(tampered);
        // Base64 has spare bits in its last character: a change there can decode to the same bytes.
        if (decoded && JSON.stringify(decoded) !== JSON.stringify({ asOf: '2026-11-28', answers: P01 })) accepted++;
      }
    }
    // A 16-bit check lets through about 1 in 65,536 changes by chance; the value tables refuse many more.
    expect(accepted / tried).toBeLessThan(0.002);
  });

  it('refuses random bytes, deflated or not, without throwing anything but HandoverError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.boolean(), (bytes, deflate) => {
        const payload = deflate ? deflateRawSync(bytes) : Buffer.from(bytes);
        const fragment = `1${deflate ? 'z' : 'b'}${payload.toString('base64url')}`;
        try {
          const data = decodeHandover(fragment);
          // The rare random input that passes the check must still be valid answers.
          expect(typeof data.asOf).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(HandoverError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a deflate bomb', () => {
    const bomb = deflateRawSync(Buffer.alloc(1_000_000));
    expect(tryDecodeHandover(`1z${bomb.toString('base64url')}`)).toBeNull();
  });

  it('refuses to encode answers that are not valid', () => {
    expect(() => encodeHandover({ asOf: '2026-11-28', answers: { name: 'Olena' } as never })).toThrow();
    expect(() => encodeHandover({ asOf: '2026-02-30', answers: {} })).toThrow(HandoverError);
  });
});

describe('the link origin', () => {
  const h = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
  it('is the configured public origin', () => {
    expect(publicOrigin(h({ host: 'x.test' }), { PATHWAY_PUBLIC_ORIGIN: 'https://pathway.example/' })).toBe('https://pathway.example');
    expect(publicOrigin(h({ host: 'x.test', 'x-forwarded-host': 'evil.example' }), { PATHWAY_PUBLIC_ORIGIN: 'https://pathway.example' })).toBe('https://pathway.example');
    expect(publicOrigin(h({}), { PATHWAY_PUBLIC_ORIGIN: 'http://127.0.0.1:3100' })).toBe('http://127.0.0.1:3100');
  });

  it('never takes a host from Host or X-Forwarded-Host, but for this very machine (a local run)', () => {
    expect(publicOrigin(h({ host: 'pathway.example', 'x-forwarded-host': 'evil.example' }), {})).toBeNull();
    expect(publicOrigin(h({ host: '127.0.0.1:3100', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }), {})).toBe('http://127.0.0.1:3100');
    expect(publicOrigin(h({ host: 'localhost:3000' }), {})).toBe('http://localhost:3000');
    expect(publicOrigin(h({ host: 'evil.example' }), {})).toBeNull();
    expect(publicOrigin(h({ host: '127.0.0.1.evil.example' }), {})).toBeNull();
    expect(publicOrigin(h({ host: 'evil.test/"><script>' }), {})).toBeNull();
    expect(publicOrigin(h({}), {})).toBeNull();
  });

  it('refuses a configured value that is not an https origin (http only for this machine)', () => {
    for (const bad of ['http://pathway.example', 'https://pathway.example/en', 'https://user@pathway.example', 'pathway.example', 'javascript:alert(1)', 'https://pathway.example?x=1']) {
      expect(configuredOrigin({ PATHWAY_PUBLIC_ORIGIN: bad }), bad).toBeNull();
    }
  });
});

describe('what changed', () => {
  it('lists every option with its status then and now, and why now', () => {
    const before = buildAdvice(P01, '2026-10-28', 'en');
    const now = buildAdvice(P01, '2026-11-28', 'en');
    const rows = thenAndNow(before, now);
    expect(rows.map((r) => r.id)).toEqual(now.options.map((o) => o.id));
    for (const row of rows) {
      expect(row.before).toBe(before.options.find((o) => o.id === row.id)?.status ?? null);
      expect(row.now).toBe(now.options.find((o) => o.id === row.id)?.status);
      expect(row.changed).toBe(row.before !== row.now);
    }
    expect(ruleSetsThenAndNow(before, now).map((s) => s.id)).toEqual(['NL', 'UA', 'HUB']);
  });

  it('reports options that appear and disappear, and no earlier rules at all', () => {
    const now = { options: [{ id: 'A', title: 'a', kind: 'stay', status: 'eligible', reasons: [] }] } as never;
    const before = { options: [{ id: 'B', title: 'b', kind: 'stay', status: 'maybe', reasons: [] }] } as never;
    expect(thenAndNow(before, now).map((r) => [r.id, r.before, r.now, r.changed])).toEqual([
      ['A', null, 'eligible', true],
      ['B', 'maybe', null, true],
    ]);
    expect(thenAndNow(null, now)[0]).toMatchObject({ before: null, now: 'eligible', changed: true });
  });
});

describe('POST /[lang]/restore', () => {
  const saved = process.env.PATHWAY_AS_OF;
  beforeEach(() => {
    process.env.PATHWAY_AS_OF = '2026-11-28';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PATHWAY_AS_OF;
    else process.env.PATHWAY_AS_OF = saved;
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    restore(new NextRequest('http://127.0.0.1:3100/uk/restore', { method: 'POST', body, headers }), { params: Promise.resolve({ lang: 'uk' }) });

  it('stores valid answers in the answers cookie and names the "what changed" page', async () => {
    const fragment = encodeHandover({ asOf: '2026-10-28', answers: P01 });
    const response = await post(JSON.stringify({ fragment }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ next: '/uk/open/2026-10-28' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${ANSWERS_COOKIE}=`);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(JSON.parse(decodeURIComponent(cookie.split(';')[0]!.split('=').slice(1).join('=')))).toEqual(P01);
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses damaged links, links from the future, other content types and cross-site posts', async () => {
    expect((await post(JSON.stringify({ fragment: 'nonsense' }))).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ fragment: encodeHandover({ asOf: '2026-12-01', answers: P01 }) }))).status).toBe(400);
    const fragment = encodeHandover({ asOf: '2026-10-28', answers: P01 });
    expect((await post(`fragment=${fragment}`, { 'content-type': 'text/plain' })).status).toBe(415);
    // A post from another site never reaches the route: the proxy refuses it.
    const crossSite = new NextRequest('http://127.0.0.1:3100/uk/restore', { method: 'POST', body: JSON.stringify({ fragment }), headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } });
    expect(proxy(crossSite).status).toBe(403);
    for (const r of [await post(JSON.stringify({ fragment: 'nonsense' }))]) expect(r.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a link whose answers the forms would refuse today (an arrival after today, a birth in 1900) and stores nothing', async () => {
    for (const answers of [
      { ...P01, arrivalDate: '2027-01-15' },
      { ...P01, birthDate: '1900-06-01' },
      { ...P01, monthlyGrossIncome: 1450.5 },
    ] as Facts[]) {
      const fragment = encodeHandover({ asOf: '2026-10-28', answers });
      const response = await post(JSON.stringify({ fragment }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'invalid' });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });
});

describe('POST /[lang]/restore on a device that holds other answers (issue 20)', () => {
  beforeEach(() => {
    vi.stubEnv('PATHWAY_AS_OF', '2026-11-28');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const MINE = { hostCountry: 'PL', sex: 'male' } as const;
  const fragment = encodeHandover({ asOf: '2026-10-28', answers: P01 });
  const cookie = (answers: Facts) => `${ANSWERS_COOKIE}=${encodeURIComponent(JSON.stringify(answers))}`;
  const json = (body: object, answers: Facts | null = MINE) =>
    restore(
      new NextRequest('http://127.0.0.1:3100/en/restore', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(answers ? { cookie: cookie(answers) } : {}) },
      }),
      { params: Promise.resolve({ lang: 'en' }) },
    );
  const form = (fields: Record<string, string>, answers: Facts | null = MINE) =>
    restore(
      new NextRequest('http://127.0.0.1:3100/en/restore', {
        method: 'POST',
        body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(answers ? { cookie: cookie(answers) } : {}) },
      }),
      { params: Promise.resolve({ lang: 'en' }) },
    );

  it('asks first, and writes nothing', async () => {
    const response = await json({ fragment });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ ask: true });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('opens the link\'s answers when asked to, or keeps the device\'s', async () => {
    const link = await json({ fragment, choice: 'link' });
    expect(await link.json()).toEqual({ next: '/en/open/2026-10-28' });
    expect(decodeURIComponent(link.headers.get('set-cookie')!.split(';')[0]!.split('=').slice(1).join('='))).toBe(JSON.stringify(P01));
    const mine = await json({ fragment, choice: 'mine' });
    expect(await mine.json()).toEqual({ next: '/en/results' });
    expect(mine.headers.get('set-cookie')).toBeNull();
  });

  it('opens at once on a device without answers, or with the same ones', async () => {
    expect(await (await json({ fragment }, null)).json()).toEqual({ next: '/en/open/2026-10-28' });
    expect(await (await json({ fragment }, P01)).json()).toEqual({ next: '/en/open/2026-10-28' });
  });

  it('without JavaScript: the question is a page of its own, and its buttons are plain form posts', async () => {
    const page = await form({ fragment });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('set-cookie')).toBeNull();
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Open the answers from this link?</h1>');
    expect(html).toContain('<p>This device already holds other answers. Do you want to keep your answers, or open the answers from the link? The answers from the link then replace yours on this device.</p>');
    expect(html).toContain(`<input type="hidden" name="fragment" value="${fragment}">`);
    expect(html).toContain('<button type="submit" name="choice" value="mine">Keep my answers</button>');
    expect(html).toContain('<button type="submit" name="choice" value="link">Open the answers from the link</button>');
    expect(html).not.toMatch(/<script/i);

    const link = await form({ fragment, choice: 'link' });
    expect(link.status).toBe(303);
    expect(link.headers.get('location')).toBe('/en/open/2026-10-28');
    expect(link.headers.get('set-cookie')).toContain(`${ANSWERS_COOKIE}=`);
    const mine = await form({ fragment, choice: 'mine' });
    expect(mine.status).toBe(303);
    expect(mine.headers.get('location')).toBe('/en/results');
    expect(mine.headers.get('set-cookie')).toBeNull();

    const broken = await form({ fragment: 'nonsense', choice: 'link' });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('<h1>Open a saved result</h1>');
  });
});

describe('the browser form of a hand-over link (no deflate)', () => {
  it('opens to the same answers and date as the deflated one', async () => {
    const { packHandover } = await import('../../lib/handover-format');
    const data = { asOf: '2026-11-28', answers: { hostCountry: 'NL', birthDate: '1988-02-14', sex: 'female', childrenInHost: 2 } } as const;
    const plain = packHandover(data, null);
    expect(plain.startsWith('1b')).toBe(true);
    expect(decodeHandover(plain)).toEqual(decodeHandover(encodeHandover(data)));
  });
});
