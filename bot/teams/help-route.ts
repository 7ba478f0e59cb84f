// `help`, `hulp`, "wat kan je?" and the like: what the bot can do.
import { helpCard } from '../cards/help-card';
import { foldForMatching } from './fold';
import type { MessageRoute } from './routes';
import { cardActivity } from './send-card';

const HELP = new RegExp(
  '^(?:' +
    [
      '(?:help|hulp|info|uitleg|menu|commandos?|\\?)(?: (?:mij|me|aub|alsjeblieft|nodig|graag|please))*',
      'ik heb hulp nodig',
      'wat kan (?:je|jij|u|ik)(?: hier| je| jij)?(?: allemaal)?(?: doen| vragen)?',
      'wat kun (?:je|jij)(?: allemaal)?(?: doen)?',
      'hoe werkt (?:dit|dat|het|deze bot|afspraak)',
      'wie ben (?:je|jij)',
      'wat (?:ben|doe) (?:je|jij)',
    ].join('|') +
    ')$',
);

export const helpRoute: MessageRoute = {
  name: 'help',
  matches: (text) => HELP.test(foldForMatching(text)),
  async handle(context) {
    await context.sendActivity(cardActivity(helpCard()));
  },
};
