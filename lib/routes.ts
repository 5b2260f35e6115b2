/**
 * What proxy.ts knows about the app's addresses, before any page runs: the
 * form routes (the only addresses a POST may go to), the one cross-site
 * check for every POST, and the addresses inside a language that are sure to
 * be "not found" (so that the proxy sends them to the server-rendered 404
 * page: a page that calls notFound() itself is blank without JavaScript,
 * docs/adr/0005-not-found-pages.md). Pure: unit-tested in tests/app/routes.test.ts.
 */
import { isIsoDate, REGISTRY } from '../rules';
import { isLanguage, type Language } from '../locales/languages';

/** The route handlers that take a form post, by their last path segment (app/[lang]/<name>/route.ts). */
const FORM_ROUTES = ['answer', 'clear', 'exit', 'hub-mode', 'next-client', 'restore'] as const;
export type FormRoute = (typeof FORM_ROUTES)[number];

/** Form routes that also answer GET: the quick exit is a plain link. */
const FORM_ROUTES_WITH_GET: readonly FormRoute[] = ['exit'];

/** `/en/answer` → { lang: 'en', route: 'answer' }; null for any other address (also `/EN/answer`). */
export function formRoute(path: string): { lang: Language; route: FormRoute } | null {
  const match = /^\/([a-z]{2})\/([a-z-]+)\/?$/.exec(path);
  if (!match || !isLanguage(match[1]) || !(FORM_ROUTES as readonly string[]).includes(match[2]!)) return null;
  return { lang: match[1], route: match[2] as FormRoute };
}

/** Whether a GET (or HEAD) to this form route has no page to answer with: 405. */
export function formOnly(route: FormRoute): boolean {
  return !FORM_ROUTES_WITH_GET.includes(route);
}

/**
 * The first path segment is a page language in other letters (`/EN`, `/Uk/q/sex`):
 * that language, for its 404 page. Such an address is not one of ours.
 */
export function miscasedLanguage(path: string): Language | null {
  const first = path.split('/')[1] ?? '';
  const lower = first.toLowerCase();
  return first !== lower && isLanguage(lower) ? lower : null;
}

/** `set` → the versions in the registry (lowercase path segments, as the rule book links them). */
const RULE_BOOK: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const sets = new Map<string, Set<string>>();
  for (const set of REGISTRY) {
    const id = set.id.toLowerCase();
    if (!sets.has(id)) sets.set(id, new Set());
    sets.get(id)!.add(set.version);
  }
  return sets;
})();

/**
 * The language of an address inside a language whose page is sure not to
 * exist: a rule set or version not in the registry, a "what changed" date
 * that is not a real date or is after today, or a language in capitals.
 * Null for every other address (the pages decide, or no route matches and
 * the global 404 answers).
 */
export function notFoundLanguage(path: string, asOf: string): Language | null {
  const miscased = miscasedLanguage(path);
  if (miscased) return miscased;
  const segments = path.replace(/\/$/, '').split('/').slice(1);
  const [lang, section, a, b, ...rest] = segments;
  if (!isLanguage(lang)) return null;
  if (section === 'rules' && a !== undefined && rest.length === 0) {
    const versions = RULE_BOOK.get(a);
    if (!versions || a !== a.toLowerCase()) return lang;
    if (b !== undefined && !versions.has(b)) return lang;
    return null;
  }
  if (section === 'open' && a !== undefined && b === undefined) {
    return isIsoDate(a) && a <= asOf ? null : lang;
  }
  return null;
}

// ---------------------------------------------------------------------------
// The cross-site guard

/** The origin of a Referer, or null when it is not a URL. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Whether an origin (`https://host:port`) is this site: the configured public origin, or the host the request was sent to. */
function isOwnOrigin(origin: string, host: string | null, publicOrigin: string | null): boolean {
  if (publicOrigin && origin === publicOrigin) return true;
  try {
    return host !== null && new URL(origin).host === host.trim().toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Whether a POST comes from another site (and must change nothing): the one
 * guard for every form route, in proxy.ts.
 *
 * - `Sec-Fetch-Site` (every current browser) must say `same-origin` (or
 *   `none`: the person's own action, such as resubmitting). `same-site`
 *   (a sibling subdomain) and `cross-site` are refused.
 * - `Origin`, when sent, must be this site; `null` (a sandboxed frame, or a
 *   page that hides its origin) is refused unless the browser said
 *   same-origin above.
 * - Without `Origin` (older Safari and WebViews send neither header on some
 *   posts), the `Referer` must be this site when there is one. The site's
 *   own pages send it to the site itself (Referrer-Policy: same-origin).
 * - A post with none of the three comes from no browser page at all (a
 *   script or a tool, which holds no one's answers): it goes through.
 */
export function isCrossSite(get: (name: string) => string | null, publicOrigin: string | null): boolean {
  const site = get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const host = get('host');
  const origin = get('origin');
  if (origin !== null) {
    if (origin === 'null') return site !== 'same-origin';
    return !isOwnOrigin(origin, host, publicOrigin);
  }
  const referer = get('referer');
  if (referer !== null) {
    const from = originOf(referer);
    return from === null || !isOwnOrigin(from, host, publicOrigin);
  }
  return false;
}

