// `help`, `hulp` and the like: what the bot can do.
import { helpCard } from '../cards/help-card';
import type { MessageRoute } from './routes';
import { cardActivity } from './send-card';

const HELP =
  /^(help|hulp|\?|wat kan je( allemaal)?( doen)?|wat kun je( allemaal)?( doen)?|uitleg|menu|commando'?s)[\s?!.]*$/i;

export const helpRoute: MessageRoute = {
  name: 'help',
  matches: (text) => HELP.test(text.trim()),
  async handle(context) {
    await context.sendActivity(cardActivity(helpCard()));
  },
};
