/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Finding } from '../../../shared/checks/types';
import { FindingItem } from '../../../taskpane/components/finding-item';
import { zilverbeekEffective } from '../fixtures';

const org = zilverbeekEffective();
const je: Finding = {
  rule: 'address.form',
  agreement: 22,
  severity: 'warning',
  message: "In een brief spreken we de lezer aan met 'u'.",
  excerpt: 'Je',
  start: 5,
  end: 7,
  suggestion: 'U',
  fix: { replacement: 'U' },
};
const signature: Finding = {
  rule: 'signature.director-missing',
  agreement: 36,
  severity: 'error',
  message: 'De algemeen directeur ondertekent deze brief niet.',
  excerpt: 'An Peeters',
  start: 40,
  end: 50,
  suggestion: 'Voeg de handtekening toe van de algemeen directeur.',
};

function renderItem(finding: Finding, actions: Partial<Parameters<typeof FindingItem>[0]> = {}) {
  const handlers = { onShow: jest.fn(), onApply: jest.fn(), onDismiss: jest.fn(), ...actions };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <FindingItem finding={finding} agreement={org.byNumber.get(finding.agreement)} {...handlers} />
      </ul>
    </FluentProvider>,
  );
  const item = view.container.querySelector(`[data-rule="${finding.rule}"]`) as HTMLElement;
  return { item, handlers };
}

describe('a finding in the pane', () => {
  it('is one element with data-rule showing the excerpt, the message and the agreement number', () => {
    const { item } = renderItem(je);
    expect(item).not.toBeNull();
    expect(item.textContent).toContain('Je');
    expect(item.textContent).toContain(je.message);
    expect(item.textContent).toContain('Afspraak 22');
    expect(item.textContent).toContain('Aandachtspunt');
  });

  it('offers Toon, Pas toe and Negeer, each with the finding', () => {
    const { item, handlers } = renderItem(je);
    fireEvent.click(within(item).getByRole('button', { name: 'Toon' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Pas toe' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Negeer' }));
    const place = expect.objectContaining({ start: je.start, end: je.end, excerpt: je.excerpt });
    expect(handlers.onShow).toHaveBeenCalledWith(je, place);
    expect(handlers.onApply).toHaveBeenCalledWith(je, place);
    expect(handlers.onDismiss).toHaveBeenCalledWith(je);
  });

  it('shows advice as text, without Pas toe', () => {
    const { item } = renderItem(signature);
    expect(within(item).queryByRole('button', { name: 'Pas toe' })).toBeNull();
    expect(item.textContent).toContain('Voeg de handtekening toe');
  });

  it('hides Toon and Pas toe where the host cannot select or edit', () => {
    const { item } = renderItem(je, { onShow: undefined, onApply: undefined });
    expect(within(item).queryByRole('button', { name: 'Toon' })).toBeNull();
    expect(within(item).queryByRole('button', { name: 'Pas toe' })).toBeNull();
  });

  it("shows the organisation's text of the agreement on Waarom?", () => {
    const { item } = renderItem(signature);
    const why = within(item).getByRole('button', { name: 'Waarom?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const note = screen.getByRole('note', { name: 'Afspraak 36' });
    expect(note.textContent).toContain(org.byNumber.get(36)!.section.title);
    expect(note.textContent).toContain(org.byNumber.get(36)!.text.split('\n')[0].slice(0, 40));
  });
});
