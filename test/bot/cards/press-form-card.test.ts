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

describe('press form card, as seen in the Agents Playground (issue 17)', () => {
  /** Every input of a card, ShowCards included. */
  const inputs = (node: unknown): Record<string, unknown>[] => {
    const found: Record<string, unknown>[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.type === 'string' && o.type.startsWith('Input.')) found.push(o);
        Object.values(o).forEach(walk);
      }
    };
    walk(node);
    return found;
  };
  const form = pressFormCard({ description: 'x', kind: 'interview', formId: 'f' });

  it('leaves the star of a required field to the renderer, and gives every required input a Dutch error message', () => {
    const question = inputs(form.card).find((i) => i.id === 'question')!;
    expect(question.isRequired).toBe(true);
    expect(String(question.label)).not.toContain('*');
    const rendered = expectCleanCard(form);
    expect(renderedText(rendered)).not.toMatch(/\*\s*\*/);
    for (const input of inputs(form.card).filter((i) => i.isRequired))
      expect(String(input.errorMessage)).toMatch(/\b(je|de|het)\b/);
  });

  it('puts a Dutch placeholder in the date and time inputs', () => {
    const date = inputs(form.card).find((i) => i.type === 'Input.Date')!;
    const time = inputs(form.card).find((i) => i.type === 'Input.Time')!;
    expect(date.placeholder).toBe(pressStrings.form.deadlineDatePlaceholder);
    expect(time.placeholder).toBe(pressStrings.form.deadlineTimePlaceholder);
    expect(`${date.placeholder} ${time.placeholder}`).toMatch(/Kies een datum.*Kies een uur/);
  });

  it('keeps the advice with the confirmation, refreshes it for the requester, and says "no desk" only when there is none', () => {
    const advice = ['Geef zelf geen reactie aan de pers.', 'De communicatiedienst neemt contact op.'];
    const withoutDesk = pressSubmittedCard('PV-2026-0003', {
      advice,
      noDesk: true,
      requestId: 3,
      requesterId: '29:jan',
      status: { status: 'open', ownerName: null },
    });
    const text = renderedText(expectCleanCard(withoutDesk));
    for (const line of advice) expect(text).toContain(line);
    expect(text).toContain(pressStrings.submitted.noDesk);
    expect(withoutDesk.card.refresh).toMatchObject({
      action: { verb: PRESS_VERBS.submitted, data: { requestId: 3 } },
      userIds: ['29:jan'],
    });
    const later = pressSubmittedCard('PV-2026-0003', {
      advice,
      noDesk: false,
      requestId: 3,
      status: { status: 'genomen', ownerName: 'Sam' },
    });
    const laterText = renderedText(expectCleanCard(later));
    expect(laterText).not.toContain(pressStrings.submitted.noDesk);
    expect(laterText).toContain('Sam van de communicatiedienst volgt je vraag op.');
  });
});
