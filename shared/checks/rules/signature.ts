// Agreement 36: letters (and invitations) are signed by the algemeen directeur and the competent
// mandataris (burgemeester, schepen, voorzitter …); no co-signing by schepenen who are not
// competent. Under variant 1 the algemeen directeur and the burgemeester sign everything.
import { matchingPortfolio, peopleByRole } from '../../organisation';
import type { Person } from '../../organisation/types';
import { documentFinding, finding } from '../finding';
import type { CheckDocument, Finding, Rule, RuleContext, Severity } from '../types';
import { isMandataryRole, personLabel, roleLabel } from './roles';
import { everyType } from './rule-helpers';
import { readSignatureBlock, type SignatureBlock, type Signatory } from './signature-block';
import { competenceFor, readSubject, writtenPortfolioCovers, type Competence } from './subject';

const AGREEMENT = 36;

function what(ctx: RuleContext): string {
  return ctx.type === 'uitnodiging' ? 'deze uitnodiging' : 'deze brief';
}

function names(people: Person[]): string {
  const labels = people.map(personLabel);
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} of ${labels[labels.length - 1]}`;
}

function signatoryLabel(s: Signatory): string {
  if (s.person && s.role === s.person.role) return personLabel(s.person);
  if (s.person && s.role) return `${roleLabel(s.role)} ${s.person.name}`;
  if (s.role === 'schepen' && s.portfolio) return `de schepen van ${s.portfolio}`;
  return s.role ? `de ${roleLabel(s.role)}` : (s.person?.name ?? 'deze ondertekenaar');
}

/** Where a finding about the whole signature points: the block when there is one. */
function blockFinding(
  doc: CheckDocument,
  block: SignatureBlock | undefined,
  spec: { rule: string; severity: Severity; message: string; suggestion?: string },
): Finding {
  const base = { ...spec, agreement: AGREEMENT };
  return block ? finding(doc, { ...base, start: block.start, end: block.end }) : documentFinding(base);
}

type Verdict = 'competent' | 'not-competent' | 'unknown';

// Agreement 36 names the council's and the committee's chairs among the competent signatories:
// for their own body's business, whatever the organisation file lists as their portfolio.
const OWN_BUSINESS: Partial<Record<string, string[]>> = {
  gemeenteraadsvoorzitter: ['gemeenteraad', 'raadszitting', 'raadscommissie', 'raadsleden'],
  'voorzitter-bijzonder-comite': ['bijzonder comité', 'ocmw', 'sociale dienst', 'leefloon'],
};

function verdictFor(s: Signatory, competence: Competence): Verdict {
  if (s.role === 'burgemeester') return 'competent';
  if (competence.basis === 'none') return 'unknown';
  const own = OWN_BUSINESS[s.role ?? ''];
  if (own && matchingPortfolio({ name: '', role: 'schepen', portfolio: own }, competence.text).length)
    return 'competent';
  if (s.person && (s.person.role === s.role || !s.portfolio)) {
    if (competence.competent.includes(s.person)) return 'competent';
    return matchingPortfolio(s.person, competence.text).length ? 'competent' : 'not-competent';
  }
  if (s.portfolio)
    return writtenPortfolioCovers(s.portfolio, competence.text) ? 'competent' : 'not-competent';
  // "De schepen," with a name the organisation file does not know: no way to judge.
  return 'unknown';
}

export const signatureRules: Rule = (ctx) => {
  if (!everyType(ctx, (t) => t === 'brief' || t === 'uitnodiging')) return [];
  const { doc, org } = ctx;
  if (doc.text.trim() === '') return [];
  const block = readSignatureBlock(doc, org);
  const signatories = block?.signatories ?? [];
  const out: Finding[] = [];
  // Who signs is the note's choice (agreement 36, main text or its variant).
  const mayorSigns = org.parameters.signers === 'directeur-en-burgemeester';
  const director = peopleByRole(org, 'algemeen-directeur')[0];
  const mayor = peopleByRole(org, 'burgemeester')[0];

  if (!signatories.some((s) => s.role === 'algemeen-directeur')) {
    out.push(
      blockFinding(doc, block, {
        rule: 'signature.director-missing',
        severity: 'error',
        message: `De algemeen directeur ondertekent ${what(ctx)} niet. Afspraak 36: briefwisseling wordt ondertekend door de algemeen directeur en de bevoegde mandataris.`,
        suggestion: `Voeg de handtekening toe van de algemeen directeur${director ? ` (${director.name})` : ''}.`,
      }),
    );
  }

  const mandataries = signatories.filter((s) => isMandataryRole(s.role));
  if (mayorSigns) {
    if (!mandataries.some((s) => s.role === 'burgemeester')) {
      out.push(
        blockFinding(doc, block, {
          rule: 'signature.mandatary-missing',
          severity: 'error',
          message: `De burgemeester ondertekent ${what(ctx)} niet. Jullie afspraak 36 (variant): alle briefwisseling en uitnodigingen worden ondertekend door de algemeen directeur en de burgemeester.`,
          suggestion: `Laat ${mayor ? `burgemeester ${mayor.name}` : 'de burgemeester'} ondertekenen.`,
        }),
      );
    }
    for (const s of mandataries) {
      if (s.role === 'burgemeester') continue;
      out.push(
        finding(doc, {
          rule: 'signature.not-competent',
          agreement: AGREEMENT,
          severity: 'error',
          message: `Volgens jullie afspraak 36 (variant) ondertekenen alleen de algemeen directeur en de burgemeester; ${signatoryLabel(s)} tekent niet mee.`,
          suggestion: `Vervang deze handtekening door die van ${mayor ? `burgemeester ${mayor.name}` : 'de burgemeester'}.`,
          start: s.start,
          end: s.end,
        }),
      );
    }
    return out;
  }

  const competence = competenceFor(org, readSubject(doc, block));
  const verdicts = mandataries.map((s) => ({ s, verdict: verdictFor(s, competence) }));
  const expected = competence.competent.length ? names(competence.competent) : undefined;
  const clear = competence.basis === 'subject';

  for (const { s, verdict } of verdicts) {
    if (verdict !== 'not-competent') continue;
    out.push(
      finding(doc, {
        rule: 'signature.not-competent',
        agreement: AGREEMENT,
        // A subject line makes the mismatch plain; read from the body alone it is a judgement.
        severity: clear ? 'error' : 'warning',
        message: `${capitalise(signatoryLabel(s))} is niet bevoegd voor het onderwerp van ${what(ctx)}${expected ? ` (bevoegd: ${expected})` : ''}. Afspraak 36: geen medeondertekening door niet-bevoegde schepenen.`,
        suggestion: expected
          ? `Laat ${expected} ondertekenen in plaats van ${signatoryLabel(s)}.`
          : `Laat de bevoegde mandataris ondertekenen in plaats van ${signatoryLabel(s)}.`,
        start: s.start,
        end: s.end,
      }),
    );
  }

  if (!verdicts.some((v) => v.verdict !== 'not-competent')) {
    const who = mayor ? [mayor, ...competence.competent] : competence.competent;
    out.push(
      blockFinding(doc, block, {
        rule: 'signature.mandatary-missing',
        severity: 'error',
        message: `Geen bevoegde mandataris ondertekent ${what(ctx)}. Afspraak 36: de algemeen directeur en de bevoegde mandataris ondertekenen${who.length ? `; voor dit onderwerp is dat ${names(who)}` : ''}.`,
        suggestion: who.length
          ? `Laat ${names(who)} mee ondertekenen.`
          : 'Laat de bevoegde mandataris mee ondertekenen.',
      }),
    );
  }
  return out;
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
