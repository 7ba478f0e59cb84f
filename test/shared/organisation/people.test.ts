import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  competentMandataries,
  describeRole,
  effectiveOrganisation,
  parseOrganisation,
  serviceContact,
  type Organisation,
} from '../../../shared/organisation';

const zilverbeek = (() => {
  const r = parseOrganisation(
    readFileSync(join(__dirname, '../../../organisations/zilverbeek.yaml'), 'utf8'),
    'zilverbeek.yaml',
  );
  if (!r.ok) throw new Error('example organisation invalid');
  return r.organisation;
})();

const bare: Organisation = {
  organisation: { name: 'Gemeente Kaal', aliases: [], kind: 'gemeente' },
  people: [],
  agreements: { omit: [], variants: {} },
};

describe('people', () => {
  it.each([
    ['een brief over het jeugdkamp in de sporthal', ['An Peeters', 'Sofie Claes']],
    ['Cultuurcentrum programmatie', ['An Peeters', 'Koen Maes']],
    ['aanvraag omgevingsvergunning', ['An Peeters', 'Els Janssens']],
    ['wegenwerken en riolering in de Kerkstraat', ['An Peeters', 'Tom Mertens']],
    ['ruimtelijke ordening', ['An Peeters', 'Els Janssens']],
    ['de kantine', ['An Peeters']],
    // A preposition is no subject: "onder" must not be read as the start of onderwijs.
    ['een verzakking onder de brug tegen de gevel', ['An Peeters']],
  ])('finds who is competent for "%s" (the burgemeester always)', (subject, names) => {
    expect(competentMandataries(zilverbeek, subject).map((p) => p.name)).toEqual(names);
  });

  it('names roles with the organisation’s people', () => {
    const e = effectiveOrganisation(zilverbeek);
    expect(describeRole('burgemeester', e)).toBe('burgemeester An Peeters');
    expect(describeRole('algemeen-directeur', e)).toBe('algemeen directeur Hilde Dewilde');
    expect(describeRole('communicatiedienst', e)).toBe(
      'de dienst Communicatie (communicatie@zilverbeek.be, 016 00 10 00)',
    );
    expect(describeRole('bevoegde-schepen', e, { subject: 'jeugdkamp' })).toBe('schepen Sofie Claes (jeugd)');
    expect(describeRole('bevoegde-schepen', e)).toBe('de bevoegde schepen');
    expect(describeRole('diensthoofd', e, { subject: 'sportkamp' })).toBe(
      'diensthoofd Bart Goossens (vrije tijd)',
    );
    expect(describeRole('diensthoofd', e)).toBe('het diensthoofd');
    expect(describeRole('managementteam', e)).toBe('het managementteam');
    expect(describeRole('college', e)).toBe('het college van burgemeester en schepenen');
    expect(describeRole('burgemeester', e, { withContact: true })).toBe(
      'burgemeester An Peeters (an.peeters@zilverbeek.be, 016 00 10 01)',
    );
  });

  it('falls back to generic names when the file names nobody', () => {
    expect(describeRole('burgemeester', bare)).toBe('de burgemeester');
    expect(describeRole('communicatiedienst', bare)).toBe('de communicatiedienst');
    expect(serviceContact(bare)).toEqual({ name: 'de communicatiedienst' });
  });

  it('gives the communicatiedienst with the communicatieverantwoordelijke as person', () => {
    const c = serviceContact(zilverbeek);
    expect(c).toMatchObject({ name: 'dienst Communicatie', email: 'communicatie@zilverbeek.be' });
    expect(c.person?.name).toBe('Lies Wouters');
  });
});
