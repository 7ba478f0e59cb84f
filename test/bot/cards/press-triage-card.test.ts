/** @jest-environment jsdom */
// What to do now with a press situation, through Microsoft's renderer, for each route the triage
// gives: the communication service, the department itself, and not a press question.
import { pressTriageCard } from '../../../bot/cards/press-triage-card';
import { triageDetailed } from '../../../shared/triage';
import { expectCleanCard, organisation, renderedText } from './card-checks';

const org = organisation();

describe('press triage card', () => {
  it.each([
    'Een journalist van HLN belt: wat vindt de burgemeester van de sluiting van het zwembad?',
    'De krant vraagt hoeveel bezoekers de bib vorig jaar had.',
    'TV Limburg wil morgen filmen in het woonzorgcentrum.',
    'Mag ik een persbericht sturen over de opening van het speelplein?',
  ])('renders the triage of "%s" without a warning', (description) => {
    const details = triageDetailed(description, org);
    const rendered = expectCleanCard(
      pressTriageCard(details, { description, formId: 'f-1', question: description }),
    );
    for (const agreement of details.result.agreements.slice(0, 1))
      expect(renderedText(rendered)).toContain(`${agreement}`);
  });

  it('renders the question back with its two answers as buttons, and each answer, without a warning', () => {
    const description = 'Een journalist van HLN belt over de sluiting van het zwembad';
    const details = triageDetailed(description, org);
    expect(details.result.clarify).toBeDefined();
    const rendered = expectCleanCard(pressTriageCard(details, { description, formId: 'f-2' }));
    expect(rendered.buttons).toEqual(details.result.clarify!.choices.map((c) => c.label));
    const text = renderedText(rendered);
    expect(text).toContain(details.result.clarify!.question);
    expect(text).toContain('afspraak 52');
    expect(text).toContain('afspraak 50');
    for (const assume of ['informatieve-vraag', 'reactie-of-standpunt'] as const)
      expectCleanCard(
        pressTriageCard(triageDetailed(description, org, { assume }), { description, formId: 'f-2' }),
      );
  });
});
