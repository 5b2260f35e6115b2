/**
 * Lighthouse's mobile profile slows the CPU by a fixed 4×, which turns a
 * high-end desktop (benchmarkIndex about 1500) into its reference mid-tier
 * phone. On a slower host the same 4× emulates a slower phone than intended,
 * and Lighthouse says so (a run warning below benchmarkIndex 1000). Its
 * throttling guide asks for the multiplier to be calibrated to the host's
 * benchmarkIndex, with the piecewise-linear mapping of its CPU throttling
 * calculator: https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#calibrating-the-cpu-slowdown
 * and https://lighthouse-cpu-throttling-calculator.vercel.app/ .
 *
 * The anchors below are that calculator's: an index of 150 needs no
 * slowdown, 800 needs 2×, 1300 needs 3×, and above 1300 each further 233
 * points add 1× (so 1533 gives Lighthouse's default 4×).
 */

/** Below this index Lighthouse's calculator declines: the host is too slow to emulate the phone. */
const SLOWEST_CALIBRATED_INDEX = 150;

const ANCHORS: readonly (readonly [index: number, multiplier: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
];
const INDEX_PER_STEP_ABOVE_1300 = 233;

/** The CPU slowdown that makes this host behave like Lighthouse's reference phone, or null if it cannot. */
export function calibratedCpuMultiplier(benchmarkIndex: number): number | null {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < SLOWEST_CALIBRATED_INDEX) return null;
  const [lastIndex, lastMultiplier] = ANCHORS[ANCHORS.length - 1]!;
  if (benchmarkIndex >= lastIndex) return lastMultiplier + (benchmarkIndex - lastIndex) / INDEX_PER_STEP_ABOVE_1300;
  for (let i = 1; i < ANCHORS.length; i++) {
    const [fromIndex, fromMultiplier] = ANCHORS[i - 1]!;
    const [toIndex, toMultiplier] = ANCHORS[i]!;
    if (benchmarkIndex < toIndex) {
      return fromMultiplier + ((benchmarkIndex - fromIndex) / (toIndex - fromIndex)) * (toMultiplier - fromMultiplier);
    }
  }
  return lastMultiplier;
}
