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
  if (!render) {
    const load = createRequire(path.join(process.cwd(), 'package.json'));
    render = (load(RENDERER) as { renderToStaticMarkup: RenderToStaticMarkup }).renderToStaticMarkup;
  }
  return render(element);
}
