import { loadOrganisationFile } from '../../../cli/organisation-file';
import { validateOrganisationObject } from '../../../shared/organisation/validate-object';
import {
  messagesAt,
  nextOwnNumber,
  putOwnAgreement,
  removeOwnAgreement,
  setAddressForm,
  setAdopted,
  setFill,
  setVariant,
  setWording,
} from '../../../taskpane/tab/composer/draft-edits';

const base = loadOrganisationFile('organisations/zilverbeek.yaml');
const valid = (org: typeof base) => {
  const r = validateOrganisationObject(org);
  return r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`);
};

describe('the composer’s edits to a draft note', () => {
  it('omits and adopts again, never changing the note it was given', () => {
    const before = JSON.stringify(base);
    const omitted = setAdopted(base, 12, false);
    expect(omitted.agreements.omit).toContain(12);
    expect(JSON.stringify(base)).toBe(before);
    expect(setAdopted(omitted, 12, true).agreements.omit).not.toContain(12);
    expect(valid(omitted)).toEqual([]);
  });

  it('drops the variant, wording and fill of an agreement that is omitted, which validate would refuse', () => {
    let org = setVariant(base, 36, 1);
    org = setFill(org, 13, 'de dienst Burgerzaken');
    org = setWording(org, 45, 'Persberichten gaan altijd via de communicatiedienst.');
    for (const n of [36, 13, 45]) org = setAdopted(org, n, false);
    expect(org.agreements.variants[36]).toBeUndefined();
    expect(org.agreements.fill?.[13]).toBeUndefined();
    expect(org.agreements.edit?.[45]).toBeUndefined();
    expect(valid(org)).toEqual([]);
  });

  it('chooses a variant and goes back to the main text', () => {
    const org = setVariant(base, 36, 1);
    expect(org.agreements.variants[36]).toBe(1);
    expect(valid(org)).toEqual([]);
    expect(setVariant(org, 36, null).agreements.variants[36]).toBeUndefined();
  });

  it('puts an agreement in own words in place of its variant, and keeps its examples', () => {
    let org = setVariant(base, 46, 2);
    org = {
      ...org,
      agreements: { ...org.agreements, edit: { 46: { examples: ['mag ik een quote verzinnen?'] } } },
    };
    org = setWording(org, 46, 'Een quote van een mandataris gaat altijd eerst langs die mandataris.');
    expect(org.agreements.variants[46]).toBeUndefined();
    expect(org.agreements.edit?.[46]).toMatchObject({ examples: ['mag ik een quote verzinnen?'] });
    expect(valid(org)).toEqual([]);
    const back = setWording(org, 46, undefined);
    expect(back.agreements.edit?.[46]).toEqual({ examples: ['mag ik een quote verzinnen?'] });
  });

  it('sets agreement 22’s address form per document type', () => {
    const org = setAddressForm(setAddressForm(base, 'brief', 'je'), 'website', 'u');
    expect(org.agreements.parameters?.[22]).toMatchObject({ brief: 'je', website: 'u' });
    expect(valid(org)).toEqual([]);
  });

  it('adds, replaces and removes own agreements, numbered from 1000', () => {
    const number = nextOwnNumber(base);
    expect(number).toBeGreaterThanOrEqual(1000);
    const own = {
      number,
      section: '5.9',
      text: 'De communicatiedienst zendt de gemeenteraad live uit.',
      points: [],
      statements: [
        {
          actor: 'medewerker' as const,
          modality: 'mag-niet' as const,
          action: 'publiceren',
          objects: ['beeldmateriaal'],
          summary: 'Een medewerker zendt de gemeenteraad niet zelf live uit.',
        },
      ],
    };
    let org = putOwnAgreement(base, own);
    expect(valid(org)).toEqual([]);
    expect(nextOwnNumber(org)).toBe(number + 1);
    org = putOwnAgreement(org, { ...own, text: 'Anders gezegd.' });
    expect(org.agreements.add?.filter((a) => a.number === number)).toHaveLength(1);
    expect(removeOwnAgreement(org, number).agreements.add ?? []).toHaveLength(
      base.agreements.add?.length ?? 0,
    );
  });

  it('finds the server’s messages for a field and what lies under it', () => {
    const fields = [
      { field: 'people[2].role', message: "'wethouder' is geen gekende rol" },
      { field: 'people[20].name', message: 'naam ontbreekt' },
      { field: 'agreements.fill.13', message: 'leeg' },
    ];
    expect(messagesAt(fields, 'people[2]')).toEqual(["'wethouder' is geen gekende rol"]);
    expect(messagesAt(fields, 'people[2].role')).toHaveLength(1);
    expect(messagesAt(fields, 'agreements.fill.13')).toEqual(['leeg']);
    expect(messagesAt(fields, 'agreements.fill.1')).toEqual([]);
  });
});
