// `afspraak show N`: the organisation's text of one agreement, its variant and its statements.
import {
  describeStatementParts,
  findAgreement,
  modalityLabel,
  renderText,
  type CatalogueEntry,
  type Statement,
} from '../../shared/catalogue';
import { agreementExamples } from '../../shared/ask';
import { allExamples } from '../../shared/catalogue/examples';
import { describeRole, type EffectiveAgreement, type EffectiveOrganisation } from '../../shared/organisation';
import { UsageError, type CliCommand } from '../command';
import { parseAgreementNumber } from './agreement-number';

function statementLines(s: Statement, org: EffectiveOrganisation): string[] {
  const lines = [`  • ${s.summary}`, `    (${describeStatementParts(s)})`];
  if (s.conditions?.length) lines.push(`    voorwaarden: ${s.conditions.join('; ')}`);
  if (s.involve?.length) lines.push(`    betrek: ${s.involve.map((r) => describeRole(r, org)).join(', ')}`);
  return lines;
}

function heading(a: { number: number; section: { id: string; title: string }; subsection?: string }): string {
  return `Afspraak ${a.number} · ${a.section.id} ${a.section.title}${a.subsection ? ` · ${a.subsection}` : ''}`;
}

function catalogueHeading(entry: CatalogueEntry): string {
  return heading({ ...entry.agreement, section: entry.section });
}

/**
 * The example questions the bot learns this agreement's phrasing from, for the communication
 * officer who reviews them: a count by default, each with its verdict with --voorbeelden.
 */
function exampleLines(effective: EffectiveAgreement, all: boolean): string[] {
  const examples = agreementExamples(effective, allExamples());
  if (!examples.length) return [];
  if (!all) return ['', `Voorbeeldvragen: ${examples.length} (toon ze met --voorbeelden)`];
  return [
    '',
    `Voorbeeldvragen (${examples.length}):`,
    ...examples.map(
      (e) => `  • ${e.q}${e.verdict ? ` (${modalityLabel(e.verdict)})` : ' (eigen voorbeeld)'}`,
    ),
  ];
}

function humanShow(
  entry: CatalogueEntry | undefined,
  effective: EffectiveAgreement,
  org: EffectiveOrganisation,
  listExamples: boolean,
): string[] {
  const name = org.organisation.organisation.name;
  const catalogueText = entry
    ? renderText(entry.agreement.lead, entry.agreement.points, entry.agreement.tail)
    : undefined;
  const ownText =
    effective.origin === 'edited' && effective.variant === null && catalogueText !== effective.text;
  const lines = [heading(effective)];
  if (effective.origin === 'added') lines.push(`Eigen afspraak van ${name} (niet uit de catalogus)`);
  if (effective.origin === 'edited')
    lines.push(
      ownText
        ? `In eigen woorden van ${name}`
        : `Met eigen afspraken van ${name} over wie wat mag; de tekst is die van de catalogus`,
    );
  if (effective.variant !== null)
    lines.push(`${effective.variantLabel} van de catalogus, gekozen door ${name}`);
  lines.push('', effective.text, '');
  if (effective.statements.length) {
    lines.push('Wie mag wat:');
    for (const s of effective.statements) lines.push(...statementLines(s, org));
  } else if (effective.noStatements) {
    lines.push(`Geen afspraak over wie wat mag: ${effective.noStatements}`);
  }
  // Beside the organisation's wording, the catalogue's, so whoever edits the file sees what changed.
  if (ownText) lines.push('', 'Tekst in de catalogus:', catalogueText!);
  lines.push(...exampleLines(effective, listExamples));
  if (!entry) {
    if (effective.readMore.length) lines.push('', `Meer lezen: ${effective.readMore.join('; ')}`);
    return lines;
  }
  const others = entry.agreement.variants.filter((v) => v.number !== effective.variant);
  if (others.length || effective.variant !== null) {
    lines.push('', 'Andere keuzes in de catalogus:');
    if (effective.variant !== null)
      lines.push('  • de hoofdtekst (laat de variant weg in agreements.variants)');
    for (const v of others)
      lines.push(`  • ${v.label}: ${v.text} (kies met variants: {${entry.agreement.number}: ${v.number}})`);
  }
  if (effective.readMore.length) lines.push('', `Meer lezen: ${effective.readMore.join('; ')}`);
  return lines;
}

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'toon een afspraak zoals je organisatie ze aannam, met wie wat mag',
  usage: 'show <nummer> [--voorbeelden]',
  options: { voorbeelden: { type: 'boolean' } },
  async run(ctx) {
    const number = parseAgreementNumber(ctx.args, 'show 36');
    const entry = findAgreement(number);
    const org = ctx.org();
    const name = org.organisation.organisation.name;
    const effective = org.byNumber.get(number);
    if (!entry && !effective) {
      const own = org.agreements.filter((a) => a.origin === 'added').map((a) => a.number);
      throw new UsageError(
        `afspraak ${number} bestaat niet; de catalogus telt afspraken 1 tot 87` +
          (own.length ? ` en ${name} heeft eigen afspraken ${own.join(', ')}` : ''),
      );
    }
    const section = entry ? { id: entry.section.id, title: entry.section.title } : { ...effective!.section };
    if (!effective) {
      if (ctx.json)
        ctx.out(JSON.stringify({ agreement: number, organisation: name, omitted: true, section }, null, 2));
      else {
        ctx.out(catalogueHeading(entry!));
        ctx.out(`${name} heeft deze afspraak niet opgenomen in haar afsprakennota (weggelaten).`);
      }
      return 0;
    }
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          {
            agreement: number,
            organisation: name,
            omitted: false,
            section,
            subsection: effective.subsection ?? null,
            variant: effective.variant,
            variantLabel: effective.variantLabel ?? null,
            text: effective.text,
            points: effective.points,
            statements: effective.statements.map((s) => ({ ...s, verdict: modalityLabel(s.modality) })),
            noStatements: effective.noStatements ?? null,
            origin: effective.origin ?? 'catalogue',
            variants: (entry?.agreement.variants ?? []).map((v) => ({
              number: v.number,
              label: v.label,
              text: v.text,
            })),
            readMore: effective.readMore,
            examples: agreementExamples(effective, allExamples()).map((e) => ({
              q: e.q,
              verdict: e.verdict ?? null,
            })),
          },
          null,
          2,
        ),
      );
    } else humanShow(entry, effective, org, ctx.flags.voorbeelden === true).forEach((l) => ctx.out(l));
    return 0;
  },
};
