// style.jargon (agreements 18, 19) at its edges (issue 18, aimed at what the style tables let
// through): the modal "dient … te" and where it stops, separable verbs after "te" and in a main
// clause, the article that becomes a demonstrative, duration and passive advice, "in de loop van"
// a month, one finding per word with every place, and a dotted abbreviation's message.
import { placesOf } from '../../../../shared/checks/finding';
import { jargonRule } from '../../../../shared/checks/rules/style-jargon';
import { runRule } from './run-rule';

const WHY = 'Heldere, klare taal is een norm voor overheidscommunicatie (afspraak 18 en 19).';
const plain = (word: string, replacement: string) =>
  `'${word}' is ambtelijke taal. Schrijf eenvoudiger: '${replacement}'. ${WHY}`;
const depends = (word: string) =>
  `'${word}' is ambtelijke taal; hoe je het vervangt, hangt hier af van de zin. ${WHY}`;

const check = (text: string) =>
  runRule(jargonRule, text, 'website').map((f) => ({
    severity: f.severity,
    agreement: f.agreement,
    message: f.message,
    places: placesOf(f).map((p) => [p.excerpt, p.fix?.replacement ?? p.suggestion ?? null]),
  }));

describe('style.jargon: "dient … te"', () => {
  it('rewrites the modal with a separable verb joined again', () => {
    expect(check('U dient het formulier in te vullen.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: `'dient … te' is ambtelijke taal. Schrijf eenvoudiger: 'moet'. ${WHY}`,
        places: [['dient het formulier in te vullen', 'moet het formulier invullen']],
      },
    ]);
  });

  it('rewrites the past plural with the words in between kept', () => {
    expect(check('Jullie dienden vooraf te betalen.').map((f) => f.places)).toEqual([
      [['dienden vooraf te betalen', 'moesten vooraf betalen']],
    ]);
  });

  it.each([
    [
      '"dient als" and a "te" that belongs to "om"',
      'De zaal dient als refter. Hij diende een amendement in om de termijn uit te breiden.',
    ],
    ['"in te dienen", where dienen is the verb', 'Je hoeft niets in te dienen.'],
    ['a "te" in the next sentence', 'U dient. Te laat komen kan niet.'],
  ])('leaves %s alone', (_name, text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('style.jargon: the fix fitted to the sentence', () => {
  it('puts the particle of a separable verb before "te"', () => {
    expect(check('Vergeet niet de container te ledigen.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: plain('ledigen', 'leegmaken'),
        places: [['te ledigen', 'leeg te maken']],
      },
    ]);
  });

  it('only advises where the particle must move to the end of the clause', () => {
    expect(check('Wij ledigen de container elke week.').map((f) => f.places)).toEqual([
      [
        [
          'ledigen',
          "Schrijf 'leegmaken' en zet 'leeg' waar het in de zin hoort ('wij maken de container leeg').",
        ],
      ],
    ]);
  });

  it('turns the article into the demonstrative that goes with the noun', () => {
    expect(check('Het hogervermelde tarief geldt. Zie hogervermelde tabel.').map((f) => f.places)).toEqual([
      [['Het hogervermelde', 'Dit']],
      [['hogervermelde', 'deze']],
    ]);
  });

  it('advises on a duration, and fixes "gedurende" elsewhere', () => {
    expect(check('De kaart is gedurende één jaar geldig. Gedurende de werken is de straat dicht.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: depends('gedurende'),
        places: [
          [
            'gedurende',
            "Hier gaat het om een duur: schrijf 'een jaar lang', 'voor één dag' of laat 'gedurende' weg ('één jaar geldig').",
          ],
        ],
      },
      {
        severity: 'info',
        agreement: 19,
        message: plain('Gedurende', 'tijdens'),
        places: [['Gedurende', 'Tijdens']],
      },
    ]);
  });

  it('advises the active voice for a passive "worden aangevangen"', () => {
    expect(check('Voordat de werken worden aangevangen, krijg je een brief.').map((f) => f.places)).toEqual([
      [
        [
          'aangevangen',
          "Schrijf het actief: 'voordat de werken worden aangevangen' wordt 'voordat de werken beginnen'.",
        ],
      ],
    ]);
  });

  it('writes "in" before a month, and says so in the message', () => {
    expect(check('In de loop van mei starten de werken.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: plain('In de loop van', 'in'),
        places: [['In de loop van', 'In']],
      },
    ]);
  });
});

describe('style.jargon: grouping and abbreviations', () => {
  it('makes one finding of a word used twice, with a fix at each place', () => {
    expect(check('Wij geven de gegevens niet aan derden. Ook derden betalen.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: plain('derden', 'anderen'),
        places: [
          ['derden', 'anderen'],
          ['derden', 'anderen'],
        ],
      },
    ]);
  });

  it('calls a dotted abbreviation an abbreviation', () => {
    expect(check('Dit is m.b.t. de werken.')).toEqual([
      {
        severity: 'info',
        agreement: 19,
        message: `'m.b.t.' is een ambtelijke afkorting. Schrijf eenvoudiger: 'over'. ${WHY}`,
        places: [['m.b.t.', 'over']],
      },
    ]);
  });
});
