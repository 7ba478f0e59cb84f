import { organisationNameRules } from '../../../../shared/checks/rules/organisation-name';
import { effectiveOrganisation } from '../../../../shared/organisation';
import { zilverbeek } from '../zilverbeek';
import { runRule } from './run-rule';

describe('organisation name (agreement 21)', () => {
  it.each([
    'De Gemeente Zilverbeek opent één nieuw loket.',
    'Het gemeentebestuur van Zilverbeek en de inwoners van Zilverbeek.',
    'Lokaal bestuur Zilverbeek helpt met financiële steun.',
    'De Zilverbeekse verenigingen en de Zilverbekenaren vieren feest.',
    'Volg ons via #zilverbeek en @zilverbeek.',
    'Mail naar info@zilverbeek.be of surf naar www.zilverbeek.be.',
    'Alles staat op zilverbeek.be en op facebook.com/zilverbeek.',
    'Het OCMW Zilverbeek helpt je verder.',
    '',
  ])('accepts %j', (text) => {
    expect(runRule(organisationNameRules, text, 'infoblad')).toEqual([]);
  });

  it.each([
    ['Het zwembad van gemeente Zilverbeke is open.', 'gemeente Zilverbeke', 'gemeente Zilverbeek'],
    ['Welkom in Zilferbeek, één fijne gemeente.', 'Zilferbeek', 'Zilverbeek'],
    ['De financiële dienst van stad Zilverbeek.', 'stad Zilverbeek', 'gemeente Zilverbeek'],
    ['De Zilverbeek gemeente investeert.', 'Zilverbeek gemeente', 'gemeente Zilverbeek'],
    ['Een brief van gem. Zilverbeek.', 'gem. Zilverbeek', 'gemeente Zilverbeek'],
    ['Wonen in zilverbeek is fijn.', 'zilverbeek', 'Zilverbeek'],
  ])('flags %j', (text, excerpt, suggestion) => {
    const f = runRule(organisationNameRules, text, 'infoblad');
    expect(f.map((x) => [x.rule, x.excerpt, x.suggestion, x.severity])).toEqual([
      ['style.organisation-name', excerpt, suggestion, 'info'],
    ]);
  });

  it('measures typos of a short name only right after the kind word', () => {
    const base = zilverbeek().organisation;
    const halle = effectiveOrganisation({
      ...base,
      organisation: { name: 'Stad Halle', aliases: [], kind: 'stad' },
    });
    const f = runRule(
      organisationNameRules,
      'Hallo allemaal! De stad Hale en de gemeente Halle.',
      'sociale-media',
      halle,
    );
    expect(f.map((x) => [x.excerpt, x.suggestion])).toEqual([
      ['stad Hale', 'stad Halle'],
      ['gemeente Halle', 'stad Halle'],
    ]);
  });
});
