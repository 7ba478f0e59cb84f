// The organisation's effective agreements as a search index: per agreement the stems of its text,
// of its statements' summaries and conditions, and the vocabulary ids its statements and text use.
// Built once per effective organisation and kept while the organisation object lives.
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import { askAnalyzer } from './analyzer';
import { buildBm25, type Bm25Index } from './bm25';
import { cachedTerms } from './stored-terms';

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

/** The text an agreement is indexed on: its own, its place in the note and its statements'. */
export function indexedText(a: EffectiveAgreement): string {
  const texts = [a.text, a.subsection ?? '', a.section.title];
  for (const s of a.statements) texts.push(s.summary, ...(s.conditions ?? []));
  return texts.join('\n');
}

/** The terms a document is indexed with: stems, 'o:<object>' and 'a:<action>' ids. */
export function documentTerms(a: EffectiveAgreement): string[] {
  const analyzer = askAnalyzer();
  const text = indexedText(a);
  // The same text gives the same terms: analysed once per process, or taken from the build.
  const terms = [
    ...cachedTerms('agreements', text, () => {
      const analysis = analyzer.analyse(text);
      const analysed = [...analysis.stems];
      for (const m of analysis.matches) {
        if (m.kind === 'object') analysed.push(`o:${m.id}`);
        if (m.kind === 'action') analysed.push(`a:${m.id}`);
      }
      return analysed;
    }),
  ];
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
