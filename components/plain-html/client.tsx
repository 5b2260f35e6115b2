'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { drawPlainHtml } from './registry';

/**
 * The HTML this document received for each view, read from the page when it
 * hydrated: when the framework's router draws the page again from its own
 * cache (Back after a framework link), the element mounts anew with its
 * input only.
 */
const received = new Map<string, { input: string; html: string }>();

/**
 * A long view as plain HTML (registry.ts, ADR 12). On the server it
 * draws the view from `input` with the drawer the page registered; in the
 * browser it keeps the HTML the server sent, untouched: React does not
 * compare or rewrite `dangerouslySetInnerHTML` when it hydrates.
 *
 * The browser cannot draw the view itself. When the router draws a page
 * this document never received (a framework link to it), the element mounts
 * empty, and the page is loaded from the server instead.
 */
export function PlainHtml({ view, input }: { view: string; input: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(input);
  // Fixed for the life of the element: after hydration a later render must
  // not write the HTML again ('' stays '', so React leaves the DOM alone).
  const [html] = useState(() => {
    if (typeof window === 'undefined') return drawPlainHtml(view, input);
    const kept = received.get(view);
    return kept && kept.input === key ? kept.html : '';
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.innerHTML !== '') received.set(view, { input: key, html: el.innerHTML });
    else if (!reloadedHere()) window.location.reload();
  }, [view, key]);

  return <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}

/** Whether this document is already a reload of this address: its view came empty from the server too, and another reload would loop. */
function reloadedHere(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const withoutHash = (url: string) => url.split('#')[0];
  return entry?.type === 'reload' && withoutHash(entry.name) === withoutHash(window.location.href);
}
