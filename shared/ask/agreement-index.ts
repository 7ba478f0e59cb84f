// The organisation's effective agreements as a search index: per agreement the stems of its text,
// of its statements' summaries and conditions, and the vocabulary ids its statements and text use.
// Built once per effective organisation and kept while the organisation object lives.
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import { askAnalyzer } from './analyzer';
import { buildBm25, type Bm25Index } from './bm25';

export interface AgreementIndex {
  agreements: EffectiveAgreement[];
  bm25: Bm25Index;
}

const cache = new WeakMap<EffectiveOrganisation, AgreementIndex>();

export function agreementIndex(org: EffectiveOrganisation): AgreementIndex {
  let index = cache.get(org);
  if (!index) {
    index = build(org.agreements);
    cache.set(org, index);
  }
  return index;
}

/** The terms a document is indexed with: stems, 'o:<object>' and 'a:<action>' ids. */
export function documentTerms(a: EffectiveAgreement): string[] {
  const analyzer = askAnalyzer();
  const texts = [a.text, a.subsection ?? '', a.section.title];
  for (const s of a.statements) texts.push(s.summary, ...(s.conditions ?? []));
  const analysis = analyzer.analyse(texts.join('\n'));
  const terms = [...analysis.stems];
  for (const m of analysis.matches) {
    if (m.kind === 'object') terms.push(`o:${m.id}`);
    if (m.kind === 'action') terms.push(`a:${m.id}`);
  }
  for (const s of a.statements) {
    for (const o of s.objects) terms.push(`o:${o}`, `o:${o}`);
    terms.push(`a:${s.action}`);
  }
  return terms;
}

function build(agreements: EffectiveAgreement[]): AgreementIndex {
  return {
    agreements,
    bm25: buildBm25(agreements.map((a, id) => ({ id, terms: documentTerms(a) }))),
  };
}
