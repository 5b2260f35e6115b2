/** Types of public-origin.cjs. */
export function configuredOrigin(env: Readonly<Record<string, string | undefined>>): string | null;
export function isLoopback(hostname: string): boolean;
