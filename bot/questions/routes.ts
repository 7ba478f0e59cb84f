// The Vragen page's API (described with the note's routes in bot/note/routes.ts): the grouped
// questions, and the two ways to turn one into the note: an example question for an agreement
// (saved in the draft) or a prefilled own agreement (returned; the composer saves it).
import type { Server } from 'restify';
import { searchAgreements } from '../../shared/ask';
import type { OwnAgreement } from '../../shared/organisation/types';
import { groupQuestions } from '../../shared/questions/group';
import { FIRST_OWN_NUMBER } from '../../shared/organisation/own-agreements';
import { NoteHttpError } from '../note/access';
import { bodyOf, guarded, optionalInteger, optionalString, sendJson } from '../note/http';
import type { NoteSource } from '../note/note-source';
import { draftChanged, effectiveOf, validOrganisation } from '../note/routes';
import type { Author } from '../note/version-store';
import { draftView } from '../note/views';
import { RETENTION_DAYS, type QuestionLog } from './question-log';

export interface QuestionRoutesDeps {
  source: () => NoteSource | undefined;
  questions: () => QuestionLog | undefined;
  access: (authorization: string | undefined) => Promise<Author>;
  now?: () => Date;
  log?: (line: string) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function registerQuestionRoutes(server: Server, deps: QuestionRoutesDeps): void {
  const log = deps.log ?? (() => undefined);
  const route = (handler: Parameters<typeof guarded>[2]) => guarded(deps.access, log, handler);
  const ready = () => {
    const source = deps.source();
    const questions = deps.questions();
    if (!source || !questions)
      throw new NoteHttpError(
        503,
        'starting',
        'De server start nog op. Probeer het over enkele seconden opnieuw.',
      );
    return { source, questions };
  };

  server.get(
    '/api/questions',
    route(async ({ req, res }) => {
      const { questions } = ready();
      const raw = new URL(req.url ?? '', 'http://x').searchParams.get('days');
      const days = raw === null ? RETENTION_DAYS : Number(raw);
      if (!Number.isInteger(days) || days < 1 || days > RETENTION_DAYS)
        throw new NoteHttpError(400, 'bad_request', `Kies een periode van 1 tot ${RETENTION_DAYS} dagen.`);
      const since = new Date((deps.now?.() ?? new Date()).getTime() - days * DAY_MS);
      const groups = groupQuestions(await questions.since(since));
      sendJson(res, 200, {
        retentionDays: RETENTION_DAYS,
        since: since.toISOString(),
        groups: groups.map((g) => ({ ...g, lastAskedAt: g.lastAskedAt.toISOString() })),
      });
    }),
  );

  server.post(
    '/api/questions/example',
    route(async ({ req, res, author }) => {
      const { source } = ready();
      const body = bodyOf(req);
      const question = requiredQuestion(body);
      const n = optionalInteger(body, 'agreement');
      if (n === undefined)
        throw new NoteHttpError(400, 'bad_request', "Geef de afspraak ('agreement') waarbij de vraag hoort.");
      const stored = await source.store.draft();
      const org = structuredClone(stored?.organisation ?? source.current().organisation);
      if (n >= FIRST_OWN_NUMBER) {
        const own = org.agreements.add?.find((a) => a.number === n);
        if (!own) throw notInNote(n);
        own.examples = withQuestion(own.examples, question);
      } else {
        if (org.agreements.omit.includes(n) || !effectiveOf(org).byNumber.has(n)) throw notInNote(n);
        const edit = org.agreements.edit?.[n] ?? {};
        org.agreements.edit = {
          ...org.agreements.edit,
          [n]: { ...edit, examples: withQuestion(edit.examples, question) },
        };
      }
      const saved = await source.store.saveDraft(validOrganisation(org), author, stored?.revision ?? 0);
      if (!saved.ok) throw draftChanged(saved.draft);
      log(`questions: "${question}" added as an example of ${n} by ${author.name}`);
      sendJson(res, 200, { draft: await draftView(source, saved.draft) });
    }),
  );

  server.post(
    '/api/questions/own-agreement',
    route(async ({ req, res }) => {
      const { source } = ready();
      const question = requiredQuestion(bodyOf(req));
      const stored = await source.store.draft();
      const org = stored?.organisation ?? source.current().organisation;
      const effective = effectiveOf(org);
      const numbers = (org.agreements.add ?? []).map((a) => a.number);
      const number = Math.max(FIRST_OWN_NUMBER - 1, ...numbers) + 1;
      // The section of the agreement the question resembles most; the service can move it.
      const nearest = searchAgreements(question, effective, 1)[0];
      const section = (nearest && effective.byNumber.get(nearest.number)?.section.id) ?? '5.2';
      const agreement: OwnAgreement = {
        number,
        section,
        text: '',
        points: [],
        statements: [],
        examples: [question],
      };
      sendJson(res, 200, { agreement });
    }),
  );
}

function requiredQuestion(body: Record<string, unknown>): string {
  const q = optionalString(body, 'question', 500)?.trim();
  if (!q) throw new NoteHttpError(400, 'bad_request', "Geef de vraag ('question').");
  return q;
}

function withQuestion(examples: string[] | undefined, question: string): string[] {
  const list = examples ?? [];
  return list.some((e) => e.trim().toLowerCase() === question.toLowerCase()) ? list : [...list, question];
}

function notInNote(n: number): NoteHttpError {
  return new NoteHttpError(
    422,
    'invalid_note',
    `Afspraak ${n} staat niet in het ontwerp van de nota; neem ze eerst op, of kies een andere afspraak.`,
  );
}
