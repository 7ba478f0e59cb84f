// The press desk in Teams. Message routes (tried before the default ask route):
//   press.desk      "persdesk instellen" (in the desk channel, communication service only),
//                   "overzicht" (open requests by deadline, communication service only)
//   press.situation "persvraag …" or a chat message that describes a press situation (triage)
// Card actions (prefix press.):
//   press.form      the hand-over form after a 'dienst' route ("toch doorgeven")
//   press.choose    the answer to the triage's question back (only facts, or a view)
//   press.submit    store the request (once per form), then queue it for the desk
//   press.take / press.handback / press.close / press.inform   the desk card's buttons
//   press.refresh   the card's automatic refresh: the current state for everyone
import { randomUUID } from 'node:crypto';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { normalise } from '../../shared/language/normalise';
import { isPressSituation, triageDetailed } from '../../shared/triage';
import type { InformRole } from '../../shared/triage/types';
import {
  knownKind,
  PRESS_VERBS,
  pressAskCard,
  pressFormCard,
  pressSubmittedCard,
  type FormField,
} from '../cards/press-form-card';
import { pressOverviewCard } from '../cards/press-overview-card';
import { pressRequestCard } from '../cards/press-request-card';
import { pressStrings } from '../cards/press-strings';
import { pressTriageCard, triageAdvice } from '../cards/press-triage-card';
import type { Logger } from '../log';
import type { Storage } from '../storage';
import type { CardActionResponse, Turn } from '../teams/port';
import { cardActivity } from '../teams/send-card';
import {
  cardResponse,
  errorResponse,
  type ActionData,
  type ActionRoute,
  type MessageRoute,
} from '../teams/routes';
import { parseDeadline } from './deadline';
import { getDeskChannel, queueOpenRequestsFor, setDeskChannel } from './desk-channel';
import { deskInformList } from './inform';
import type { Membership } from './members';
import { learnCopy } from './card-copies';
import { factsOrView, requestTriage } from './request-triage';
import { whomToAsk } from './desk-contact';
import { parseRequestId } from './request-id';
import { enqueue, wakeWaiting } from './outbox';
import { channelReference } from './channel-reference';
import type { PressStore } from './store';
import type { Actor, ChangeResult } from './types';

export interface RouteDeps {
  storage: Storage;
  store: PressStore;
  membership: Membership;
  org: EffectiveOrganisation | (() => EffectiveOrganisation);
  log: Logger;
  /** Something was queued: deliver it soon. */
  kick(): void;
}

const fold = (s: string) =>
  normalise(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const SETUP =
  /^(?:persdesk instellen|stel (?:de )?persdesk in|persdesk hier|maak (?:dit|hier) (?:de )?persdesk|persdesk)$/;
const OVERVIEW = /^(?:overzicht|persoverzicht|overzicht persvragen|open persvragen|openstaande persvragen)$/;
const COMMAND = /^persvraag\b[\s:,-]*/i;

const emailCache = new Map<string, { email?: string; at: number }>();
const EMAIL_CACHE_MS = 10 * 60_000;

async function actorOf(context: Turn, needsEmail: boolean): Promise<Actor> {
  const from = context.activity.from ?? { id: 'onbekend' };
  const actor: Actor = {
    id: from.id,
    name: from.name,
    ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  };
  if (!needsEmail) return actor;
  const cached = emailCache.get(from.id);
  if (cached && Date.now() - cached.at < EMAIL_CACHE_MS)
    return cached.email ? { ...actor, email: cached.email } : actor;
  const email = await context.senderEmail();
  emailCache.set(from.id, { email, at: Date.now() });
  return email ? { ...actor, email } : actor;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function createPressRoutes(deps: RouteDeps): {
  messageRoutes: MessageRoute[];
  actionRoutes: ActionRoute[];
} {
  const { store, membership } = deps;
  // Read per request: a new version of the note reaches the press desk without a restart.
  const currentOrg = () => (typeof deps.org === 'function' ? deps.org() : deps.org);
  const actor = (context: Turn) => actorOf(context, membership.needsEmail);

  const deskRoute: MessageRoute = {
    name: 'press.desk',
    matches: (text) => SETUP.test(fold(text)) || OVERVIEW.test(fold(text)),
    async handle(context, text) {
      const who = await actor(context);
      if (!(await store.isMember(who))) {
        const whom = whomToAsk(currentOrg());
        await context.sendActivity(
          membership.configured ? pressStrings.desk.notMember(whom) : pressStrings.desk.notConfigured(whom),
        );
        return;
      }
      if (OVERVIEW.test(fold(text))) {
        await context.sendActivity(cardActivity(pressOverviewCard(await store.list({ filter: 'open' }))));
        return;
      }
      if (context.activity.conversation?.conversationType !== 'channel') {
        await context.sendActivity(pressStrings.desk.notChannel);
        return;
      }
      const reference = channelReference(context.conversationReference());
      const channelName = (context.activity.channelData as { channel?: { name?: string } } | undefined)
        ?.channel?.name;
      await setDeskChannel(deps.storage, { reference, channelName, setById: who.id, setByName: who.name });
      const conversationId = (reference.conversation as { id?: string } | undefined)?.id;
      if (conversationId) await queueOpenRequestsFor(deps.storage, conversationId);
      await wakeWaiting(deps.storage);
      deps.kick();
      deps.log.info(`press desk set up in channel ${channelName ?? '(no name)'} by ${who.name ?? who.id}`);
      await context.sendActivity(pressStrings.desk.setUp(channelName ?? ''));
    },
  };

  const situationRoute: MessageRoute = {
    name: 'press.situation',
    matches: (text) => COMMAND.test(text) || isPressSituation(text),
    async handle(context, text) {
      const description = text.replace(COMMAND, '').trim();
      const formId = randomUUID();
      if (!description) {
        await context.sendActivity(cardActivity(pressAskCard({ formId })));
        return;
      }
      const org = currentOrg();
      const details = triageDetailed(description, org);
      await context.sendActivity(
        cardActivity(pressTriageCard(details, { description, formId, question: description })),
      );
    },
  };

  const formValues = (data: ActionData): Partial<Record<FormField, string>> => {
    const fields: FormField[] = [
      'medium',
      'journalist',
      'contact',
      'question',
      'deadlineDate',
      'deadlineTime',
      'department',
      'alreadySaid',
    ];
    return Object.fromEntries(fields.map((f) => [f, str(data[f])]).filter(([, v]) => v)) as Partial<
      Record<FormField, string>
    >;
  };

  const triageOf = (description: string, question: string, department?: string, answered?: unknown) =>
    requestTriage(currentOrg(), description, question, department, answered);

  const submit = async (context: Turn, data: ActionData): Promise<CardActionResponse> => {
    const description = str(data.description) ?? '';
    const formId = str(data.formId);
    const values = formValues(data);
    const kind = knownKind(data.kind);
    const again = (error: string) =>
      cardResponse(pressFormCard({ description, kind, formId: formId ?? randomUUID(), error, values }).card);
    if (!values.question) return again(pressStrings.form.questionMissing);
    const deadline = parseDeadline(values.deadlineDate, values.deadlineTime);
    if (deadline === null) return again(pressStrings.form.badDeadline);

    const details = triageOf(description || values.question, values.question, values.department, kind);
    const requester = await actor(context);
    const sourceKey = formId
      ? `form:${formId}`
      : `activity:${context.activity.conversation?.id}:${context.activity.id}`;
    const { request, created } = await store.create({
      sourceKey,
      description: description || values.question,
      kind: details.result.kind,
      route: details.result.route,
      agreements: details.result.agreements,
      inform: deskInformList(details.informPeople.map((p) => ({ role: p.role, label: p.label }))),
      medium: values.medium,
      journalist: values.journalist,
      contact: values.contact,
      question: values.question,
      deadline: deadline ?? undefined,
      department: values.department,
      alreadySaid: values.alreadySaid,
      requester,
      requesterReference: context.conversationReference(),
    });
    return cardResponse(
      pressSubmittedCard(request.number, {
        already: !created,
        noDesk: !(await getDeskChannel(deps.storage)),
        advice: triageAdvice(details.result.reply),
        requestId: request.id,
        requesterId: request.requesterId,
        status: request,
      }).card,
    );
  };

  /** The requester's confirmation as it is now: the desk as set up now, who follows the request. */
  const submittedNow = async (context: Turn, data: ActionData): Promise<CardActionResponse> => {
    const requestId = parseRequestId(data.requestId);
    const found = requestId === undefined ? undefined : await store.get(requestId);
    if (!found) return errorResponse(404, 'NotFound', pressStrings.unknownRequest);
    const { request } = found;
    const who = await actor(context);
    // The requester's own card; a desk member may see it too, nobody else.
    if (who.id !== request.requesterId && !(await store.isMember(who)))
      return errorResponse(403, 'Forbidden', pressStrings.refused);
    const details = triageOf(
      request.description,
      request.question,
      request.department ?? undefined,
      request.kind,
    );
    const advice = triageAdvice(details.result.reply);
    return cardResponse(
      pressSubmittedCard(request.number, {
        already: data.already === true,
        noDesk: !(await getDeskChannel(deps.storage)),
        advice,
        requestId: request.id,
        requesterId: request.requesterId,
        status: request,
      }).card,
    );
  };

  const respond = (result: ChangeResult): CardActionResponse => {
    if (result.ok) {
      return cardResponse(pressRequestCard(result.request).card);
    }
    if (result.reason === 'not-member') return errorResponse(403, 'Forbidden', pressStrings.refused);
    if (!result.request) return errorResponse(404, 'NotFound', result.message);
    // Someone else was first, or it is closed: show the current card with who has it.
    return cardResponse(pressRequestCard(result.request, { notice: result.message }).card);
  };

  /**
   * A click or a refresh on a desk card names the message it came from: a copy nobody recorded (a
   * post repeated after a crash) becomes known, and every copy is brought up to date.
   */
  const learnFromCard = async (context: Turn, requestId: number) => {
    const activityId = context.activity.replyToId;
    const conversationId = context.activity.conversation?.id?.replace(/;messageid=.*$/, '');
    if (!Number.isInteger(requestId) || !activityId || !conversationId) return;
    const desk = await getDeskChannel(deps.storage);
    const deskId = (desk?.reference.conversation as { id?: string } | undefined)?.id;
    if (!deskId || deskId !== conversationId) return;
    if (!(await learnCopy(deps.storage, requestId, { conversationId, activityId }))) return;
    deps.log.info(`press desk: learnt an unrecorded copy of request ${requestId}'s card (${activityId})`);
    await enqueue(deps.storage, {
      dedupeKey: `desk.update:${requestId}:copy:${activityId}`,
      kind: 'desk.update',
      requestId,
    });
    deps.kick();
  };

  const actionRoute: ActionRoute = {
    verbPrefix: 'press.',
    async handle(context, data) {
      const requestId = parseRequestId(data.requestId) ?? NaN;
      await learnFromCard(context, requestId).catch((err) =>
        deps.log.warn(`press desk: could not record a card copy: ${(err as Error).message}`),
      );
      switch (data.verb) {
        case PRESS_VERBS.form:
          return cardResponse(
            pressFormCard({
              description: str(data.description) ?? '',
              kind: knownKind(data.kind),
              formId: str(data.formId) ?? randomUUID(),
              question: str(data.description),
            }).card,
          );
        case PRESS_VERBS.choose: {
          // The answer to the question back: the advice for that choice replaces the question.
          const description = str(data.description) ?? '';
          const assume = factsOrView(data.kind);
          const details = triageDetailed(description, currentOrg(), assume ? { assume } : {});
          return cardResponse(
            pressTriageCard(details, {
              description,
              formId: str(data.formId) ?? randomUUID(),
              question: description,
            }).card,
          );
        }
        case PRESS_VERBS.submit:
          return submit(context, data);
        case PRESS_VERBS.submitted:
          return submittedNow(context, data);
        case PRESS_VERBS.refresh: {
          const found = Number.isInteger(requestId) ? await store.get(requestId) : undefined;
          if (!found) return errorResponse(404, 'NotFound', pressStrings.unknownRequest);
          return cardResponse(pressRequestCard(found.request).card);
        }
        case PRESS_VERBS.take:
        case PRESS_VERBS.handBack:
        case PRESS_VERBS.close:
        case PRESS_VERBS.inform: {
          if (!Number.isInteger(requestId))
            return errorResponse(400, 'BadRequest', pressStrings.unknownRequest);
          const who = await actor(context);
          const result =
            data.verb === PRESS_VERBS.take
              ? await store.take(requestId, who)
              : data.verb === PRESS_VERBS.handBack
                ? await store.handBack(requestId, who, str(data.note))
                : data.verb === PRESS_VERBS.close
                  ? await store.close(requestId, who, str(data.outcome) ?? '')
                  : await store.toggleInformed(requestId, who, String(data.role) as InformRole);
          if (!result.ok && result.reason === 'not-member')
            deps.log.warn(
              `press desk: refused ${data.verb} on ${requestId} by ${who.name ?? who.id} (not a member)`,
            );
          if (!result.ok && result.reason === 'invalid' && result.request === undefined)
            return errorResponse(400, 'BadRequest', result.message);
          if (!result.ok && result.reason === 'invalid')
            return cardResponse(pressRequestCard(result.request!, { notice: result.message }).card);
          return respond(result);
        }
        default: {
          // A button this version does not know (an old or tampered card): say so, and show the
          // request's current card when there is one, rather than claiming the request is gone.
          deps.log.warn(`press desk: unknown card action ${String(data.verb)}`);
          const found = Number.isInteger(requestId) ? await store.get(requestId) : undefined;
          if (found)
            return cardResponse(pressRequestCard(found.request, { notice: pressStrings.unknownAction }).card);
          return errorResponse(400, 'UnknownVerb', pressStrings.unknownAction);
        }
      }
    },
  };

  return { messageRoutes: [deskRoute, situationRoute], actionRoutes: [actionRoute] };
}
