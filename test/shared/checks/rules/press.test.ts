import { pressRules } from '../../../../shared/checks/rules/press';
import { zilverbeek } from '../zilverbeek';
import { runRule } from './run-rule';

const release = (
  contact: string,
  quote = '"We zijn blij met de nieuwe speeltuin", zegt schepen Sofie Claes.',
) =>
  [
    'Persbericht',
    '',
    'Nieuwe speeltuin voor de jeugd',
    '',
    'Zilverbeek, 12 mei – Het park krijgt één nieuwe speeltuin met financiële steun van de provincie.',
    quote,
    '',
    contact,
  ].join('\n');

const complete =
  'Voor interviews en beleidsvragen: schepen Sofie Claes, tel. 016 00 10 03, gsm 0470 00 10 03, sofie.claes@zilverbeek.be\nVoor andere vragen: dienst Communicatie, communicatie@zilverbeek.be';

describe('press contact (agreement 48) and quote (46, variant 2)', () => {
  it.each([
    ['a complete contact block and a quote', release(complete)],
    [
      '"+32" and "mobiel" written out',
      release(
        'Contact: Sofie Claes, schepen van jeugd, telefoon +32 16 00 10 03, mobiel +32 470 00 10 03, e-mail sofie.claes@zilverbeek.be\nAndere vragen: communicatiedienst',
      ),
    ],
    [
      'the burgemeester as contact, always competent',
      release(
        'Meer informatie: burgemeester An Peeters, tel. 016 00 10 01, gsm 0470 00 10 01, an.peeters@zilverbeek.be\nVoor andere vragen: communicatie@zilverbeek.be',
      ),
    ],
    [
      'a quote without quote marks',
      release(complete, 'Schepen Sofie Claes: Dit is een mooie dag voor onze kinderen.'),
    ],
  ])('accepts %s', (_name, text) => {
    expect(runRule(pressRules, text, 'persbericht')).toEqual([]);
  });

  it('flags a release without any contact block, as a whole-document error', () => {
    const f = runRule(pressRules, release(''), 'persbericht');
    expect(f.map((x) => [x.rule, x.severity, x.excerpt])).toEqual([['press.contact', 'error', '']]);
    expect(f[0].suggestion).toContain('Sofie Claes, tel. 016 00 10 03, gsm 0470 00 10 03');
  });

  it('names what the contact block lacks: the gsm and the communicatiedienst', () => {
    const f = runRule(
      pressRules,
      release('Contact\nSchepen Sofie Claes, tel. 016 00 10 03, sofie.claes@zilverbeek.be'),
      'persbericht',
    );
    expect(f.map((x) => [x.rule, x.severity, x.excerpt])).toEqual([
      [
        'press.contact',
        'warning',
        'Contact\nSchepen Sofie Claes, tel. 016 00 10 03, sofie.claes@zilverbeek.be',
      ],
    ]);
    expect(f[0].message).toContain('gsm-nummer');
    expect(f[0].message).toContain('communicatiedienst');
  });

  it('flags a contact who is not the competent mandataris', () => {
    const f = runRule(
      pressRules,
      release(
        'Voor interviews: schepen Jan Wouters, tel. 016 00 10 04, gsm 0470 00 10 04, jan.wouters@zilverbeek.be\nVoor andere vragen: dienst Communicatie',
      ),
      'persbericht',
    );
    expect(f.map((x) => x.rule)).toEqual(['press.contact']);
    expect(f[0].message).toContain('Sofie Claes');
  });

  // Issue 6: a swimming-pool release quoting the schepen of sport got the schepen of evenementen
  // as suggestion because "evenement" also occurs in the body and he comes first in the file.
  const pool = (contact: string) =>
    [
      'Persbericht',
      '',
      'Openluchtzwembad start het seizoen met een zomerevenement',
      '',
      'Zilverbeek, 3 juni – Op zondag 21 juni opent het openluchtzwembad voor het nieuwe seizoen. Kinderen zwemmen die dag gratis. Het evenement loopt van 10 tot 18 uur.',
      '"Zwemmen is gezond en leuk voor het hele gezin", zegt schepen van sport Sofie Claes.',
      '',
      contact,
    ].join('\n');

  it('suggests the competent mandataris the release quotes, not one a passing word matches', () => {
    const f = runRule(pressRules, pool('Voor andere vragen: dienst Communicatie'), 'persbericht');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['press.contact', 'error']]);
    expect(f[0].suggestion).toContain('schepen Sofie Claes, tel. 016 00 10 03');
    expect(f[0].suggestion).not.toContain('Koen Maes');
  });

  it('warns when the contact block names a mandataris not competent for the subject', () => {
    const f = runRule(
      pressRules,
      pool(
        'Voor interviews, quotes en beleidsvragen: schepen Koen Maes, tel. 016 00 10 02, gsm 0470 00 10 02, koen.maes@zilverbeek.be\nVoor andere vragen: dienst Communicatie',
      ),
      'persbericht',
    );
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['press.contact', 'warning']]);
    expect(f[0].message).toContain('niet de bevoegde mandataris voor sport (schepen Sofie Claes)');
    expect(f[0].suggestion).toContain('Sofie Claes');
  });

  it('accepts the competent schepen the release quotes as contact', () => {
    const f = runRule(
      pressRules,
      pool(
        'Voor interviews, quotes en beleidsvragen: schepen Sofie Claes, tel. 016 00 10 03, gsm 0470 00 10 03, sofie.claes@zilverbeek.be\nVoor andere vragen: dienst Communicatie',
      ),
      'persbericht',
    );
    expect(f).toEqual([]);
  });

  it('keeps two schepenen who share a project both competent', () => {
    const text = [
      'Persbericht',
      '',
      'Nieuwe fietspaden naar de sporthal',
      '',
      'Zilverbeek, 3 juni – De gemeente legt nieuwe fietspaden aan naar de sporthal, zodat sportclubs veilig bereikbaar zijn.',
      '"Veilig fietsen naar de training is belangrijk", zegt schepen Tom Mertens.',
      '',
      'Voor interviews, quotes en beleidsvragen: schepen Sofie Claes, tel. 016 00 10 03, gsm 0470 00 10 03, sofie.claes@zilverbeek.be\nVoor andere vragen: dienst Communicatie',
    ].join('\n');
    expect(runRule(pressRules, text, 'persbericht')).toEqual([]);
  });

  it('flags a release without a quote when variant 2 of 46 is chosen, and not otherwise', () => {
    const text = release(complete, 'Het park opent in juni.');
    expect(runRule(pressRules, text, 'persbericht').map((x) => [x.rule, x.severity])).toEqual([
      ['press.quote', 'error'],
    ]);
    expect(runRule(pressRules, text, 'persbericht', zilverbeek({ 46: 1 }))).toEqual([]);
  });

  it('flags a release that quotes only a staff member', () => {
    const f = runRule(
      pressRules,
      release(complete, '"Het wordt een prachtige speeltuin voor iedereen", zegt parkwachter Jos.'),
      'persbericht',
    );
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['press.quote', 'warning']]);
  });

  it('reads only press releases, and nothing in an empty one', () => {
    expect(runRule(pressRules, release(''), 'infoblad')).toEqual([]);
    expect(runRule(pressRules, '', 'persbericht')).toEqual([]);
  });
});
