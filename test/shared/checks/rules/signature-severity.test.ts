// Agreement 36: a schepen who is not competent for the letter's subject. With a subject line
// ("Betreft: …") the mismatch is plain: an error. Read from the body alone it is a judgement the
// writer may know better about: a warning. Same letter, same signatories, one line apart.
import { signatureRules } from '../../../../shared/checks/rules/signature';
import { runRule } from './run-rule';

const BODY = [
  'Geachte mevrouw,',
  'Het zwembad en de sporthal sluiten van 1 tot 31 maart voor onderhoud. De sportclubs trainen in die periode in de sporthal van Meerdonk.',
  '',
  'Met vriendelijke groeten,',
  '',
  'De algemeen directeur\t\tDe schepen van cultuur',
  'Hilde Dewilde\t\tKoen Maes',
];
const notCompetent = (lines: string[]) =>
  runRule(signatureRules, lines.join('\n'), 'brief').filter((f) => f.rule === 'signature.not-competent');

describe('signature: a schepen outside the subject', () => {
  it('is an error when a subject line names the subject', () => {
    const findings = notCompetent(['Betreft: sluiting van het zwembad en de sporthal', '', ...BODY]);
    expect(findings.map((f) => [f.severity, f.excerpt])).toEqual([
      ['error', expect.stringContaining('Koen Maes')],
    ]);
    expect(findings[0].message).toContain('(bevoegd: schepen Sofie Claes)');
  });

  it('is a warning when only the body shows the subject', () => {
    const findings = notCompetent(BODY);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0].message).toContain('(bevoegd: schepen Sofie Claes)');
  });

  it('is no finding at all for the competent schepen, with or without a subject line', () => {
    const sofie = BODY.map((l) =>
      l.replace('De schepen van cultuur', 'De schepen van sport').replace('Koen Maes', 'Sofie Claes'),
    );
    expect(notCompetent(sofie)).toEqual([]);
    expect(notCompetent(['Betreft: sluiting van het zwembad', '', ...sofie])).toEqual([]);
  });
});
