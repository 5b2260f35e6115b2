import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';

/**
 * Unity Hubs (Ukrainian community centres abroad, brief §3.4) and the Dutch
 * volunteer-run social hubs (§3.5). Shown to every host country; the ones in
 * the person's host country say so. Version from Berlin's start in April 2026.
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
      notes: [],
    },
    {
      id: 'HUB.torrevieja',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { city: 'Torrevieja', country: 'ES', state: 'planned' },
      notes: [],
    },
    {
      id: 'HUB.france',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { country: 'FR', state: 'planned' },
      notes: [],
    },
    {
      id: 'HUB.poland',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { city: 'Gdańsk', country: 'PL', state: 'planned' },
      notes: [],
    },
    {
      id: 'HUB.netherlands',
      kind: 'hub',
      test: 'info',
      sources: ['s61'],
      verification: 'unverified',
      place: { country: 'NL', state: 'planned' },
      notes: [],
    },
    {
      id: 'HUB.nl-social-hubs',
      kind: 'hub',
      test: 'info',
      sources: ['s0'],
      verification: 'verified',
      place: { country: 'NL', state: 'open' },
      notes: [],
    },
  ],
});
