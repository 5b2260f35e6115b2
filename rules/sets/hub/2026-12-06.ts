import { reviseRuleSet } from '../../schema/revise';
import previous from './2026-04-01';
import { HUB_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issue 17): the openings of the Unity Hubs in
 * Prague ("fully operational since 4 March 2026", from the Clingendael report
 * s0) and Berlin (limited from April 2026, an announced plan) are not
 * confirmed on an official page, so both are `unverified`; `place.state`
 * keeps the state as reported. Official sources where they exist: the German
 * Ministry of the Interior (declaration of intent), ICMPD on its consultation
 * centres (Prague, Berlin, Gdańsk since 2023), the Dutch government on the
 * Ukraine houses (the social hubs, now verified).
 */
export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: HUB_SOURCES_2026_12_06,
  options: {
    patch: {
      'HUB.prague': { sources: ['hub-icmpd-centres', 'hub-icmpd-2025', 'hub-interfax-prague-2026', 's61', 's0'], verification: 'unverified' },
      'HUB.berlin': { sources: ['hub-bmi-declaration', 'hub-icmpd-centres', 's61'], verification: 'unverified' },
      'HUB.munich-dusseldorf': { sources: ['hub-bmi-declaration', 'hub-sud-declarations', 's61'], verification: 'unverified' },
      'HUB.torrevieja': { sources: ['hub-mil21-torrevieja', 'hub-sud-torrevieja-2025', 'hub-sud-declarations', 's61'], verification: 'unverified' },
      'HUB.france': { sources: ['hub-sud-declarations', 's61'], verification: 'unverified' },
      'HUB.poland': { sources: ['hub-icmpd-centres', 's61'], verification: 'unverified' },
      'HUB.netherlands': { sources: ['s61', 'hub-rijksoverheid-oekrainehuizen'], verification: 'unverified' },
      'HUB.united-kingdom': { sources: ['hub-thegaze-uk', 's61'], verification: 'unverified' },
      'HUB.nl-social-hubs': {
        sources: ['hub-rijksoverheid-oekrainehuizen', 's0'],
        verification: 'verified',
        notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['NL'] }, source: 'hub-rijksoverheid-oekrainehuizen' }],
      },
    },
  },
});
