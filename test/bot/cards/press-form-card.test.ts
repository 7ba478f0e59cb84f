/** @jest-environment jsdom */
// The hand-over form (and the bare `persvraag` form, and the confirmation) through Microsoft's
// renderer: required inputs have a label and an error message, the submit button carries the form.
import {
  PRESS_VERBS,
  pressAskCard,
  pressFormCard,
  pressSubmittedCard,
} from '../../../bot/cards/press-form-card';
import { pressStrings } from '../../../bot/cards/press-strings';
import { allActions, expectCleanCard, renderedText } from './card-checks';

describe('press form card', () => {
  it('renders the form after a triage without a warning, its submit routed on press.submit', () => {
    const built = pressFormCard({
      description: 'Een journalist van HLN belt over het zwembad',
      kind: 'reactie-of-standpunt',
      medium: 'HLN',
      formId: 'form-1',
    });
    const rendered = expectCleanCard(built);
    expect(rendered.element.querySelectorAll('input, textarea').length).toBeGreaterThanOrEqual(5);
    const submit = allActions(built.card).find((a) => a.verb === PRESS_VERBS.submit);
    expect(submit?.data).toMatchObject({ formId: 'form-1', kind: 'reactie-of-standpunt' });
  });

  it('renders the form again with the missing field said and the values kept', () => {
    const rendered = expectCleanCard(
      pressFormCard({
        description: 'x',
        formId: 'form-2',
        error: pressStrings.form.questionMissing,
        values: { medium: 'VRT', journalist: 'Eva' },
      }),
    );
    expect(renderedText(rendered)).toContain(pressStrings.form.questionMissing);
    const values = [...rendered.element.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value);
    expect(values).toEqual(expect.arrayContaining(['VRT', 'Eva']));
  });

  it('renders the bare persvraag form and both confirmations cleanly', () => {
    expectCleanCard(pressAskCard({ formId: 'form-3' }));
    expectCleanCard(pressSubmittedCard('PV-2026-0001', { already: false, noDesk: false }));
    const again = expectCleanCard(pressSubmittedCard('PV-2026-0001', { already: true, noDesk: true }));
    expect(renderedText(again)).toContain('PV-2026-0001');
  });
});
