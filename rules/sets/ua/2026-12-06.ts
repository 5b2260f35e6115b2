import type { Condition } from '../../schema/condition';
import { reviseRuleSet } from '../../schema/revise';
import previous from './2026-01-16';
import { UA_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issues 17 and 22), as changes to the
 * version of 16 January 2026:
 * - exit rules: the grounds the State Border Crossing Rules accept (point 2-6
 *   of Resolution No. 57 as amended), and that a deferment by itself is not
 *   one; official sources for the 18–22 rule;
 * - military registration of boys: in the year they turn 17, from 1 January
 *   to 31 July (Art. 14 of the Law on Military Duty), worked out from the
 *   birth date, with whether the period has passed;
 * - passports: which ones still count for travel, and where men can get one;
 * - pensions paid by Ukraine: the yearly identification by 31 December;
 * - eRecovery: not for homes in occupied territory (pointer to the voucher);
 *   the voucher's first stage (Resolution No. 1176); honest deadlines;
 * - dual citizenship: the law on an official page; the list of states as
 *   reported (unverified).
 *
 * Age notes quote the values of the LAST age leaf of their condition (the
 * evaluator merges the leaves' values, the last one wins); the `today` leaf
 * at the end of a registration note gives its `date`.
 */

const man: Condition = { kind: 'in', fact: 'sex', values: ['male'] };
const under18: Condition = { kind: 'age', op: 'lt', years: { value: 18 } };

/** Turns 17 in the year that ends on the parameter's date (age on 31 December is then 17). */
const turns17In = (yearEnd: string): Condition => ({ kind: 'age', op: 'eq', years: { value: 17 }, on: { param: yearEnd } });

/** A dated value for one calendar year. */
const inYear = (year: number, value: string, source: string) => ({
  value, validFrom: `${year}-01-01`, validTo: `${year}-12-31`, source, status: 'adopted' as const,
});

/** The home is in temporarily occupied territory, as the person says. */
const occupiedHome: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'housingInUkraine', values: ['occupied'] },
    { kind: 'in', fact: 'homeAreaOccupied', values: ['yes'] },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: UA_SOURCES_2026_12_06,
  parameters: {
    /** The same age, now cited to the Ministry of Internal Affairs' explanation on an official page. */
    exitBanFromAge: { values: [{ value: 23, validFrom: '2025-08-28', source: 'ua-rv-exit-18-22', status: 'adopted' }] },
    /**
     * The list of Resolution No. 1412 as re-read on 6 December 2026: only news
     * sites quoting the Government portal give it (zakon.rada.gov.ua was not
     * in the store), so unverified; no widening was found.
     */
    dualCitizenshipStates: {
      values: [{ value: ['CA', 'DE', 'PL', 'US', 'CZ'], validFrom: '2026-12-06', source: 's59', status: 'adopted', verification: 'unverified' }],
    },
    /**
     * Military registration of boys (Art. 14 of the Law on Military Duty):
     * every year from 1 January to 31 July, for those who turn 17 that year.
     * One value per calendar year; a reviewer adds the next year's each year.
     */
    conscriptRegistrationEnd: {
      unit: 'date',
      values: [inYear(2026, '2026-07-31', 'ua-buzhanska-article-14'), inYear(2027, '2027-07-31', 'ua-buzhanska-article-14')],
    },
    conscriptRegistrationYearEnd: {
      unit: 'date',
      values: [inYear(2026, '2026-12-31', 'ua-buzhanska-article-14'), inYear(2027, '2027-12-31', 'ua-buzhanska-article-14')],
    },
    /** The same for next year's period (the boys who turn 17 next year). */
    nextConscriptRegistrationEnd: {
      unit: 'date',
      values: [inYear(2026, '2027-07-31', 'ua-buzhanska-article-14'), inYear(2027, '2028-07-31', 'ua-buzhanska-article-14')],
    },
    nextConscriptRegistrationYearEnd: {
      unit: 'date',
      values: [inYear(2026, '2027-12-31', 'ua-buzhanska-article-14'), inYear(2027, '2028-12-31', 'ua-buzhanska-article-14')],
    },
    /**
     * Pensioners living abroad pass physical identification every year by
     * 31 December (Resolution No. 299 of 11 February 2025, as relayed by the
     * Donetsk regional state administration for the Pension Fund).
     */
    pensionIdentificationDeadline: {
      unit: 'date',
      values: [inYear(2026, '2026-12-31', 'ua-dn-pfu-identification'), inYear(2027, '2027-12-31', 'ua-dn-pfu-identification')],
    },
    /**
     * The lowest general old-age pension age (60, with at least 33 years of
     * insurance in 2026; else 63 or 65). Only news sites quoting the Pension
     * Fund give it: unverified. Used to decide to whom the identification is shown.
     */
    pensionAge: {
      unit: 'years',
      values: [{ value: 60, validFrom: '2026-01-01', source: 'ua-sud-pension-age', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {
    occupiedHome,
    /** 60 or older, or retired: the people to whom the yearly pension identification is shown. */
    pensionAgeOrRetired: {
      kind: 'any',
      of: [
        { kind: 'age', op: 'gte', years: { param: 'pensionAge' } },
        { kind: 'in', fact: 'employment', values: ['retired'] },
      ],
    },
  },
  options: {
    patch: {
      'UA.exit-rules': {
        sources: ['ua-rv-exit-18-22', 'ua-armyinform-border-rules', 'ua-mfa-latvia-faq', 'ua-buzhanska-article-14', 'ua-dpsu-students', 'ua-interfax-reserved', 'ua-tern-bar-1364', 'ua-focus-registration-fines', 'ua-rbc-reserve-plus-abroad', 's56', 's57'],
        verification: 'verified',
        notes: [
          { id: 'woman', when: { kind: 'in', fact: 'sex', values: ['female'] }, source: 's57' },
          { id: 'under-18', when: { kind: 'ref', name: 'boy' }, source: 'ua-rv-exit-18-22' },
          // Boys register for military service in the year they turn 17, 1 January to 31 July.
          {
            id: 'registration-open',
            action: true,
            when: {
              kind: 'all',
              of: [man, turns17In('conscriptRegistrationYearEnd'), { kind: 'today', op: 'onOrBefore', than: { param: 'conscriptRegistrationEnd' } }],
            },
            source: 'ua-buzhanska-article-14',
          },
          {
            id: 'registration-closed',
            action: true,
            when: {
              kind: 'all',
              of: [man, turns17In('conscriptRegistrationYearEnd'), { kind: 'today', op: 'after', than: { param: 'conscriptRegistrationEnd' } }],
            },
            source: 'ua-buzhanska-article-14',
          },
          {
            id: 'registration-next-year',
            action: true,
            when: {
              kind: 'all',
              of: [man, turns17In('nextConscriptRegistrationYearEnd'), { kind: 'today', op: 'onOrBefore', than: { param: 'nextConscriptRegistrationEnd' } }],
            },
            source: 'ua-buzhanska-article-14',
          },
          {
            // Turns 17 in two years or later: the 17th birthday is quoted.
            id: 'registration-later',
            when: { kind: 'all', of: [man, { kind: 'age', op: 'lt', years: { value: 17 }, on: { param: 'nextConscriptRegistrationYearEnd' } }] },
            source: 'ua-buzhanska-article-14',
          },
          {
            // Still under 18, but turned 17 in an earlier year: that year's period has passed.
            id: 'registration-earlier-year',
            action: true,
            when: {
              kind: 'all',
              of: [man, under18, { kind: 'age', op: 'gte', years: { value: 18 }, on: { param: 'conscriptRegistrationYearEnd' } }, { kind: 'age', op: 'gte', years: { value: 17 } }],
            },
            source: 'ua-buzhanska-article-14',
          },
          { id: 'age-18-22', when: { kind: 'ref', name: 'freeToLeave' }, source: 'ua-rv-exit-18-22' },
          { id: 'age-23-24', when: { kind: 'ref', name: 'exitBanNotMobilisable' }, source: 's57' },
          { id: 'age-25-60', when: { kind: 'ref', name: 'exitBanMobilisable' }, source: 's57' },
          {
            id: 'exemption',
            when: { kind: 'all', of: [{ kind: 'ref', name: 'underExitBan' }, { kind: 'in', fact: 'militaryExemption', values: ['exempt', 'deferment', 'unknown'] }] },
            source: 'ua-armyinform-border-rules',
          },
          { id: 'over-60', when: { kind: 'all', of: [man, { kind: 'age', op: 'gt', years: { param: 'exitBanUntilAge' } }] }, source: 's57' },
          { id: 'registration-abroad', when: { kind: 'ref', name: 'militaryRegistration' }, source: 'ua-mfa-latvia-faq' },
          { id: 'partner-in-ukraine', when: { kind: 'in', fact: 'partner', values: ['in-ukraine'] }, source: 's57' },
        ],
      },
      'UA.dual-citizenship': {
        sources: ['ua-shevselrada-4502', 's59', 'ua-glavnoe-4502-in-force'],
        verification: 'verified',
      },
      'UA.erecovery': {
        // Compensation is for homes on government-controlled territory: a home
        // in occupied territory is not eligible (issue 17 item 7).
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'housingInUkraine', values: ['damaged', 'destroyed'], reason: 'housing-damaged-or-destroyed', source: 's60' },
            { kind: 'not', of: { kind: 'ref', name: 'occupiedHome' }, reason: 'home-government-controlled', source: 's60' },
          ],
        },
        sources: ['s60', 's62', 'ua-sud-erecovery-remote-inspection', 'ua-consultant-erecovery-deadlines'],
        verification: 'verified',
        // What the money is and how it is paid: only for a home that can get it.
        notes: [
          { id: 'damaged', when: { kind: 'all', of: [{ kind: 'in', fact: 'housingInUkraine', values: ['damaged'] }, { kind: 'not', of: { kind: 'ref', name: 'occupiedHome' } }] }, source: 's60' },
          { id: 'destroyed', when: { kind: 'all', of: [{ kind: 'in', fact: 'housingInUkraine', values: ['destroyed'] }, { kind: 'not', of: { kind: 'ref', name: 'occupiedHome' } }] }, source: 's60' },
          {
            // In these regions whether a home counts depends on the community, which only the official list answers.
            id: 'hostilities-region',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'housingInUkraine', values: ['damaged', 'destroyed'] },
                {
                  kind: 'any',
                  of: [
                    { kind: 'in', fact: 'originOblast', param: 'frontlineRegions' },
                    { kind: 'in', fact: 'originOblast', param: 'fullyOccupiedRegions' },
                  ],
                },
              ],
            },
            source: 'ua-sud-erecovery-remote-inspection',
          },
          { id: 'from-abroad', source: 's60' },
        ],
      },
      'UA.housing-voucher': {
        when: {
          kind: 'all',
          of: [
            {
              kind: 'any',
              of: [
                { kind: 'in', fact: 'housingInUkraine', values: ['occupied'] },
                { kind: 'in', fact: 'homeAreaOccupied', values: ['yes'] },
                { kind: 'in', fact: 'originOblast', param: 'fullyOccupiedRegions' },
              ],
              reason: 'home-occupied', source: 'ua-lannivska-voucher-1176',
            },
            // First stage of Resolution No. 1176: combatants and people disabled
            // by the war, registered IDPs living in government-controlled Ukraine.
            { kind: 'caseByCase', reason: 'voucher-first-stage', source: 'ua-lannivska-voucher-1176' },
          ],
        },
        sources: ['ua-lannivska-voucher-1176', 's62', 'ua-minfin-voucher-criteria', 'ua-sud-voucher-progress'],
        verification: 'verified',
      },
    },
    upsert: [
      {
        // Which passport still counts for travel, and where men can get one (issue 22, content 2).
        id: 'UA.passports',
        kind: 'info',
        test: 'info',
        sources: ['ua-mfa-latvia-faq', 'ua-minfin-extended-passports', 'ua-24tv-extended-passports', 'ua-unn-consular-men-2024', 'ua-rubryka-passports-men', 'ua-comments-document-2026'],
        verification: 'unverified',
        notes: [
          { id: 'men-18-22', when: { kind: 'ref', name: 'freeToLeave' }, source: 'ua-rubryka-passports-men' },
          { id: 'men-23-60', when: { kind: 'ref', name: 'underExitBan' }, source: 'ua-rubryka-passports-men' },
        ],
      },
      {
        // Pensions paid by Ukraine: yearly identification by 31 December (issue 22, content 3).
        // Whether the person gets a Ukrainian pension is not asked: it stays open, so the
        // best status is "maybe", shown to everyone aged 60 or more and everyone retired.
        id: 'UA.pension-identification',
        kind: 'info',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'ref', name: 'pensionAgeOrRetired', reason: 'pension-age-or-retired', source: 'ua-sud-pension-age' },
            { kind: 'caseByCase', reason: 'gets-ukrainian-pension', source: 'ua-dn-pfu-identification' },
          ],
        },
        deadline: { param: 'pensionIdentificationDeadline' },
        sources: ['ua-dn-pfu-identification', 'ua-sud-pension-who', 'ua-sud-pension-renewal', 'ua-tsn-pfu-portal', 'ua-sud-pension-age'],
        verification: 'verified',
        notes: [
          {
            id: 'confirm-by',
            action: true,
            when: { kind: 'all', of: [{ kind: 'ref', name: 'pensionAgeOrRetired' }, { kind: 'today', op: 'onOrBefore', than: { param: 'pensionIdentificationDeadline' } }] },
            source: 'ua-dn-pfu-identification',
          },
        ],
      },
    ],
  },
});
