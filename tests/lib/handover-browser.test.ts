/**
 * A hand-over link opened without network is read in the browser
 * (lib/handover-browser.ts, with the browser's deflate-raw): it must read
 * every link exactly as the server's reader does, and refuse what it refuses.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHandoverInBrowser } from '../../lib/handover-browser';
import { encodeHandover, handoverPathWith, toBase64Url, tryDecodeHandover } from '../../lib/handover';
import { answersWithHostArb, asOfArb } from '../support/arbitraries';

describe('a hand-over link read in the browser', () => {
  it('reads deflated (server-made) and plain (browser-made) links as the server does', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithHostArb, asOfArb, async (answers, asOf) => {
        const deflated = encodeHandover({ asOf, answers });
        const plain = handoverPathWith('en', { asOf, answers }, null).split('#')[1]!;
        expect(plain.startsWith('1b')).toBe(true);
        expect(await decodeHandoverInBrowser(deflated)).toEqual({ asOf, answers });
        expect(await decodeHandoverInBrowser(`#${plain}`)).toEqual({ asOf, answers });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a damaged link wherever the server does, and reads it wherever the server does', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithHostArb, asOfArb, fc.nat(), fc.constantFrom(...'AZaz09-_xq'), async (answers, asOf, at, ch) => {
        const fragment = encodeHandover({ asOf, answers });
        const i = at % fragment.length;
        const damaged = fragment.slice(0, i) + ch + fragment.slice(i + 1);
        expect(await decodeHandoverInBrowser(damaged)).toEqual(tryDecodeHandover(damaged));
      }),
      { numRuns: 400 },
    );
  });

  it('stops inflating at the size limit (a small link that would unpack to 100 kB is refused)', async () => {
    const bomb = `1z${toBase64Url(deflateRawSync(new Uint8Array(100_000)))}`;
    expect(bomb.length).toBeLessThan(2048);
    expect(tryDecodeHandover(bomb)).toBeNull();
    expect(await decodeHandoverInBrowser(bomb)).toBeNull();
  });

  it('refuses what is not a link at all', async () => {
    for (const text of ['', '#', '1z', '2bAAAA', '1b!!!!', 'x'.repeat(3000), `1z${'A'.repeat(40)}`]) {
      expect(await decodeHandoverInBrowser(text)).toBeNull();
    }
  });
});
