/**
 * Where the hand-over link and its QR code point (issue 20, item 5;
 * docs/adr/0021-the-answers-cookie-and-the-public-origin.md).
 *
 * PATHWAY_PUBLIC_ORIGIN when it is set (the production server does not start
 * without it: server/preload.cjs). Otherwise only a Host on this very
 * machine (`next dev`, a local run): the link then points to where the
 * person already is. `Host` and `X-Forwarded-Host` are never trusted for
 * any other name: `X-Forwarded-Host: evil.example` would put another site in
 * the link. Without an origin the link is printed as a path and no QR code
 * is drawn (a phone cannot open a path).
 */
import { configuredOrigin as fromEnv, isLoopback } from '../server/public-origin.cjs';

export function configuredOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  return fromEnv(env);
}

export function linkOrigin(headers: { get(name: string): string | null }, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const configured = fromEnv(env);
  if (configured) return configured;
  const host = headers.get('host')?.trim().toLowerCase() ?? '';
  const match = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/.exec(host);
  return match && isLoopback(match[1]!) ? `http://${host}` : null;
}
