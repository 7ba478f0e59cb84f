// neutrality.promotional (agreement 30) at its edges (issue 18): praise of the municipality by
// its own name, one finding per kind with every place, the comparison and opposition messages,
// the channels it reads (not a letter), a quote left alone, a superlative about something else.
import type { DocumentType } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import { promotionalRule } from '../../../../shared/checks/rules/neutrality-promotional';
import { runRule } from './run-rule';

const message = (what: string) =>
  `Deze tekst ${what}. Afspraak 30: de communicatie over beleid is neutraal en niet wervend; de gemeente informeert en laat het oordeel aan de lezer.`;
const PRAISE = message('prijst de gemeente of haar bestuur aan');

const check = (text: string, type: DocumentType = 'infoblad') =>
  runRule(promotionalRule, text, type).map((f) => ({
    agreement: f.agreement,
    severity: f.severity,
    message: f.message,
    places: placesOf(f).map((p) => p.excerpt),
  }));

describe('neutrality.promotional: what the writer reads', () => {
  it('groups praise by the own name and by "onze gemeente", and reports a comparison apart', () => {
    expect(
      check(
        'Zilverbeek is de mooiste plek om te wonen. Onze gemeente is de veiligste. We zwemmen sneller dan in de naburige gemeenten.',
      ),
    ).toEqual([
      { agreement: 30, severity: 'warning', message: PRAISE, places: ['mooiste', 'veiligste'] },
      {
        agreement: 30,
        severity: 'warning',
        message: message('vergelijkt de gemeente met andere gemeenten'),
        places: ['sneller dan in de naburige gemeenten'],
      },
    ]);
  });

  it('names arguing with the opposition', () => {
    expect(check('In tegenstelling tot wat de oppositie beweert, gaat het goed.', 'website')).toEqual([
      {
        agreement: 30,
        severity: 'warning',
        message: message('gaat in discussie met de oppositie of een vorig bestuur'),
        places: ['In tegenstelling tot wat de oppositie beweert'],
      },
    ]);
  });

  it('reads a press release but not a letter to one person', () => {
    const text = 'Zilverbeek is de mooiste plek om te wonen.';
    expect(check(text, 'persbericht').map((f) => f.places)).toEqual([['mooiste']]);
    expect(check(text, 'brief')).toEqual([]);
  });

  it.each([
    ['a quote of the schepen', '"Onze gemeente is de mooiste", zegt de schepen.'],
    ['a superlative about the weather', 'Het weer was de mooiste van het jaar.'],
  ])('leaves %s alone', (_name, text) => {
    expect(check(text, 'website')).toEqual([]);
  });
});
