import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';

/**
 * Unity Hubs (Ukrainian community centres abroad, brief §3.4) and the Dutch
 * volunteer-run social hubs (§3.5). Shown to every host country; the ones in
 * the person's host country say so. Version from Berlin's start in April 2026.
 * `state`: open (Prague: fully operational since 4 March 2026), limited
 * (Berlin: minimal operation from April 2026), planned (declarations,
 * announcements or talks only: unverified until they open).
 */
export default defineRuleSet({
  id: 'HUB',
  version: '2026-04-01',
  validFrom: '2026-04-01',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's61'),
  options: [
    {
      id: 'HUB.prague',
      kind: 'hub',
      test: 'info',
      sources: ['s61', 's0'],
      verification: 'verified',
      place: { city: 'Praha', country: 'CZ', state: 'open' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['CZ'] }, source: 's61' }],
    },
    {
      id: 'HUB.berlin',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'verified',
      place: { city: 'Berlin', country: 'DE', state: 'limited' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['DE'] }, source: 's61' }],
    },
    {
      id: 'HUB.munich-dusseldorf',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { city: 'München, Düsseldorf', country: 'DE', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['DE'] }, source: 's61' }],
    },
    {
      id: 'HUB.torrevieja',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { city: 'Torrevieja', country: 'ES', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['ES'] }, source: 's61' }],
    },
    {
      id: 'HUB.france',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { country: 'FR', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['FR'] }, source: 's61' }],
    },
    {
      id: 'HUB.poland',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { city: 'Gdańsk', country: 'PL', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['PL'] }, source: 's61' }],
    },
    {
      id: 'HUB.netherlands',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { country: 'NL', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['NL'] }, source: 's61' }],
    },
    {
      // "Under discussion" (May 2025): low confidence.
      id: 'HUB.united-kingdom',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { country: 'GB', state: 'planned' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['GB'] }, source: 's61' }],
    },
    {
      // Volunteer-run Ukrainian meeting places in the Netherlands (brief §3.5,
      // the seed citing Ipsos I&O, December 2025).
      id: 'HUB.nl-social-hubs',
      kind: 'hub',
      test: 'info',
      sources: ['s0'],
      verification: 'verified',
      place: { country: 'NL', state: 'open' },
      notes: [{ id: 'in-your-country', when: { kind: 'in', fact: 'hostCountry', values: ['NL'] }, source: 's0' }],
    },
  ],
});
