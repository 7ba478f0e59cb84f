// The runner: splits the text once, hands every rule family the same context, then keeps the
// findings of agreements the organisation adopted, in document order (CONTRACT §2 `check`).
import { splitSentences, tokenise } from '../language';
import type { EffectiveOrganisation } from '../organisation/types';
import { detectTypes, type TypeDetection } from './detect-type';
import { compareFindings } from './finding';
import { FAMILIES } from './families';
import { dropOverlappingFixes } from './overlap';
import { readabilitySummary } from './rules/style-readability';
import type { CheckDocument, CheckReport, DocumentType, Finding, Rule, RuleContext } from './types';

export interface CheckOptions {
  /** The writer's choice; detected from the text when absent. */
  type?: DocumentType;
  /** Rule families to run instead of all (tests, benches). */
  families?: readonly Rule[];
}

export function buildContext(
  doc: CheckDocument,
  org: EffectiveOrganisation,
  type: DocumentType,
  types: readonly DocumentType[] = [type],
): RuleContext {
  return { doc, org, type, types, sentences: splitSentences(doc.text), words: tokenise(doc.text) };
}

export function checkDocument(
  doc: CheckDocument,
  org: EffectiveOrganisation,
  options: CheckOptions = {},
): CheckReport {
  // The writer's choice decides; a detection that is unsure keeps every type the text could be.
  const detection: TypeDetection = options.type
    ? { type: options.type, sure: true, candidates: [options.type] }
    : detectTypes(doc);
  const { type } = detection;
  const ctx = buildContext(doc, org, type, detection.candidates);
  const adopted = (f: Finding) => org.byNumber.has(f.agreement);
  const seen = new Set<string>();
  let findings: Finding[] = [];
  for (const family of options.families ?? FAMILIES) {
    for (const f of family(ctx)) {
      // An omitted agreement (CONTRACT §1 `omit`) is not this organisation's rule.
      if (!adopted(f)) continue;
      const key = `${f.rule}\u0000${f.start}\u0000${f.end}\u0000${f.places?.length ?? 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings = dropOverlappingFixes(findings);
  findings.sort(compareFindings);
  const readability = readabilitySummary(ctx);
  return {
    ...(readability ? { readability } : {}),
    type,
    typeDetected: options.type === undefined,
    ...(detection.sure ? {} : { typeCandidates: detection.candidates }),
    findings,
    stats: {
      words: ctx.words.filter((t) => t.kind === 'word').length,
      sentences: ctx.sentences.length,
    },
  };
}
