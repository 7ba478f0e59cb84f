// Microsoft's own Adaptive Cards renderer (the `adaptivecards` package, schema up to 1.6) as a
// check of a card builder's JSON: what it warns about while parsing, what its validation reports,
// and the text and buttons it renders. Needs a DOM: use it in a jsdom test environment.
import type * as ACModule from 'adaptivecards';

// The package's `lib/` is ES modules, which jest's CommonJS runtime does not load; its `dist/` build
// is the same code as one UMD file (the one Microsoft publishes for pages to include).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACModule;

export interface RenderedCard {
  /** Parse warnings and validation failures, "Event: message" in English as the renderer words them. */
  warnings: string[];
  /** The rendered card, as a host would insert it into its page. */
  element: HTMLElement;
  /** The buttons (and clickable containers) by accessible name, in order. */
  buttons: string[];
}

// Teams renders the cards' Markdown itself; here the text is kept as text, so the renderer does
// not warn that no Markdown processor is set and `element.textContent` reads as the user reads it.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  result.outputHtml = escaped;
  result.didProcess = true;
};

export function renderCard(json: unknown): RenderedCard {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json as ACModule.PropertyBag, context);
  const warnings: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    warnings.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents)
    warnings.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  const element = card.render();
  if (!element) throw new Error('the renderer produced no element for this card');
  // Buttons, and elements made clickable by a selectAction (the renderer gives them role=button).
  const buttons = [...element.querySelectorAll('button, [role="button"]')]
    .map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim())
    .filter(Boolean);
  return { warnings, element, buttons };
}
