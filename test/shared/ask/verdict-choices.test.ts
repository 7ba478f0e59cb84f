// Issue 13, never confidently wrong: sufficiency questions get their own reading, one agreement
// that answers an asker differently per situation is asked back as situations (a yes/no clarify
// within it), and a picked situation is answered by its own statement.
import { ask } from '../../../shared/ask';
import { readQuestion } from '../../../shared/ask/interpret';
import { polarity } from '../../../shared/ask/polarity';
import { MAX_LABEL_LENGTH } from '../../../shared/ask/situations';
import { decideVerdict } from '../../../shared/ask/verdict';
import { statementLabel, verdictChoices } from '../../../shared/ask/verdict-choices';
import { effective } from './org';

const org = effective();

describe('sufficiency questions', () => {
  it('says no, and who else is needed, when what is named does not cover what is required (36)', () => {
    const r = ask('Volstaat de handtekening van de schepen op een brief aan de bewoners?', org, {
      agreement: 36,
    });
    expect(r.answers[0].verdict).toBe('mag-niet');
    expect(r.reply.split('\n')[0]).toMatch(/^Nee, dat volstaat niet: ook .*algemeen directeur/);
  });

  it('says yes when the question names everyone the statement requires', () => {
    const r = ask(
      'Is de handtekening van de burgemeester en de algemeen directeur genoeg voor een brief?',
      org,
      {
        agreement: 36,
      },
    );
    expect(r.answers[0].verdict).toBe('mag');
    expect(r.reply.startsWith('Ja')).toBe(true);
  });

  it('leaves a sufficiency question that names nobody to the usual reading', () => {
    const i = readQuestion('Is een mail naar de krant genoeg?', org).interpretation;
    expect(i.sufficiency).toBe(true);
    const a = org.byNumber.get(45)!;
    expect(decideVerdict(a.statements, undefined, i).alsoNeeded).toBeUndefined();
  });
});

describe('a clarify within one agreement', () => {
  const question = 'Mogen we op de website communiceren over beleid?';
  const read = readQuestion(question, org);
  const choices = verdictChoices(org.byNumber.get(30)!, read);

  it('offers the situations that answer differently, in words that fit a button', () => {
    expect(choices.length).toBeGreaterThanOrEqual(2);
    for (const c of choices) {
      expect(c.agreement).toBe(30);
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
      expect(c.statement).toBeDefined();
    }
    expect(new Set(choices.map((c) => c.label)).size).toBe(choices.length);
    const answers = choices.map((c) =>
      polarity(
        decideVerdict(
          org.byNumber.get(30)!.statements,
          org.byNumber.get(30)!.statements[c.statement!],
          read.interpretation,
          {
            chosen: true,
          },
        ).verdict,
        read.interpretation.kind,
      ),
    );
    expect(new Set(answers).size).toBe(answers.length);
  });

  it('answers a picked situation from its own statement, with no contradiction', () => {
    expect(choices.length).toBeGreaterThanOrEqual(2);
    for (const c of choices) {
      const r = ask(question, org, { agreement: 30, statement: c.statement });
      expect(r.mode).toBe('answer');
      const s = org.byNumber.get(30)!.statements[c.statement!];
      expect(r.parts?.explanation.join(' ')).toContain(s.summary.replace(/[.]$/, ''));
      if (s.modality === 'mag-niet') expect(r.reply.startsWith('Nee')).toBe(true);
      if (s.modality === 'mag') expect(r.reply.startsWith('Ja')).toBe(true);
    }
  });

  it('names no situation it would have to cut short or that only differs by its verb', () => {
    const a = org.byNumber.get(32)!;
    // 32: the exceptions are six long conditions on the same act and channels.
    expect(statementLabel(a.statements[1], [a.statements[0]])).toBe('');
  });

  it('does not ask back when the reply already names the exception beside the rule (72)', () => {
    const q = 'Mag onze dienst een eigen logo laten ontwerpen voor onze folders?';
    expect(verdictChoices(org.byNumber.get(72)!, readQuestion(q, org))).toEqual([]);
  });
});

describe('the answer mode', () => {
  it('gives no yes or no below the answer threshold: it asks back', () => {
    const r = ask(
      'Het college bespreekt een voorstel over een nieuw zwembad. Mogen we daar al over communiceren op de website?',
      org,
    );
    expect(r.confidence).toBeLessThan(0.5);
    expect(r.mode).toBe('clarify');
    expect(r.reply).not.toMatch(/^(Ja|Nee)\b/);
  });
});

describe('a proposed form of address', () => {
  const a22 = org.byNumber.get(22)!;
  const verdictFor = (q: string) => {
    const i = readQuestion(q, org).interpretation;
    return { form: i.addressForm, verdict: decideVerdict(a22.statements, undefined, i).verdict };
  };
  const u = a22.statements.find((s) => s.conditions?.includes('u-vorm'))!;
  const je = a22.statements.find((s) => s.conditions?.includes('je-vorm'))!;

  it('reads the form the question proposes, not a pronoun', () => {
    expect(
      readQuestion('Mag ik hem met je aanspreken in mijn antwoord?', org).interpretation.addressForm,
    ).toBe('je');
    expect(readQuestion('Mag ik de u-vorm gebruiken op Facebook?', org).interpretation.addressForm).toBe('u');
    expect(readQuestion('Mag je dat op Facebook zetten?', org).interpretation.addressForm).toBeUndefined();
    expect(verdictFor('Mag ik je zeggen tegen de bewoners?').form).toBe('je');
  });

  it('says no to the other form than the statement prescribes, and yes to the same', () => {
    const i = readQuestion('Mag ik hem met je aanspreken in mijn antwoord?', org).interpretation;
    expect(decideVerdict(a22.statements, u, i).verdict).toBe('mag-niet');
    expect(decideVerdict(a22.statements, je, i).verdict).toBe('mag');
  });
});
