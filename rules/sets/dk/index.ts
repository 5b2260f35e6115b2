import v20220316 from './2022-03-16';
import v20260318 from './2026-03-18';
import v20260625 from './2026-06-25';
import v20261206 from './2026-12-06';

/**
 * Every version of the Danish rule set, oldest first. 2026-03-18 is a
 * correction written on 6 December 2026 (permits beyond 17 March 2026 not
 * confirmed, absences, contact, the EU temporary-protection option);
 * 2026-06-25 and 2026-12-06 are the bill, the later one restating the earlier
 * with its dates (ADR 14).
 */
export default [v20220316, v20260318, v20260625, v20261206];
