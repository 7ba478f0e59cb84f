// The "…is typing" indicator while a message is being answered. botbuilder's ShowTypingMiddleware
// fires on a timer without knowing about the reply: when the reply's POST to the connector was
// still under way as the timer fired, the indicator reached Teams after the answer (QA saw it on
// "wie beheert de website?") and hung there. This one stops for good as soon as the turn sends a
// real activity, and makes that activity wait for an indicator already on its way, so the
// connector always receives typing before the reply, or no typing at all.
import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type Middleware,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../log';

export interface TypingTiming {
  /** Milliseconds before the first indicator: an instant answer shows no flicker. */
  delay: number;
  /** Milliseconds between indicators while the work goes on (Teams hides one after ~3 s). */
  period: number;
}

export class TypingIndicator implements Middleware {
  constructor(
    private readonly timing: TypingTiming,
    private readonly log?: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();

    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let inFlight: Promise<void> = Promise.resolve();
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
    };
    const schedule = (ms: number) => {
      timer = setTimeout(() => {
        if (stopped) return;
        inFlight = this.sendTyping(context);
        void inFlight.then(() => {
          if (!stopped) schedule(this.timing.period);
        });
      }, ms);
    };

    context.onSendActivities(async (_ctx, activities, sendNext): Promise<ResourceResponse[]> => {
      if (activities.some((a) => a.type !== ActivityTypes.Typing)) {
        stop();
        // An indicator already posted must arrive first, or it would follow the reply.
        await inFlight;
      }
      return sendNext();
    });

    schedule(this.timing.delay);
    try {
      await next();
    } finally {
      stop();
    }
  }

  /** Straight through the adapter: no other middleware, and the turn does not count as answered. */
  private async sendTyping(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    const typing = TurnContext.applyConversationReference(
      { type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo } as Partial<Activity>,
      reference,
    );
    try {
      await context.adapter.sendActivities(context, [typing]);
    } catch (err) {
      // Only cosmetic: the answer itself must not fail or apologise because of it.
      this.log?.warn(`typing indicator not sent: ${(err as Error).message}`);
    }
  }
}
