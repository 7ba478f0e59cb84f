// People named in a question ("mag An Peeters …", "Koen Maes wil …") are read as their role from
// the organisation file, so the verdict is about a burgemeester or a schepen.
import type { Role } from '../catalogue/types';
import type { LexiconMatch } from '../language';
import { normalise } from '../language';
import type { Token } from '../language';
import type { EffectiveOrganisation, PersonRole } from '../organisation/types';

const ROLE_OF: Record<PersonRole, Role> = {
  burgemeester: 'burgemeester',
  schepen: 'schepen',
  'algemeen-directeur': 'algemeen-directeur',
  communicatieverantwoordelijke: 'communicatieverantwoordelijke',
  gemeenteraadsvoorzitter: 'mandataris',
  'voorzitter-bijzonder-comite': 'mandataris',
  diensthoofd: 'diensthoofd',
  raadslid: 'mandataris',
};

interface NamePattern {
  words: string[];
  role: Role;
}

const cache = new WeakMap<EffectiveOrganisation, NamePattern[]>();

function patterns(org: EffectiveOrganisation): NamePattern[] {
  let list = cache.get(org);
  if (list) return list;
  list = [];
  const surnames = new Map<string, number>();
  for (const p of org.organisation.people) {
    const words = normalise(p.name).split(/\s+/).filter(Boolean);
    const surname = words.slice(1).join(' ');
    if (surname) surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
  }
  for (const p of org.organisation.people) {
    const words = normalise(p.name).split(/\s+/).filter(Boolean);
    const role = ROLE_OF[p.role];
    list.push({ words, role });
    // The surname alone, when only one person carries it ("Peeters wil …").
    const surname = words.slice(1);
    if (surname.length && surname.join('').length >= 4 && surnames.get(surname.join(' ')) === 1)
      list.push({ words: surname, role });
  }
  list.sort((a, b) => b.words.length - a.words.length);
  cache.set(org, list);
  return list;
}

/** Role matches for the organisation's people named in the question, at the names' offsets. */
export function nameMatches(tokens: readonly Token[], org: EffectiveOrganisation): LexiconMatch[] {
  const words = tokens.filter((t) => t.kind === 'word');
  const out: LexiconMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    // Names are written with a capital; "peeters" in lower case still counts, "an" alone never.
    for (const p of patterns(org)) {
      const n = p.words.length;
      if (i + n > words.length) continue;
      if (!p.words.every((w, k) => words[i + k].norm === w)) continue;
      out.push({
        kind: 'role',
        id: p.role,
        term: p.words.join(' '),
        start: words[i].start,
        end: words[i + n - 1].end,
        corrected: false,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}
