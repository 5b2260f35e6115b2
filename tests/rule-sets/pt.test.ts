/**
 * Portugal, and the boundary every member state of contract version 2 in this
 * group shares (PT, HU, SI, LU, GR, CY, MT): temporary protection to
 * 4 March 2027 under the last confirmed EU decision; after that day the
 * reported 2028 extension is unconfirmed and overdue (ADR 14), so the option
 * reads "maybe", never "not eligible", with a check warning. The personas are
 * JSON cases in tests/fixtures/cases/<cc>/.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePerson, type HostCountry } from '../../rules';
import { noteKeys, option, reason } from './support';

const MEMBER_STATES = ['PT', 'HU', 'SI', 'LU', 'GR', 'CY', 'MT'] as const satisfies readonly HostCountry[];

describe.each(MEMBER_STATES.map((cc) => [cc]))('%s: temporary protection around 4 March 2027', (cc) => {
  const holder = { hostCountry: cc, currentStatus: 'temporary-protection' } as const;
  const id = `${cc}.temporary-protection`;

  it.each([
    ['2026-12-06', 'eligible', 'met'],
    ['2027-03-04', 'eligible', 'met'],
    ['2027-03-05', 'maybe', 'unknown'],
  ] as const)('on %s: %s (the end date %s)', (asOf, status, endDate) => {
    const tp = option(holder, id, asOf);
    expect(tp.status).toBe(status);
    expect(tp.deadline).toBe('2027-03-04');
    expect(reason(tp, 'before-tp-end')?.result).toBe(endDate);
    expect(tp.warnings.map((w) => w.type)).toContain('overdue');
  });

  it('is not the route for someone with another permit, and maybe when the status is unknown', () => {
    expect(option({ ...holder, currentStatus: 'other-permit' }, id, '2026-12-06').status).toBe('not-eligible');
    expect(option({ ...holder, currentStatus: 'unknown' }, id, '2026-12-06').status).toBe('maybe');
    expect(option({ ...holder, currentStatus: 'no-status' }, id, '2026-12-06').status).toBe('eligible');
  });

  it('says that the national act for 2027 is not confirmed on an official page', () => {
    expect(noteKeys(option(holder, id, '2026-12-06'))).toContain('national-extension-unconfirmed');
  });

  it('shows the EU note on exit permits to men aged 23 to 60 only', () => {
    const man = (birthDate: string) => noteKeys(option({ ...holder, sex: 'male', birthDate }, id, '2026-12-06'));
    expect(man('1965-12-07')).toContain('eu-men-exit-permit');
    expect(man('1965-12-06')).not.toContain('eu-men-exit-permit');
    expect(man('2003-12-06')).toContain('eu-men-exit-permit');
    expect(man('2003-12-07')).not.toContain('eu-men-exit-permit');
  });

  it('starts with the EU decision of 15 July 2025', () => {
    expect(evaluatePerson(holder, '2025-07-14').absent).toContain(cc);
    expect(evaluatePerson(holder, '2025-07-15').absent).not.toContain(cc);
  });
});
