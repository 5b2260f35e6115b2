/**
 * Long views drawn on the server as plain HTML (ADR 11), handed from the
 * page's server component to the server's HTML pass without passing through
 * the page's component payload (ADR 12).
 *
 * The App Router sends every prop of the page's tree to the browser in that
 * payload, inline in the page, so a 100 kB string of HTML given to a `<div>`
 * reaches the phone twice and is parsed twice. Instead the server component
 * gives the client component `PlainHtml` (client.tsx) the
 * few facts the view is drawn from; when the server renders the HTML, that
 * component draws the view with the drawer registered here. In the browser
 * it keeps the server's HTML as it is.
 *
 * The registry is a table of functions, one per view, filled when the page's
 * module loads: it holds nothing of any request, so the server stays
 * stateless (ADR 2, ADR 9). It lives on `globalThis` because the server
 * components and the client components' server pass are separate module
 * graphs of the same process.
 */
type Draw = (input: unknown) => string;

/** A view's drawer, and what to show instead when it fails. */
interface Drawers {
  draw: Draw;
  failed: Draw;
}

const VIEWS = Symbol.for('pathway.plainHtmlViews');
type Holder = { [VIEWS]?: Map<string, Drawers> };

function views(): Map<string, Drawers> {
  const holder = globalThis as Holder;
  holder[VIEWS] ??= new Map();
  return holder[VIEWS];
}

/**
 * Makes `draw` the drawer of the view `name` in this process (the last
 * registration wins: a reloaded module). `failed` draws what the person sees
 * when `draw` throws, in their language: in the HTML pass an error cannot
 * reach the page's error boundary, and the page would be empty.
 */
export function registerPlainHtml<Input>(name: string, draw: (input: Input) => string, failed: (input: Input) => string): void {
  views().set(name, { draw: draw as Draw, failed: failed as Draw });
}

/**
 * The HTML of the view `name` for `input`. When the drawer throws, the
 * view's failure notice, and one line on the server's error output that
 * names the view and where it failed, never the input or the error's
 * message (they may hold answers: ADR 2). Throws when no drawer is
 * registered (the page's module was not loaded in this process).
 */
export function drawPlainHtml(name: string, input: unknown): string {
  const drawers = views().get(name);
  if (!drawers) throw new Error(`plain-html: no drawer for the view "${name}" in this process`);
  try {
    return drawers.draw(input);
  } catch (error) {
    console.error(`plain-html: the view "${name}" could not be drawn: ${describeFailure(error)}`);
    return drawers.failed(input);
  }
}

/** The error's kind and the first frames of its stack, without its message. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 3)
    .map((line) => line.trim());
  return [error.name, ...frames].join(' ');
}
