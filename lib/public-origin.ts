/**
 * The site's public origin, as configured with PATHWAY_PUBLIC_ORIGIN
 * (`https://pathway.example`), or null when it is not set or not an origin.
 */
export function configuredOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const configured = env.PATHWAY_PUBLIC_ORIGIN?.trim().replace(/\/$/, '');
  return configured && /^https?:\/\/[^/\s?#@]+$/.test(configured) ? configured : null;
}
