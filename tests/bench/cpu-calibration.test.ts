import { describe, expect, it } from 'vitest';
import { calibratedCpuMultiplier } from '../../scripts/bench/cpu-calibration';

// The bench judges Lighthouse performance with the CPU slowdown that
// Lighthouse's own calculator gives for the host; these are its anchor points.
describe('Lighthouse CPU slowdown calibrated to the host', () => {
  it.each([
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [1999, 6],
  ])('benchmarkIndex %d gives %d×', (index, multiplier) => {
    expect(calibratedCpuMultiplier(index)).toBeCloseTo(multiplier, 2);
  });

  it('interpolates between the anchors', () => {
    expect(calibratedCpuMultiplier(1050)).toBeCloseTo(2.5, 5);
    expect(calibratedCpuMultiplier(475)).toBeCloseTo(1.5, 5);
  });

  it('never gives the default 4× to a host slower than Lighthouse assumes', () => {
    for (let index = 150; index < 1533; index += 7) expect(calibratedCpuMultiplier(index)!).toBeLessThan(4);
  });

  it('declines a host too slow to emulate the phone, or no index at all', () => {
    expect(calibratedCpuMultiplier(149)).toBeNull();
    expect(calibratedCpuMultiplier(Number.NaN)).toBeNull();
  });
});
