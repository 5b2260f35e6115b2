import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../locales';
import { getT } from '../../lib/i18n';

/**
 * The service worker (public/sw.js) cannot read the text files: the notice it
 * makes for a page that needs the network, when the device keeps nothing to
 * stand in for it, carries interview.offlineUnavailable of each language, and
 * must say the same as the pages do.
 */
describe('the service worker’s offline notice', () => {
  const sw = readFileSync(path.resolve(__dirname, '../../public/sw.js'), 'utf8');
  it('says what the pages say, in every language', () => {
    for (const lang of LANGUAGES) {
      const text = getT(lang)('interview:offlineUnavailable');
      expect(sw, lang).toContain(`${lang}: '${text}'`);
    }
  });
});
