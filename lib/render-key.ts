/**
 * A key for what a page shows, small enough for the page's first scripts
 * (no rules, no machine): the server draws it on the page, the interview
 * engine compares its own.
 */
import type { Facts } from '../rules';
import { encodeHubMode, type HubMode } from './hub-languages';

/**
 * What a page was drawn for: its address, hub mode and the answers. The
 * server puts it on the page; the engine in the browser draws the page again
 * when its own key differs (an offline copy of another page, answers changed
 * in another tab).
 */
export function renderKey(path: string, answers: Facts, hub: HubMode | null): string {
  return `${path}|${hub ? encodeHubMode(hub) : ''}|${JSON.stringify(answers)}`;
}

/** The parts of a render key: the address, hub mode ('' when off) and the answers as JSON. */
export function parseRenderKey(key: string): { path: string; hub: string; answers: string } {
  const first = key.indexOf('|');
  const second = key.indexOf('|', first + 1);
  return { path: key.slice(0, first), hub: key.slice(first + 1, second), answers: key.slice(second + 1) };
}
