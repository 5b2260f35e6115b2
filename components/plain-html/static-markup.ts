import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type RenderToStaticMarkup = (element: ReactElement) => string;

/**
 * React's HTML renderer from node_modules, loaded by Node itself. A
 * server component cannot import `react-dom/server` (the bundler gives it
 * React's server-component build, which has none), so the module is
 * required at run time, with Node's own resolution, from the app's folder
 * (the standalone build copies it there: next.config.js,
 * outputFileTracingIncludes).
 */
const RENDERER = ['react-dom', 'server.node'].join('/');
let render: RenderToStaticMarkup | null = null;

/**
 * A view that holds no client component, as plain HTML. For a long page
 * that the browser never updates in place, such as the results (about 860
 * elements), the App Router would otherwise serialise every element into
 * the page's component payload, render the HTML from that payload, and make
 * the phone hydrate every element again: three passes over the page where
 * the HTML is one (docs/adr/0011-long-pages-as-plain-html.md).
 */
export function staticMarkup(element: ReactElement): string {
  render ??= loadRenderer();
  return render(element);
}

/**
 * From the folder the server runs in, else from the server's own script
 * (`next start` or the standalone `server.js` started from another folder).
 */
function loadRenderer(): RenderToStaticMarkup {
  const bases = [process.cwd(), path.dirname(process.argv[1] ?? process.cwd())];
  for (const base of bases) {
    try {
      const load = createRequire(path.join(base, 'package.json'));
      return (load(RENDERER) as { renderToStaticMarkup: RenderToStaticMarkup }).renderToStaticMarkup;
    } catch {
      // Not there: try the next folder.
    }
  }
  throw new Error(`plain-html: ${RENDERER} is not installed beside the server (looked from ${bases.join(', ')})`);
}
