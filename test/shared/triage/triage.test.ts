import { triage, triageDetailed } from '../../../shared/triage';
import type { TriageKind, TriageRoute } from '../../../shared/triage/types';
import { effective, withAgreements } from './helpers';

const org = effective();

describe('triage: kind, route, agreements and who to inform (CONTRACT §2)', () => {
  it.each<[string, TriageKind, TriageRoute, number[]]>([
    // What the journalist asks is not said: the safe route (50), with 52 for facts only (clarify).
    [
      'een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50, 52],
    ],
    ['VRT wil morgen filmen in de raadzaal', 'beeldopname', 'communicatiedienst', [53]],
    ['Radio 2 vraagt hoeveel bezoekers de bib had', 'informatieve-vraag', 'dienst', [52]],
    ['TV Oost wil de schepen van sport interviewen', 'interview', 'communicatiedienst', [54, 50]],
    ['TV Oost wil onze redder interviewen over de hittegolf', 'interview', 'communicatiedienst', [54]],
    [
      'een lokaal blad biedt ons gratis advertentieruimte',
      'advertentie-of-mediadeal',
      'communicatiedienst',
      [55],
    ],
    [
      'kunnen we een persconferentie geven over het nieuwe sportpark?',
      'persconferentie',
      'communicatiedienst',
      [49],
    ],
    [
      'we willen een persbericht uitsturen over de nieuwe speeltuin',
      'persbericht-versturen',
      'communicatiedienst',
      [44, 45, 46, 47, 48],
    ],
    [
      'De schepen van sport werd door HLN gebeld voor een reactie op de sluiting',
      'reactie-of-standpunt',
      'communicatiedienst',
      [51, 50],
    ],
    ['de printer is stuk', 'geen-persvraag', 'geen', []],
    ['', 'geen-persvraag', 'geen', []],
  ])('%s → %s via %s', (text, kind, route, agreements) => {
    const r = triage(text, org);
    expect(r.kind).toBe(kind);
    expect(r.route).toBe(route);
    expect(r.agreements).toEqual(agreements);
    for (const n of agreements) expect(r.reply).toMatch(new RegExp(`Afspraak ${n}( \\(variant \\d\\))?:`));
  });

  it('names the burgemeester, the schepen found through the portfolio and the diensthoofd (52)', () => {
    const r = triageDetailed('Radio 2 vraagt hoeveel bezoekers de bib had', org);
    expect(r.result.inform).toEqual(['burgemeester', 'bevoegde-schepen', 'diensthoofd']);
    expect(r.result.reply).toContain('burgemeester An Peeters');
    expect(r.result.reply).toContain('schepen Koen Maes');
    expect(r.result.reply).toContain('diensthoofd Bart Goossens');
    expect(r.informPeople.map((p) => p.people.map((x) => x.name))).toEqual([
      ['An Peeters'],
      ['Koen Maes'],
      ['Bart Goossens'],
    ]);
    expect(r.medium).toBe('Radio 2');
  });

  it('finds the schepen of sport for the swimming pool and of mobility for the ring road', () => {
    expect(triage('HLN belt over de sluiting van het zwembad', org).reply).toContain(
      'schepen Sofie Claes (sport)',
    );
    expect(triage('De Standaard vraagt een reactie over de ringweg', org).reply).toContain('Tom Mertens');
  });

  it('falls back to a generic role when no portfolio covers the subject', () => {
    const r = triageDetailed('een journalist vraagt hoeveel zonnepanelen er liggen', org);
    expect(r.result.reply).toContain('de bevoegde schepen');
    expect(r.informPeople.find((p) => p.role === 'bevoegde-schepen')?.people).toEqual([]);
  });

  it('quotes the organisation text and the communication service contact once', () => {
    const r = triage('HLN belt voor een reactie op de sluiting van het zwembad', org);
    expect(r.reply).toContain('Geef zelf geen reactie');
    expect(r.reply.match(/communicatie@zilverbeek\.be/g)).toHaveLength(1);
    expect(r.reply).toContain('verwijst deze dienst door naar de communicatiedienst');
  });

  it('agreement 51: a schepen called for a reaction reports to burgemeester, diensthoofd and service', () => {
    const r = triage(
      'De schepen van cultuur kreeg telefoon van Het Belang van Limburg voor een reactie op de besparingen',
      org,
    );
    expect(r.agreements).toEqual([51, 50]);
    // The service receives the request, so it is not listed as informed; the advice still names it.
    expect(r.inform).toEqual(['burgemeester', 'diensthoofd']);
    expect(r.reply).toMatch(/koppelt die terug naar burgemeester An Peeters, .+ en de dienst Communicatie/);
  });

  it('agreement 42: during a crisis even a question for facts goes to the service and the burgemeester speaks', () => {
    const r = triage(
      'Tijdens de brand in de loods belt een journalist van VTM: hoeveel mensen zijn er geëvacueerd?',
      org,
    );
    expect(r.kind).toBe('reactie-of-standpunt');
    expect(r.route).toBe('communicatiedienst');
    expect(r.agreements).toEqual([50, 42]);
    expect(r.reply).toContain('Tijdens een crisis staan alleen burgemeester An Peeters');
    expect(r.reply).toMatch(/Afspraak 42:/);
    // Without a crisis the same question is purely informative (52).
    expect(triage('Een journalist van VTM vraagt hoeveel mensen er in de loods werken', org).kind).toBe(
      'informatieve-vraag',
    );
  });
});

describe('triage: the categories the first unseen sets missed, as general rules', () => {
  it.each<[string, TriageKind, TriageRoute]>([
    // Half facts, half the municipality's view: the whole question goes to the service (50).
    [
      'Radio 2 vraagt hoeveel leerlingen er zijn en of het college de school wil uitbreiden',
      'reactie-of-standpunt',
      'communicatiedienst',
    ],
    [
      'Een journalist wil de kostprijs van de fietsbrug en vraagt of dat niet te duur is',
      'reactie-of-standpunt',
      'communicatiedienst',
    ],
    // A cabinet or department handing its own material to journalists is sending to the press (45).
    [
      'Het kabinet wil de foto’s van de opening zelf aan de journalisten geven',
      'persbericht-versturen',
      'communicatiedienst',
    ],
    [
      'De schepen stuurt zijn tekst rechtstreeks door naar een journalist van HLN',
      'persbericht-versturen',
      'communicatiedienst',
    ],
    // A light human-interest question is still a press question, which the department may answer (52).
    [
      'Een journalist vraagt aan de bib welk boek het langst uitgeleend bleef',
      'informatieve-vraag',
      'dienst',
    ],
    ['Radio 2 wil weten hoe de nieuwe geit van de kinderboerderij heet', 'informatieve-vraag', 'dienst'],
    // Foreign press is press.
    ['Een journalist van Le Soir vraagt hoeveel inwoners Frans spreken', 'informatieve-vraag', 'dienst'],
    // Our own channels and bloggers are not the press.
    ['De redactie van ons infoblad wil de schepen interviewen', 'geen-persvraag', 'geen'],
    ['Een blogger vraagt hoeveel bomen er geplant zijn', 'geen-persvraag', 'geen'],
    // Someone of the press in the message, whatever the verb, is a press question; a tv set is not.
    [
      'Vanmorgen een journalist van Bruzz gehad over de nieuwe markt',
      'reactie-of-standpunt',
      'communicatiedienst',
    ],
    ['de tv in de vergaderzaal is kapot', 'geen-persvraag', 'geen'],
  ])('%s → %s via %s', (text, kind, route) => {
    const r = triage(text, org);
    expect({ kind: r.kind, route: r.route }).toEqual({ kind, route });
  });
});

describe('triage follows the organisation’s own agreements', () => {
  it('without 52 an informative question goes to the communication service under 50, and 52 is not cited', () => {
    const r = triage('Radio 2 vraagt hoeveel bezoekers de bib had', withAgreements([52]));
    expect(r.kind).toBe('informatieve-vraag');
    expect(r.route).toBe('communicatiedienst');
    expect(r.agreements).toEqual([50]);
    expect(r.reply).not.toMatch(/afspraak 52/i);
  });

  it('does not cite an omitted agreement and says the note does not cover it', () => {
    const r = triage('VRT wil morgen filmen in de raadzaal', withAgreements([53]));
    expect(r.route).toBe('communicatiedienst');
    expect(r.agreements).toEqual([]);
    expect(r.reply).not.toMatch(/afspraak 53/i);
    expect(r.reply).toContain('regelt beeldopnames door externen niet uitdrukkelijk');
  });

  it('drops omitted press-release agreements from the list and the reply', () => {
    const r = triage('we willen een persbericht uitsturen over de speeltuin', withAgreements([47, 48]));
    expect(r.agreements).toEqual([44, 45, 46]);
    expect(r.inform).not.toContain('college');
    expect(r.reply).not.toMatch(/afspraak 4[78]/i);
  });

  it.each([
    [{}, ['burgemeester', 'algemeen-directeur', 'diensthoofd'], 'Hilde Dewilde'],
    [{ 46: 1 }, ['bevoegde-schepen', 'burgemeester'], 'finale goedkeuring'],
    [{ 46: 2 }, ['bevoegde-schepen'], 'quote van schepen Sofie Claes'],
  ])('agreement 46 with variants %j: approval by %j', (variants, roles, text) => {
    const r = triage(
      'we willen een persbericht uitsturen over de opening van de speeltuin',
      withAgreements([], variants),
    );
    expect(r.inform).toEqual(expect.arrayContaining(roles));
    expect(r.reply).toContain(text);
  });

  it('45 variant: the cultuurcentrum may send about its own programme', () => {
    const variant = withAgreements([], { 45: 1 });
    const own = triage(
      'het cultuurcentrum wil een persbericht sturen over de programmatie van het nieuwe seizoen',
      variant,
    );
    expect(own.route).toBe('dienst');
    expect(own.reply).toContain('uitzondering');
    expect(triage('de sportdienst wil een persbericht sturen over de sportkampen', variant).route).toBe(
      'communicatiedienst',
    );
    expect(
      triage('het cultuurcentrum wil een persbericht sturen over het seizoen', withAgreements([])).route,
    ).toBe('communicatiedienst');
  });

  it('works for an organisation that names no people', () => {
    const bare = effective((o) => ({ ...o, people: [], communicatiedienst: undefined }));
    const r = triage('Radio 2 vraagt hoeveel bezoekers de bib had', bare);
    expect(r.reply).toContain('de burgemeester');
    expect(r.reply).toContain('het betrokken diensthoofd');
  });
});

describe('triage: who is competent, from more text about the same situation', () => {
  const org = effective();

  it('finds the schepen and diensthoofd in the other text, while the description decides the kind', () => {
    const alone = triageDetailed('Radio 2 vraagt cijfers', org);
    expect(alone.informPeople.map((p) => p.label)).toContain('de bevoegde schepen');
    const more = triageDetailed('Radio 2 vraagt cijfers', org, {
      alsoAbout: ['Hoeveel bezoekers had de bib in 2025?', undefined, '  '],
    });
    expect(more.result.kind).toBe(alone.result.kind);
    expect(more.result.route).toBe(alone.result.route);
    const labels = more.informPeople.map((p) => p.label).join(' | ');
    expect(labels).toContain('schepen Koen Maes');
    expect(labels).toContain('diensthoofd Bart Goossens');
    // The advice names them too.
    expect(more.result.reply).toContain('Koen Maes');
  });
});

describe('triage: categories of dev-voices-6 (session 5), as general rules', () => {
  it.each<[string, TriageKind, TriageRoute, number[]]>([
    // A crisis told in other words: a fire under way, people hurt, a bomb alert, a toxic cloud.
    [
      'Er brandt een woning in de Dorpsstraat en een journalist van HLN belt naar het onthaal',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50, 42],
    ],
    [
      'Na de bommelding aan het station vraagt Radio 2 welke straten afgesloten zijn',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50, 42],
    ],
    [
      'Er hangt een rookwolk boven de wijk en VTM wil weten of de scholen dicht zijn',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50, 42],
    ],
    // During a crisis an interview or a camera cites 42 too; a crisis as the subject, or of long ago, does not.
    [
      'Tijdens de overstroming wil VTM onze brandweerman live aan de lijn',
      'interview',
      'communicatiedienst',
      [54, 42],
    ],
    ['Radio 2 wil onze boswachter live spreken over de stormschade', 'interview', 'communicatiedienst', [54]],
    [
      'Een journalist wil onze archivaris interviewen over de grote brand van 1910',
      'interview',
      'communicatiedienst',
      [54],
    ],
    [
      'Bij de brand staat er een cameraploeg van VTM aan het lint die in de opvangzaal wil filmen',
      'beeldopname',
      'communicatiedienst',
      [53, 42],
    ],
    // Photographs someone has are the topic of a question for our view; an engine that keeps running is no filming.
    [
      'Een journalist heeft foto’s van de kapotte speeltuin en vraagt waarom de gemeente niets doet',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50],
    ],
    [
      'De lokale radio vraagt hoe lang de noodgenerator van het rusthuis kan blijven draaien',
      'informatieve-vraag',
      'dienst',
      [52],
    ],
    // One person's file and anything before a court need the municipality's position.
    [
      'Een journalist vraagt of de geschorste opzichter zijn wedde blijft krijgen',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50],
    ],
    [
      'Een journaliste vraagt wanneer de zaak van de buren tegen de gemeente voor de rechtbank komt',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50],
    ],
    // Inviting agreement with a judgement is asking for a position.
    [
      'Een journalist vraagt hoeveel flitspalen er staan en of dat niet overdreven is',
      'reactie-of-standpunt',
      'communicatiedienst',
      [50],
    ],
    // Trade magazines, podcasts and editors by other names are the press; 'terecht' of place is no judgement.
    [
      'Een vakblad voor ingenieurs vraagt hoeveel kilometer riolering we vernieuwd hebben',
      'informatieve-vraag',
      'dienst',
      [52],
    ],
    [
      'De maker van een wandelpodcast vraagt hoe lang de nieuwe wandelroute is',
      'informatieve-vraag',
      'dienst',
      [52],
    ],
    [
      'Een redactrice van een tijdschrift vraagt waar de oude stadskaarten terechtgekomen zijn',
      'informatieve-vraag',
      'dienst',
      [52],
    ],
    ['Een journalist wil weten hoe het plein vroeger heette', 'informatieve-vraag', 'dienst', [52]],
    // A favour in return is a media deal.
    [
      'Een regionale zender wil onze feesten gratis aankondigen als wij in ruil hun banner op onze site zetten',
      'advertentie-of-mediadeal',
      'communicatiedienst',
      [55],
    ],
    // A mandataris in their programme, or invited for an episode, is an interview.
    [
      'TV Oost wil de schepen van cultuur volgende week in hun cultuurmagazine',
      'interview',
      'communicatiedienst',
      [54, 50],
    ],
    [
      'Een podcast wil de burgemeester uitnodigen voor een aflevering over de begroting',
      'interview',
      'communicatiedienst',
      [54, 50],
    ],
  ])('%s → %s via %s, %j', (text, kind, route, agreements) => {
    const r = triage(text, org);
    expect({ kind: r.kind, route: r.route, agreements: r.agreements }).toEqual({ kind, route, agreements });
  });

  it('42 with an interview or a camera: the burgemeester is told, and the reply says so first', () => {
    const r = triage('Tijdens de overstroming wil VTM onze brandweerman live aan de lijn', org);
    expect(r.inform).toEqual(['bevoegde-schepen', 'burgemeester']);
    expect(r.reply.split('\n')[0]).toMatch(/^Tijdens een crisis staan alleen burgemeester An Peeters/);
    const camera = triage(
      'Bij de brand staat er een cameraploeg van VTM aan het lint die in de opvangzaal wil filmen',
      org,
    );
    expect(camera.inform).toEqual(['college', 'burgemeester']);
    expect(camera.reply).toContain('Geef zelf geen toestemming om te filmen');
  });

  it('lists a person once when the competent mandataris is the burgemeester who is told anyway', () => {
    const d = triageDetailed('Tijdens de overstroming wil VTM onze brandweerman live aan de lijn', org);
    expect(d.result.inform).toEqual(['bevoegde-schepen', 'burgemeester']);
    expect(d.informPeople.map((p) => p.label)).toEqual([
      'burgemeester An Peeters (bevoegd voor veiligheid, brandweer)',
    ]);
  });
});

describe('triage: when the description leaves open whether only facts are asked, it asks back', () => {
  const open = 'Er is commotie over de nieuwe knip aan de school, en daarnet belde er iemand van TV Oost';

  it('gives the safe route, says both answers, and offers the two choices with where they lead', () => {
    const r = triage(open, org);
    expect({ kind: r.kind, route: r.route, agreements: r.agreements, inform: r.inform }).toEqual({
      kind: 'reactie-of-standpunt',
      route: 'communicatiedienst',
      agreements: [50, 52],
      // Who is told follows the route given (50), not 52's diensthoofd.
      inform: ['burgemeester', 'bevoegde-schepen'],
    });
    expect(r.clarify).toEqual({
      question: 'Wat wil de journalist weten?',
      choices: [
        { label: 'Alleen feiten of cijfers', kind: 'informatieve-vraag', route: 'dienst' },
        {
          label: 'Ook een reactie, of ik twijfel',
          kind: 'reactie-of-standpunt',
          route: 'communicatiedienst',
        },
      ],
    });
    for (const c of r.clarify!.choices) expect(c.label.length).toBeLessThanOrEqual(40);
    const advice = r.reply.split('\n\nWat jullie afsprakennota zegt:')[0];
    expect(advice).toMatch(/Alleen feiten of cijfers.*mag je dienst zelf antwoorden.*\(afspraak 52\)/);
    expect(advice).toMatch(/of twijfel je\? Geef dan zelf geen antwoord.*\(afspraak 50\)/);
    expect(r.reply).toMatch(/Afspraak 50:[\s\S]*Afspraak 52:/);
  });

  it('answers for the choice the staff member makes', () => {
    const facts = triageDetailed(open, org, { assume: 'informatieve-vraag' }).result;
    expect([facts.kind, facts.route, facts.agreements, facts.clarify]).toEqual([
      'informatieve-vraag',
      'dienst',
      [52],
      undefined,
    ]);
    expect(facts.inform).toEqual(['burgemeester', 'bevoegde-schepen', 'diensthoofd']);
    const view = triageDetailed(open, org, { assume: 'reactie-of-standpunt' }).result;
    expect([view.kind, view.route, view.agreements, view.clarify]).toEqual([
      'reactie-of-standpunt',
      'communicatiedienst',
      [50],
      undefined,
    ]);
    expect(view.reply).toContain('Geef zelf geen reactie of standpunt aan de pers');
  });

  it('never lets a choice override what the words say', () => {
    const opinion = 'Radio 2 vraagt wat de schepen vindt van de knip aan de school';
    const r = triageDetailed(opinion, org, { assume: 'informatieve-vraag' }).result;
    expect([r.kind, r.route, r.clarify]).toEqual(['reactie-of-standpunt', 'communicatiedienst', undefined]);
    const crisis = triageDetailed('Tijdens de brand belt VTM naar het onthaal', org, {
      assume: 'informatieve-vraag',
    }).result;
    expect([crisis.kind, crisis.route, crisis.clarify]).toEqual([
      'reactie-of-standpunt',
      'communicatiedienst',
      undefined,
    ]);
  });

  it.each([
    ['facts are asked', 'Radio 2 vraagt hoeveel bezoekers de bib had'],
    ['a view is asked', 'Radio 2 vraagt wat de schepen vindt van de knip aan de school'],
    ['a crisis', 'Tijdens de brand belt VTM naar het onthaal'],
    ['a schepen was called (51)', 'De schepen van sport werd door HLN gebeld over de sluiting'],
  ])('does not ask back when %s', (_name, text) => {
    expect(triage(text, org).clarify).toBeUndefined();
  });

  it('does not ask back when the note has no 52: every press question goes to the service', () => {
    const r = triage(open, withAgreements([52]));
    expect([r.route, r.agreements, r.clarify]).toEqual(['communicatiedienst', [50], undefined]);
  });
});
