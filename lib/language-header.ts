/** The request header in which proxy.ts passes the address's page language (or '') to the global 404 page. */
export const LANGUAGE_HEADER = 'x-pathway-lang';
