/**
 * The hand-over link on the server: the pure format (lib/handover-format.ts)
 * with node:zlib's deflate-raw, and the public origin of the link.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { HandoverError, handoverPathWith, packHandover, unpackHandover, type HandoverData } from './handover-format';

export * from './handover-format';

const deflate = (bytes: Uint8Array): Uint8Array => deflateRawSync(bytes, { level: 9 });
const inflate = (bytes: Uint8Array, maxOutputLength: number): Uint8Array => {
  try {
    return inflateRawSync(bytes, { maxOutputLength });
  } catch {
    throw new HandoverError('unreadable');
  }
};

/** The answers and the date as the fragment text (no `#`), deflated when that is shorter. */
export function encodeHandover(data: HandoverData): string {
  return packHandover(data, deflate);
}

/**
 * Reads a fragment (with or without its `#`) back into the date and the
 * answers. Anything damaged, tampered with or invalid under the facts schema
 * throws a HandoverError; nothing else is thrown.
 */
export function decodeHandover(fragment: string): HandoverData {
  return unpackHandover(fragment, inflate);
}

/** Like decodeHandover, but null instead of an error. */
export function tryDecodeHandover(fragment: unknown): HandoverData | null {
  if (typeof fragment !== 'string') return null;
  try {
    return decodeHandover(fragment);
  } catch {
    return null;
  }
}

/** The path of the landing page, with the fragment: `/uk/open#1z…`. */
export function handoverPath(lang: string, data: HandoverData): string {
  return handoverPathWith(lang, data, deflate);
}

export { linkOrigin as publicOrigin } from './public-origin';
