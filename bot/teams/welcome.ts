// Welcome messages, once per conversation: Teams announces an install both as conversationUpdate
// and as installationUpdate, and the Emulator adds the user and the bot in one update.
import type { TurnContext } from 'botbuilder';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { teamWelcomeText, welcomeCard } from '../cards/welcome-card';
import type { Queryable } from '../storage';
import type { Welcomer } from './afspraak-bot';
import { cardActivity } from './send-card';

export function createWelcomer(deps: { storage: Queryable; organisation: EffectiveOrganisation }): Welcomer {
  const name = deps.organisation.organisation.organisation.name;

  /** True for the first caller per conversation; the row is the proof it was sent. */
  const firstTime = async (context: TurnContext) => {
    const r = await deps.storage.query(
      'insert into welcomed_conversations (conversation_id) values ($1) on conflict do nothing',
      [context.activity.conversation.id],
    );
    return r.rowCount === 1;
  };

  return {
    async welcomePersonal(context) {
      if (await firstTime(context)) await context.sendActivity(cardActivity(welcomeCard(name)));
    },
    async welcomeTeam(context) {
      if (await firstTime(context)) await context.sendActivity(teamWelcomeText(name));
    },
    async forget(context) {
      await deps.storage.query('delete from welcomed_conversations where conversation_id = $1', [
        context.activity.conversation.id,
      ]);
    },
  };
}
