// The agreements as this organisation adopted them: the catalogue minus `omit`, with the chosen
// variant's text and statements in place of the main text (CONTRACT §1).
import { catalogueEntries, renderText } from '../catalogue';
import type { EffectiveAgreement, EffectiveOrganisation, Organisation } from './types';

export function effectiveOrganisation(org: Organisation): EffectiveOrganisation {
  const omit = new Set(org.agreements.omit);
  const agreements: EffectiveAgreement[] = [];
  for (const { agreement: a, section } of catalogueEntries()) {
    if (omit.has(a.number)) continue;
    const base = {
      number: a.number,
      section: { id: section.id, title: section.title },
      ...(a.subsection ? { subsection: a.subsection } : {}),
      // Section-wide "Meer lezen" topics apply to each of its agreements.
      readMore: [...new Set([...a.readMore, ...section.readMore])],
    };
    const chosen = org.agreements.variants[a.number];
    const variant = chosen ? a.variants.find((v) => v.number === chosen) : undefined;
    if (variant) {
      agreements.push({
        ...base,
        variant: variant.number,
        variantLabel: variant.label,
        lead: variant.text,
        points: [],
        text: variant.text,
        statements: variant.statements,
        ...(variant.noStatements ? { noStatements: variant.noStatements } : {}),
      });
    } else {
      agreements.push({
        ...base,
        variant: null,
        lead: a.lead,
        points: a.points,
        ...(a.tail ? { tail: a.tail } : {}),
        text: renderText(a.lead, a.points, a.tail),
        statements: a.statements,
        ...(a.noStatements ? { noStatements: a.noStatements } : {}),
      });
    }
  }
  return {
    organisation: org,
    agreements,
    byNumber: new Map(agreements.map((a) => [a.number, a])),
    omitted: [...omit].sort((x, y) => x - y),
  };
}
