/**
 * Runs `work` once the page has settled: at the person's first touch, click,
 * key or focus, or a few seconds after the page has loaded when the browser
 * is idle, whichever comes first. The first paint and the first tap of a
 * cheap phone are never kept waiting by work that can come later (loading
 * the interview engine, keeping the offline copy). Returns a cancel function.
 */
const AFTER_LOAD_MS = 5000;
const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

export function whenSettled(work: () => void): () => void {
  let done = false;
  let timer: number | undefined;
  let idle: number | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    work();
  };
  const onLoad = () => {
    timer = window.setTimeout(() => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 0);
    }, AFTER_LOAD_MS);
  };
  function cancel() {
    for (const type of INTERACTIONS) window.removeEventListener(type, run, true);
    window.removeEventListener('load', onLoad);
    if (timer !== undefined) window.clearTimeout(timer);
    if (idle !== undefined) {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    }
  }
  for (const type of INTERACTIONS) window.addEventListener(type, run, { capture: true, passive: true, once: true });
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
  return () => {
    done = true;
    cancel();
  };
}

/** The person asked the browser to save data (Save-Data, "Lite mode"): nothing optional is fetched. */
export function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
