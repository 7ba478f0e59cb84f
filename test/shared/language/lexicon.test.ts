import { ACTIONS, OBJECTS, ROLE_LABELS } from '../../../shared/catalogue/vocabulary';
import {
  ACTION_ROWS,
  analyse,
  normalise,
  OBJECT_ROWS,
  ROLE_ROWS,
  type LexiconRow,
} from '../../../shared/language';

const tables: [string, readonly LexiconRow[], object][] = [
  ['roles', ROLE_ROWS, ROLE_LABELS],
  ['actions', ACTION_ROWS, ACTIONS],
  ['objects', OBJECT_ROWS, OBJECTS],
];

describe.each(tables)('lexicon %s', (_name, rows, vocabulary) => {
  it('maps only onto ids that exist in the catalogue vocabulary', () => {
    const unknown = rows.map((r) => r.id).filter((id) => !Object.hasOwn(vocabulary, id));
    expect(unknown).toEqual([]);
  });

  it('writes every term in normalised form, single-spaced', () => {
    const bad = rows.flatMap((r) => r.terms).filter((t) => normalise(t) !== t || /\s{2,}|^\s|\s$/.test(t));
    expect(bad).toEqual([]);
  });

  it('has no empty rows and no id twice', () => {
    expect(rows.filter((r) => r.terms.length === 0)).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});

function ids(text: string, kind: 'role' | 'action' | 'object'): string[] {
  return [
    ...new Set(
      analyse(text)
        .matches.filter((m) => m.kind === kind)
        .map((m) => m.id),
    ),
  ];
}

describe('lexicon matching', () => {
  it.each([
    ['een artikel voor de krant', 'pers'],
    ['een journalist van Het Nieuwsblad', 'pers'],
    ['VRT belt', 'pers'],
    ['op TV Limburg', 'pers'],
    ['iets op Facebook', 'sociale-media'],
    ['een post op Insta', 'sociale-media'],
    ['een filmpje op TikTok', 'sociale-media'],
    ['een flyer', 'drukwerk'],
    ['de folders', 'drukwerk'],
    ['een affiche', 'drukwerk'],
    ['een persmoment', 'persconferentie'],
    ['een filmploeg van VTM', 'beeldopname'],
    ['een cameraploeg', 'beeldopname'],
    ['een intranetbericht', 'intranet'],
    ['een intranetbericht', 'nieuwsbericht'],
    ['de nieuwsbrief', 'nieuwsbrief'],
    ['tekst van ChatGPT', 'ai'],
    ['een AI-gegenereerde foto', 'ai-content'],
    ['het gemeentelogo', 'logo'],
    ['zijn verkiezingsfolder', 'politieke-communicatie'],
    ['onze socialemediapagina', 'socialemediapagina'],
    ['de briefwisseling', 'brief'],
  ])('%s -> object %s', (text, id) => {
    expect(ids(text, 'object')).toContain(id);
  });

  it.each([
    ['mag ik dat tekenen', 'ondertekenen'],
    ['zijn handtekening', 'ondertekenen'],
    ['zelf een mail sturen', 'versturen'],
    ['iets posten', 'publiceren'],
    ['een bericht liken', 'leuk-vinden'],
    ['hoe stel ik een nieuwsbericht voor?', 'voorstellen'],
    ['wie keurt het persbericht goed', 'goedkeuren'],
  ])('%s -> action %s', (text, id) => {
    expect(ids(text, 'action')).toContain(id);
  });

  it.each([
    ['mag ik', 'medewerker'],
    ['een collega vroeg', 'medewerker'],
    ['de burgervader', 'burgemeester'],
    ['een schepen', 'schepen'],
    ['het college', 'college'],
    ['de comdienst', 'communicatiedienst'],
    ['de algemeen directeur', 'algemeen-directeur'],
    ['een raadslid', 'mandataris'],
    ['het kabinet', 'kabinet'],
  ])('%s -> role %s', (text, id) => {
    expect(ids(text, 'role')).toContain(id);
  });

  it.each([
    ['persbricht', 'persbericht', 'object'],
    ['facebok', 'sociale-media', 'object'],
    ['burgemeeser', 'burgemeester', 'role'],
    ['persconferntie', 'persconferentie', 'object'],
    ['handtekenig', 'ondertekenen', 'action'],
  ] as const)('tolerates the typo %s', (text, id, kind) => {
    expect(ids(text, kind)).toContain(id);
  });

  it('does not bend ordinary words into domain words', () => {
    const a = analyse('wanneer is de kantine open en waar parkeer ik mijn fiets');
    expect(a.matches.filter((m) => m.kind === 'object')).toEqual([]);
  });

  it('reports matches at exact offsets of the question', () => {
    const q = 'Mag de burgemeester het gemeentelogo gebruiken?';
    for (const m of analyse(q).matches) expect(q.slice(m.start, m.end).length).toBeGreaterThan(0);
    const logo = analyse(q).matches.find((m) => m.id === 'logo');
    expect(logo && q.slice(logo.start, logo.end)).toBe('gemeentelogo');
  });
});
