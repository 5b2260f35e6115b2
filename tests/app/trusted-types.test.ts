import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { SW_URL } from '../../components/app/offline';
import { TRUSTED_TYPES_SCRIPT } from '../../lib/trusted-types';
import { proxy } from '../../proxy';

/** The page's Trusted Types policy (lib/trusted-types.ts), run against a stand-in for the browser's API. */
function policyOf(origin = 'https://pathway.example') {
  let created: { name: string; rules: Record<string, (input: string) => string> } | null = null;
  const window = {
    trustedTypes: {
      defaultPolicy: null,
      createPolicy: (name: string, rules: Record<string, (input: string) => string>) => (created = { name, rules }),
    },
  };
  const location = { origin, href: `${origin}/en/q/sex` };
  new Function('window', 'location', TRUSTED_TYPES_SCRIPT)(window, location);
  return created as unknown as { name: string; rules: Record<string, (input: string) => string> };
}

describe('Trusted Types', () => {
  it('are required by the page CSP, with the one default policy', () => {
    const csp = proxy(new NextRequest('http://127.0.0.1:3100/en')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain('trusted-types default nextjs');
  });

  it('the default policy lets scripts load only from this build (and the service worker), unchanged', () => {
    const { name, rules } = policyOf();
    expect(name).toBe('default');
    expect(rules.createScriptURL!('/_next/static/chunks/1d-3ziz_810o8.js')).toBe('/_next/static/chunks/1d-3ziz_810o8.js');
    expect(rules.createScriptURL!('https://pathway.example/_next/static/chunks/a.js')).toBe('https://pathway.example/_next/static/chunks/a.js');
    expect(rules.createScriptURL!(SW_URL)).toBe('/serwist/sw.js');
    for (const url of ['/sw.js', '/serwist/x.js', 'https://evil.example/x.js', '//evil.example/_next/static/x.js', '/api/x.js', 'data:text/javascript,alert(1)', 'javascript:alert(1)']) {
      expect(() => rules.createScriptURL!(url), url).toThrow(/refused/);
    }
    expect(rules.createScript).toBeUndefined();
    expect(rules.createHTML!('<p>x</p>')).toBe('<p>x</p>');
  });
});
