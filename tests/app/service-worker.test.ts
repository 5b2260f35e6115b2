import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../locales';

/**
 * The service worker (app/sw.ts) makes a notice for a page that needs the
 * network when the device keeps nothing to stand in for it; the build route
 * (app/serwist/[path]/route.ts) tells each language's texts chunk by the same
 * text. Both import interview.offlineUnavailable of every language from the
 * texts (no copy to keep equal by hand): a new language must be added there.
 */
describe('the service worker’s offline notice', () => {
  for (const file of ['app/sw.ts', 'app/serwist/[path]/route.ts']) {
    it(`${file} takes it from the texts of every language`, () => {
      const source = readFileSync(path.resolve(__dirname, '../..', file), 'utf8');
      for (const lang of LANGUAGES) {
        expect(source, lang).toMatch(new RegExp(`import \\{ offlineUnavailable as ${lang} \\} from '(?:\\.\\./)+locales/${lang}/interview\\.json';`));
      }
    });
  }
});
