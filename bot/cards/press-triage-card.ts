// The bot's answer to a press situation in chat: what to do now (the triage's reply, with its
// agreement numbers), and when the communication service takes over, the form to hand it over.
// When the description leaves the route open (`clarify`), the card says both answers and asks one
// question with a button per answer; a click (press.choose) replaces it with the advice for that
// choice, and the form where the service takes over.
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

const QUOTES = '\n\nWat jullie afsprakennota zegt:\n';

/** The triage reply's advice of what to do now, line by line (without the quoted agreements). */
export function triageAdvice(reply: string): string[] {
  return reply.split(QUOTES)[0].split('\n').filter(Boolean);
}

export function pressTriageCard(details: TriageDetails, form: Omit<PressFormPrefill, 'kind'>): BuiltCard {
  const { result } = details;
  const quotes = result.reply.split(QUOTES).slice(1).join('').split('\n').filter(Boolean);
  const body: CardElement[] = [
    heading(result.clarify ? s.clarify.title : KIND_LABELS[result.kind]),
    ...triageAdvice(result.reply).map((line) => textBlock(line)),
  ];
  if (result.clarify)
    body.push(
      heading(result.clarify.question),
      actionSet(
        result.clarify.choices.map((choice) =>
          executeAction(choice.label, {
            verb: PRESS_VERBS.choose,
            description: form.description,
            kind: choice.kind,
            formId: form.formId,
          }),
        ),
      ),
    );
  if (quotes.length)
    body.push({
      type: 'Container',
      style: 'emphasis',
      items: quotes.map((q) => textBlock(q, { size: 'Small' })),
    });
  const prefill: PressFormPrefill = { ...form, kind: result.kind, medium: form.medium ?? details.medium };
  // Asked back: the form comes with the answer, not before.
  if (result.clarify) return { card: adaptiveCard(body, result.reply), text: result.reply };
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
