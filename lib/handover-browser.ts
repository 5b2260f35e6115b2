/**
 * A hand-over fragment read in the browser, for a link opened without
 * network (the interview engine, components/app/engine.tsx): the same
 * reader as the server's (lib/handover.ts), with the browser's own
 * deflate-raw in place of node:zlib. The browser inflates asynchronously,
 * so the bytes are inflated first and then handed to the shared reader.
 */
import { fromBase64Url, HandoverError, MAX_BYTES, MAX_FRAGMENT_LENGTH, unpackHandover, type HandoverData } from './handover-format';

/** deflate-raw undone, stopping as soon as the output would pass `maxOutputLength`. */
async function inflateRaw(bytes: Uint8Array, maxOutputLength: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxOutputLength) {
      await reader.cancel();
      throw new HandoverError('wrong length');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The date and answers of a fragment (with or without `#`), or null for anything damaged or invalid. */
export async function decodeHandoverInBrowser(fragment: string): Promise<HandoverData | null> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_LENGTH) return null;
  let inflated: Uint8Array | null = null;
  if (text[0] === '1' && text[1] === 'z') {
    try {
      inflated = await inflateRaw(fromBase64Url(text.slice(2)), MAX_BYTES);
    } catch {
      return null;
    }
  }
  try {
    return unpackHandover(text, () => {
      if (!inflated) throw new HandoverError('unreadable');
      return inflated;
    });
  } catch {
    return null;
  }
}
