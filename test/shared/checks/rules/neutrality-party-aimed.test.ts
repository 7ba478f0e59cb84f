// neutrality.party (agreements 30, 37) at its edges (issue 18, aimed at what the neutrality table
// lets through): the message naming one party or several, a party named twice in one sentence,
// one finding per sentence, the council report's extra advice, the organisation's own lists
// (a plain word only where it is political), which agreement is cited when one is omitted, and
// the official record that may name parties.
import type { DocumentType } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import { partyRule } from '../../../../shared/checks/rules/neutrality-party';
import type { EffectiveOrganisation } from '../../../../shared/organisation';
import { zilverbeek } from './rule-context';
import { runRule } from './run-rule';

const WHY =
  'Gemeentelijke kanalen stellen zich politiek terughoudend op en communiceren neutraal en niet wervend over beleid (afspraak 30 en 37).';

const check = (text: string, type: DocumentType = 'website', org: EffectiveOrganisation = zilverbeek()) =>
  runRule(partyRule, text, type, org).map((f) => ({
    agreement: f.agreement,
    severity: f.severity,
    message: f.message,
    places: placesOf(f).map((p) => p.excerpt),
  }));

const omitting = (numbers: number[]) =>
  zilverbeek((o) => ({
    ...o,
    agreements: { ...o.agreements, omit: [...(o.agreements?.omit ?? []), ...numbers] },
  }));

describe('neutrality.party: what the writer reads', () => {
  it('names three parties of one sentence in one finding, and the next sentence apart', () => {
    expect(check('De speeltuin kwam er dankzij N-VA, CD&V en Open VLD. Open VLD was blij.')).toEqual([
      {
        agreement: 37,
        severity: 'error',
        message: `De politieke partijen 'N-VA', 'CD&V' en 'Open Vld' worden genoemd. ${WHY}`,
        places: ['N-VA', 'CD&V', 'Open VLD'],
      },
      {
        agreement: 37,
        severity: 'error',
        message: `De politieke partij 'Open Vld' wordt genoemd. ${WHY}`,
        places: ['Open VLD'],
      },
    ]);
  });

  it('names a party once when a sentence has it twice, pointing at both places', () => {
    expect(check('N-VA steunt het plan en N-VA vraagt steun.')).toEqual([
      {
        agreement: 37,
        severity: 'error',
        message: `De politieke partij 'N-VA' wordt genoemd. ${WHY}`,
        places: ['N-VA', 'N-VA'],
      },
    ]);
  });

  it('adds the council report advice to the warning', () => {
    expect(check('In de gemeenteraad stemde N-VA tegen het amendement.')).toEqual([
      {
        agreement: 37,
        severity: 'warning',
        message: `De politieke partij 'N-VA' wordt genoemd. ${WHY} In een verslag van de gemeenteraad kan het stemgedrag per fractie zakelijk vermeld worden; ga na of het nodig is.`,
        places: ['N-VA'],
      },
    ]);
  });
});

describe('neutrality.party: the organisation and its agreements', () => {
  const ownLists = zilverbeek((o) => ({ ...o, parties: [...(o.parties ?? []), 'Samen', 'LB'] }));

  it('reads a one-word own list as an ordinary word, unless it is political', () => {
    expect(check('Samen maken we de buurt mooier.', 'website', ownLists)).toEqual([]);
    expect(
      check('Het voorstel kwam van Els Janssens (Samen).', 'website', ownLists).map((f) => f.places),
    ).toEqual([['Samen']]);
  });

  it('finds an own list written in capitals anywhere', () => {
    expect(check('LB steunt het project.', 'website', ownLists).map((f) => f.message)).toEqual([
      `De politieke partij 'LB' wordt genoemd. ${WHY}`,
    ]);
  });

  it('cites agreement 30 when 37 is omitted, and finds nothing when both are', () => {
    expect(
      check('De speeltuin kwam er dankzij N-VA.', 'website', omitting([37])).map((f) => f.agreement),
    ).toEqual([30]);
    expect(check('De speeltuin kwam er dankzij N-VA.', 'website', omitting([37, 30]))).toEqual([]);
  });

  it('leaves the official record of the council alone', () => {
    expect(
      check(
        'Notulen van de zitting van de gemeenteraad. N-VA stemde tegen. Artikel 1: het reglement wordt goedgekeurd.',
      ),
    ).toEqual([]);
  });

  it.each([
    ['joined to a political word', 'Het Groen-raadslid vroeg het woord.'],
    ['after a political lead', 'Een raadslid van Groen vroeg extra bomen.'],
    ['in brackets before a comma', 'Els Janssens (Groen, Zilverbeek) vroeg extra bomen.'],
  ])('finds an ambiguous name %s', (_name, text) => {
    expect(check(text).map((f) => f.places)).toEqual([['Groen']]);
  });
});
