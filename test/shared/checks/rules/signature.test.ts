import { signatureRules } from '../../../../shared/checks/rules/signature';
import { zilverbeek } from '../zilverbeek';
import { letterWithTable, runRule } from './run-rule';

const body = (subject: string) => [
  `Betreft: ${subject}`,
  '',
  'Geachte mevrouw,',
  'Wij bevestigen de financiële steun van één jaar voor uw vereniging.',
  '',
  'Met vriendelijke groeten,',
  '',
];

describe('signature (agreement 36)', () => {
  it.each([
    [
      'a two-column table with the algemeen directeur and the burgemeester',
      letterWithTable(body('subsidie voor het jeugdkamp'), [
        ['De algemeen directeur', 'Hilde Dewilde'],
        ['De burgemeester', 'An Peeters'],
      ]),
    ],
    [
      'a table with the schepen of the subject',
      letterWithTable(body('subsidie voor het cultuurcentrum'), [
        ['De algemeen directeur', 'Hilde Dewilde'],
        ['De schepen van cultuur', 'Koen Maes'],
      ]),
    ],
    [
      'names above their titles in a table',
      letterWithTable(body('jeugdwerking'), [
        ['Hilde Dewilde', 'algemeen directeur'],
        ['Sofie Claes', 'schepen van jeugd'],
      ]),
    ],
    [
      '"Namens het college" and "Op bevel" above tab-separated columns',
      [
        ...body('wegenwerken'),
        'Namens het college van burgemeester en schepenen',
        'Op bevel,',
        'De algemeen directeur\t\tDe burgemeester',
        'Hilde Dewilde\t\tAn Peeters',
      ].join('\n'),
    ],
    [
      '"Koen Maes, schepen" and the director by name only',
      [...body('toerisme in de zomer'), 'Koen Maes, schepen', 'Hilde Dewilde, algemeen directeur'].join('\n'),
    ],
    [
      'a waarnemend burgemeester',
      [
        ...body('noodplanning'),
        'De algemeen directeur\t\tDe wnd. burgemeester',
        'Hilde Dewilde\t\tTom Mertens',
      ].join('\n'),
    ],
    [
      'initials and "(get.)" without a closing formula',
      [
        ...body('cultuurcentrum').slice(0, 4),
        'Namens het college,',
        'De secretaris,\t\tDe burgemeester,',
        '(get.) H. Dewilde\t\t(get.) A. Peeters',
      ].join('\n'),
    ],
    [
      'names and titles in columns of spaces',
      [
        ...body('cultuurcentrum'),
        'Voor het college van burgemeester en schepenen,',
        'Hilde Dewilde                      An Peeters',
        'algemeen directeur                 burgemeester',
      ].join('\n'),
    ],
    [
      "the voorzitter of the gemeenteraad for the council's business",
      [
        ...body('zitting van de gemeenteraad van 24 maart'),
        'De algemeen directeur\t\tDe voorzitter van de gemeenteraad',
        'Hilde Dewilde\t\tMarc Vermeulen',
      ].join('\n'),
    ],
  ])('accepts %s', (_name, input) => {
    expect(runRule(signatureRules, input, 'brief')).toEqual([]);
  });

  it('flags a letter without the algemeen directeur, pointing at the signature block', () => {
    const f = runRule(
      signatureRules,
      [...body('omgevingsvergunning'), 'Els Janssens', 'Schepen van omgeving'].join('\n'),
      'brief',
    );
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['signature.director-missing', 'error']]);
    expect(f[0].excerpt).toBe('Els Janssens\nSchepen van omgeving');
    expect(f[0].suggestion).toContain('Hilde Dewilde');
  });

  it('flags a co-signing schepen who is not competent, with the competent one suggested', () => {
    const f = runRule(
      signatureRules,
      letterWithTable(body('inschrijving sportkamp'), [
        ['De algemeen directeur', 'Hilde Dewilde'],
        ['De burgemeester', 'An Peeters'],
        ['De schepen van financiën', 'Jan Wouters'],
      ]),
      'brief',
    );
    expect(f.map((x) => [x.rule, x.excerpt, x.severity])).toEqual([
      ['signature.not-competent', 'Jan Wouters', 'error'],
    ]);
    expect(f[0].suggestion).toContain('Sofie Claes');
  });

  it('reads table cells that arrive row by row without their columns, as a host may give them', () => {
    const rows = ['De algemeen directeur', 'De schepen van financiën', 'Hilde Dewilde', 'Jan Wouters'];
    const f = runRule(signatureRules, [...body('inschrijving sportkamp'), ...rows].join('\n'), 'brief');
    expect(f.map((x) => [x.rule, x.excerpt])).toEqual([
      ['signature.not-competent', 'Jan Wouters'],
      ['signature.mandatary-missing', rows.join('\n')],
    ]);
  });

  it('flags a letter signed by staff only: no mandataris', () => {
    const f = runRule(
      signatureRules,
      letterWithTable(body('grofvuil'), [
        ['De algemeen directeur', 'Hilde Dewilde'],
        ['Het diensthoofd', 'Pieter Van Damme'],
      ]),
      'brief',
    );
    expect(f.map((x) => x.rule)).toEqual(['signature.mandatary-missing']);
  });

  it('flags a schepen who signs alone for another portfolio: not competent and no competent mandataris', () => {
    const f = runRule(
      signatureRules,
      [...body('subsidie cultuurcentrum'), 'Hilde Dewilde, algemeen directeur', 'Tom Mertens, schepen'].join(
        '\n',
      ),
      'brief',
    );
    expect(f.map((x) => [x.rule, x.excerpt])).toEqual([
      ['signature.not-competent', 'Tom Mertens, schepen'],
      ['signature.mandatary-missing', 'Hilde Dewilde, algemeen directeur\nTom Mertens, schepen'],
    ]);
  });

  it('reports a letter with no signature at all as a whole-document finding', () => {
    const f = runRule(
      signatureRules,
      'Betreft: één vraag\nGeachte heer,\nWij antwoorden u zo snel mogelijk op uw vraag over de financiële steun.',
      'brief',
    );
    expect(f.map((x) => [x.rule, x.start, x.end, x.excerpt])).toEqual([
      ['signature.director-missing', 0, 0, ''],
      ['signature.mandatary-missing', 0, 0, ''],
    ]);
  });

  it('under variant 1 wants the burgemeester and refuses any schepen', () => {
    const org = zilverbeek({ 36: 1 });
    const f = runRule(
      signatureRules,
      letterWithTable(body('subsidie cultuurcentrum'), [
        ['De algemeen directeur', 'Hilde Dewilde'],
        ['De schepen van cultuur', 'Koen Maes'],
      ]),
      'uitnodiging',
      org,
    );
    expect(f.map((x) => [x.rule, x.excerpt])).toEqual([
      [
        'signature.mandatary-missing',
        'De algemeen directeur\nDe schepen van cultuur\nHilde Dewilde\nKoen Maes',
      ],
      ['signature.not-competent', 'Koen Maes'],
    ]);
  });

  it('does not judge a schepen whose competence cannot be read from the letter', () => {
    const f = runRule(
      signatureRules,
      [
        ...body('uw brief van 3 maart'),
        'De algemeen directeur\t\tDe schepen',
        'Hilde Dewilde\t\tKoen Maes',
      ].join('\n'),
      'brief',
    );
    expect(f).toEqual([]);
  });

  it('only reads letters and invitations, and nothing in an empty document', () => {
    expect(runRule(signatureRules, 'Een artikel zonder handtekening.', 'infoblad')).toEqual([]);
    expect(runRule(signatureRules, '', 'brief')).toEqual([]);
  });
});

// Issue 6 follow-up: subjects that fall under a portfolio without naming it.
describe('signature: competence from words under a portfolio', () => {
  const letter = (subject: string, sentence: string, title: string, name: string) =>
    letterWithTable(
      [`Betreft: ${subject}`, '', 'Geachte mevrouw,', sentence, '', 'Met vriendelijke groeten,', ''],
      [
        ['De algemeen directeur', 'Hilde Dewilde'],
        [title, name],
      ],
    );

  it.each([
    [
      'het verzakte voetpad',
      'De regenwaterleiding onder het voetpad lekt.',
      'De schepen van openbare werken',
      'Tom Mertens',
    ],
    [
      'uw nieuwe identiteitskaart',
      'Uw identiteitskaart ligt klaar aan het loket.',
      'De burgemeester',
      'An Peeters',
    ],
    [
      'sportkamp in de zomer',
      'Uw zoon is ingeschreven voor het sportkamp.',
      'De schepen van sport',
      'Sofie Claes',
    ],
  ])('%s: signed by the competent mandataris, no finding', (subject, sentence, title, name) => {
    expect(runRule(signatureRules, letter(subject, sentence, title, name), 'brief')).toEqual([]);
  });

  it('still finds a schepen not competent for a voetpad, and "onder" is no onderwijs', () => {
    const found = runRule(
      signatureRules,
      letter(
        'het verzakte voetpad',
        'De leiding onder het voetpad lekt.',
        'De schepen van onderwijs',
        'Sofie Claes',
      ),
      'brief',
    );
    expect(found.map((f) => [f.rule, f.excerpt])).toContainEqual(['signature.not-competent', 'Sofie Claes']);
  });
});
