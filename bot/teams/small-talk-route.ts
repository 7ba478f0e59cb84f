// A greeting or a thank-you on its own is not a question about the agreements: answering it with
// "the agreements say nothing about that" would be silly. A greeting gets the welcome card (what
// the bot does, example questions), a thank-you a short reply.
import type { EffectiveOrganisation } from '../../shared/organisation';
import { strings } from '../cards/strings';
import { welcomeCard } from '../cards/welcome-card';
import { foldForMatching } from './fold';
import type { MessageRoute } from './routes';
import { cardActivity } from './send-card';

const NAME = '(?: afspraak| bot| daar| allemaal| iedereen)?';
// What people add to a greeting before they get to their question: still only a greeting.
const GREETING_TAIL =
  '(?: (?:ik heb|ik had|heb|had) (?:even |nog |eens )?(?:een|1) (?:vraag|vraagje)(?: voor (?:je|jou|u))?' +
  '| (?:even |nog )?(?:een )?(?:vraag|vraagje)' +
  '| (?:hoe gaat het|alles goed|hoe is het)(?: met (?:je|jou|u))?)?';
const GREETING = new RegExp(
  `^(?:hallo|hello|hey|hoi|hi|dag|daag|goeiedag|goedendag|goeiemorgen|goedemorgen|goeiemiddag|goedemiddag|goeienavond|goedenavond|morgen|middag|yo)${NAME}${GREETING_TAIL}$`,
);
const THANKS = new RegExp(
  `^(?:(?:ok(?:e|ay)?|top|super|perfect|prima|fijn|ah|oke) )?(?:bedankt|dank je(?: wel)?|dankjewel|dank u(?: wel)?|dankuwel|merci(?: beaucoup)?|thanks|thx|tof|top|super|perfect|prima|ok|oke|okay)${NAME}$`,
);

export function smallTalkRoute(organisation: EffectiveOrganisation): MessageRoute {
  const name = organisation.organisation.organisation.name;
  return {
    name: 'small-talk',
    matches: (text) => {
      const folded = foldForMatching(text);
      return GREETING.test(folded) || THANKS.test(folded);
    },
    async handle(context, text) {
      if (GREETING.test(foldForMatching(text))) {
        await context.sendActivity(cardActivity(welcomeCard(name)));
      } else {
        await context.sendActivity(strings.smallTalk.thanks);
      }
    },
  };
}
