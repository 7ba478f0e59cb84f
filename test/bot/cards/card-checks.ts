// What every card builder's output must be, checked with Microsoft's renderer (adaptive-renderer):
// no parse warning and no validation failure, a plain-text fallback, and every button routed on a
// verb that a route handles. Used by one test file per builder, in a jsdom environment.
import { resolve } from 'node:path';
import type { BuiltCard } from '../../../bot/cards/adaptive';
import { loadEffectiveOrganisation } from '../../../cli/organisation-file';
import type { EffectiveOrganisation } from '../../../shared/organisation';
import { renderCard, type RenderedCard } from '../../helpers/adaptive-renderer';

/** The verb prefixes the bot routes (bot/teams/index.ts and the press desk). */
const ROUTED = ['ask.', 'feedback.', 'press.'];

let zilverbeek: EffectiveOrganisation | undefined;
/** Zilverbeek, loaded without the bot harness (whose botbuilder does not load under jsdom). */
export function organisation(): EffectiveOrganisation {
  zilverbeek ??= loadEffectiveOrganisation(resolve(__dirname, '../../../organisations/zilverbeek.yaml'));
  return zilverbeek;
}

/** Every action object in a card (body, ActionSets, ShowCards, refresh), with its fallback. */
export function allActions(node: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return found;
}

/** Renders the card, expects it clean, and returns what the renderer made of it. */
export function expectCleanCard(built: BuiltCard): RenderedCard {
  const rendered = renderCard(built.card);
  expect(rendered.warnings).toEqual([]);
  expect(built.card.version).toBe('1.5');
  expect(built.text.trim()).not.toBe('');
  // Clients without cards (and notifications) read this.
  expect(built.card.fallbackText.trim()).not.toBe('');
  for (const action of allActions(built.card)) {
    // Client-side actions (open a link, show a card, toggle a part) send nothing to the bot.
    if (['Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility'].includes(String(action.type)))
      continue;
    const verb = (action.data as { verb?: unknown } | undefined)?.verb;
    expect(typeof verb).toBe('string');
    expect(ROUTED.some((p) => String(verb).startsWith(p))).toBe(true);
    if (action.type === 'Action.Execute') expect(action.verb).toBe(verb);
    // messageBack data sends nothing in the Agents Playground: no button may rely on it.
    expect(JSON.stringify(action.data ?? {})).not.toContain('messageBack');
  }
  return rendered;
}

/** The card's visible text as the renderer lays it out (without button titles). */
export function renderedText(rendered: RenderedCard): string {
  const clone = rendered.element.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('button').forEach((b) => b.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
