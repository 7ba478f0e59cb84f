// The bot's answer to a press situation in chat: what to do now (the triage's reply, with its
// agreement numbers), and when the communication service takes over, the form to hand it over.
import type { TriageDetails } from '../../shared/triage';
import {
  actionSet,
  adaptiveCard,
  executeAction,
  heading,
  textBlock,
  type BuiltCard,
  type CardElement,
} from './adaptive';
import { PRESS_VERBS, pressFormElements, type PressFormPrefill } from './press-form-card';
import { KIND_LABELS, pressStrings as s } from './press-strings';

export function pressTriageCard(details: TriageDetails, form: Omit<PressFormPrefill, 'kind'>): BuiltCard {
  const { result } = details;
  const [advice, ...rest] = result.reply.split('\n\nWat jullie afsprakennota zegt:\n');
  const quotes = rest.join('').split('\n').filter(Boolean);
  const body: CardElement[] = [
    heading(KIND_LABELS[result.kind]),
    ...advice.split('\n').map((line) => textBlock(line)),
  ];
  if (quotes.length)
    body.push({
      type: 'Container',
      style: 'emphasis',
      items: quotes.map((q) => textBlock(q, { size: 'Small' })),
    });
  const prefill: PressFormPrefill = { ...form, kind: result.kind, medium: form.medium ?? details.medium };
  if (result.route === 'communicatiedienst') body.push(...pressFormElements(prefill));
  else if (result.route === 'dienst')
    body.push(
      actionSet([
        executeAction(s.form.openForm, {
          verb: PRESS_VERBS.form,
          description: form.description,
          kind: result.kind,
          formId: form.formId,
        }),
      ]),
    );
  return { card: adaptiveCard(body, result.reply), text: result.reply };
}
