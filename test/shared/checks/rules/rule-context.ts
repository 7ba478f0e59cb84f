// Builds a rule context from plain text and the example organisation, and a table runner that
// asserts every finding slices back to its excerpt (the task pane selects these spans).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildContext, documentFromMarkdown, documentFromText } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import type { DocumentType, Finding, Rule, RuleContext } from '../../../../shared/checks';
import { effectiveOrganisation, parseOrganisation } from '../../../../shared/organisation';
import type { EffectiveOrganisation, Organisation } from '../../../../shared/organisation';

const ORG_FILE = resolve(__dirname, '../../../../organisations/zilverbeek.yaml');

export function zilverbeek(change: (o: Organisation) => Organisation = (o) => o): EffectiveOrganisation {
  const parsed = parseOrganisation(readFileSync(ORG_FILE, 'utf8'), 'zilverbeek.yaml');
  if (!parsed.ok) throw new Error('example organisation does not parse');
  return effectiveOrganisation(change(parsed.organisation));
}

const ORG = zilverbeek();

export function contextOf(
  text: string,
  type: DocumentType,
  options: { markdown?: boolean; org?: EffectiveOrganisation } = {},
): RuleContext {
  const doc = options.markdown ? documentFromMarkdown(text) : documentFromText(text);
  return buildContext(doc, options.org ?? ORG, type);
}

/** Runs a rule and checks the offsets of every finding against the text. */
export function run(rule: Rule, ctx: RuleContext): Finding[] {
  const findings = rule(ctx);
  for (const f of findings) {
    expect(f.excerpt).toBe(ctx.doc.text.slice(f.start, f.end));
    expect(f.message.length).toBeGreaterThan(20);
  }
  return findings;
}

export interface Case {
  name: string;
  text: string;
  type: DocumentType;
  /** Expected excerpts of the rule under test, in document order; [] for a valid text. */
  excerpts: string[];
  severities?: Finding['severity'][];
  markdown?: boolean;
}

/** One table per rule: valid and invalid cases, by behaviour. */
export function table(ruleId: string, rule: Rule, cases: Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ctx = contextOf(c.text, c.type, { markdown: c.markdown });
    const found = run(rule, ctx).filter((f) => f.rule === ruleId);
    // A grouped finding counts each of its places (one sentence naming two parties: two excerpts).
    const places = found.flatMap((f) => placesOf(f).map((p) => ({ ...p, severity: f.severity })));
    for (const p of places) expect(ctx.doc.text.slice(p.start, p.end)).toBe(p.excerpt);
    expect(places.map((p) => p.excerpt)).toEqual(c.excerpts);
    if (c.severities) expect(places.map((p) => p.severity)).toEqual(c.severities);
  });
}
