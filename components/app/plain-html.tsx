'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { drawPlainHtml } from '../../lib/plain-html';

/**
 * The HTML the browser last received for each view, from the page itself:
 * when the framework's router shows this page again from its own cache
 * (Back after a framework link), the component mounts anew in the browser
 * and has only its input, not the HTML.
 */
const received = new Map<string, { input: string; html: string }>();

/**
 * A long view as plain HTML (lib/plain-html.ts, ADR 12). On the server it
 * draws the view from `input` with the drawer the page registered; in the
 * browser it keeps the HTML the server sent, untouched: React does not
 * compare or rewrite `dangerouslySetInnerHTML` when it hydrates.
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
    if (el && el.innerHTML !== '') received.set(view, { input: key, html: el.innerHTML });
  }, [view, key]);

  return <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
