// The one place a failed turn ends: log it, tell the user in Dutch, never crash the process.
import { ActivityTypes, StatusCodes, type TurnContext } from 'botbuilder';
import { strings } from '../cards/strings';
import type { Logger } from '../log';

export async function onTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  log.error(
    `turn failed (${context.activity.type} ${context.activity.id ?? ''}): ${error.stack ?? error.message}`,
  );
  try {
    await context.sendTraceActivity(
      'OnTurnError Trace',
      String(error),
      'https://www.botframework.com/schemas/error',
      'TurnError',
    );
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity(strings.errors.apology);
    } else if (
      context.activity.type === ActivityTypes.Invoke &&
      context.activity.name === 'adaptiveCard/action'
    ) {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: StatusCodes.OK,
          body: {
            statusCode: 500,
            type: 'application/vnd.microsoft.error',
            value: { code: 'InternalError', message: strings.errors.apology },
          },
        },
      });
    }
  } catch (sendError) {
    log.error('could not tell the user about the failed turn', sendError);
  }
}
