/**
 * The summary's own styles, rendered only on the summary page: a readable
 * document on screen, and in print an A4 page with 12 mm margins, body text
 * at 10 pt and sources at 8 pt (readable in a file), one column per
 * language, no header, footer, navigation or buttons, black on white, and a
 * running footer with the title, the date and the page number.
 */
export function SummaryStyles({ footer, columns, nonce }: { footer: string; columns: readonly number[]; nonce: string | undefined }) {
  const two = `minmax(0, ${columns[0] ?? 1}fr) minmax(0, ${columns[1] ?? 1}fr)`;
  const css = `
.sum { line-height: 1.4; }
.sum-h1 { font-size: 1.5rem; line-height: 1.2; font-weight: 700; }
.sum-h2 { font-size: 1.15rem; font-weight: 700; margin-top: 1.25rem; padding-bottom: .1rem; border-bottom: 2px solid #111; }
.sum-h3 { font-size: 1rem; font-weight: 700; line-height: 1.3; }
.sum-row { display: grid; grid-template-columns: minmax(0, 1fr); gap: .5rem 1.25rem; padding: .5rem 0; border-bottom: 1px solid #9ca3af; }
@media (min-width: 640px) { .sum-two { grid-template-columns: ${two}; } }
.sum-two > .sum-cell + .sum-cell { border-top: 1px dashed #9ca3af; padding-top: .5rem; }
@media (min-width: 640px) { .sum-two > .sum-cell + .sum-cell { border-top: 0; padding-top: 0; } }
.sum-cell > * + * { margin-top: .2rem; }
.sum-meta p + p { margin-top: .2rem; }
.sum-icon { display: inline-block; min-width: 1.15em; height: 1.15em; line-height: 1.05em; text-align: center; border: 1px solid currentColor; border-radius: 9999px; font-size: .8em; font-weight: 700; }
.sum-answers dl > div { display: inline; }
.sum-answers dt { display: inline; font-weight: 700; }
.sum-answers dd { display: inline; }
.sum-refs { white-space: nowrap; font-size: .9em; }
.sum-notes-for { font-size: .9em; }
.sum-notes { list-style: disc; padding-left: 1.2em; }
.sum-list { list-style: disc; padding-left: 1.2em; }
ol.sum-list { list-style: decimal; }
.sum-sources { list-style: none; margin-top: .5rem; font-size: .9rem; }
.sum-n { font-weight: 700; }
.sum-sources li + li { margin-top: .2rem; }
.sum-url { word-break: break-all; }
.sum-prepared { margin-top: .75rem; }
.sum-prepared-label { font-weight: 700; }
.sum-prepared-input { border: 2px solid #111; border-radius: .25rem; padding: .35rem .5rem; width: 100%; max-width: 22rem; }
.sum-prepared-hint { display: block; margin-top: .25rem; font-size: .875rem; color: #374151; }
.sum-disclaimer { margin-top: .35rem; }

@media print {
  @page {
    size: A4;
    margin: 10mm 10mm 12mm;
    @bottom-left { content: ${JSON.stringify(footer)}; font-size: 8pt; }
    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; }
  }
  body > header, body > footer, .skip-link { display: none !important; }
  main#main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .sum, .sum-one { font-size: 10pt; line-height: 1.1; }
  .sum-h1 { font-size: 11pt; }
  .sum-h2 { font-size: 10.5pt; margin-top: .8mm; border-bottom-width: 1pt; break-after: avoid; }
  .sum-h3 { font-size: 10pt; break-after: avoid; }
  .sum-row { padding: .3mm 0; gap: 0 3.5mm; border-bottom: .5pt solid #000; }
  .sum-two { grid-template-columns: ${two}; }
  .sum-two > .sum-cell + .sum-cell { border-top: 0; padding-top: 0; }
  .sum-cell > * + * { margin-top: .2mm; }
  .sum-refs, .sum-notes-for { font-size: 8pt; }
  .sum-list { padding-left: 1em; }
  .sum-prepared { margin-top: 1mm; }
  .sum-prepared:has(.sum-prepared-input:placeholder-shown) { display: none; }
  .sum-prepared-input { border: 0; padding: 0; font: inherit; font-weight: 700; width: 60%; }
  .sum-prepared-hint { display: none; }
  .sum-sources { font-size: 8pt; line-height: 1.08; margin-top: .8mm; }
  .sum-sources li { display: inline; }
  .sum-sources li + li { margin-top: 0; }
  .sum-sources li + li::before { content: "; "; }
}
`;
  return (
    // A plain <style> with the request's CSP nonce (proxy.ts): React's hoisted
    // `href`/`precedence` styles are written without one and would be blocked.
    <style nonce={nonce}>{css}</style>
  );
}
