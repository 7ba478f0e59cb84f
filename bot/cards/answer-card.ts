// The answer to a who-may-do-what question: the verdict in plain words first, whom to contact
// (names from the organisation file), the agreement quoted with its number and section, the next
// best matches, and feedback buttons. After feedback the same card comes back with a thank-you
// in place of the buttons, so Teams can swap it in (Action.Execute).
import type { Answer, AskResult } from '../../shared/ask/types';
import { isRole } from '../../shared/catalogue/vocabulary';
import { agreementDeepLink, agreementWebUrl } from '../../shared/links';
import { describeRole, type EffectiveOrganisation } from '../../shared/organisation';
import {
  actionSet,
  adaptiveCard,
  container,
  executeAction,
  heading,
  textBlock,
  type BuiltCard,
  type CardActionData,
  type CardElement,
} from './adaptive';
import { strings } from './strings';

export const VERBS = {
  helpful: 'feedback.helpful',
  notHelpful: 'feedback.not-helpful',
  more: 'ask.more',
} as const;

export type FeedbackGiven = 'helpful' | 'not-helpful';

export interface AnswerCardInput {
  result: AskResult;
  /** Index in result.answers of the answer shown; 0 is the best match. */
  shown: number;
  organisation: EffectiveOrganisation;
  feedback?: FeedbackGiven;
  /** Set when the Teams app id is known (TEAMS_APP_ID): the quoted agreement links into the tab. */
  links?: AgreementLinks;
}

/** Where "Open in Afspraken" points: the tab in Teams, and the tab's web page as its webUrl. */
export interface AgreementLinks {
  teamsAppId: string;
  /** PUBLIC_HOSTNAME: a browser without Teams opens https://<host>/tab/ at the agreement. */
  publicHostname?: string;
}

/** The data every button of an answer card carries: enough to rebuild the card from the question. */
export interface AnswerActionData extends CardActionData {
  question: string;
  shown: number;
  agreement: number | null;
}

const MAX_OTHER_MATCHES = 3;

export function answerCard(input: AnswerCardInput): BuiltCard {
  const { result, organisation } = input;
  const answer = result.answers[input.shown];
  if (result.outOfScope || !answer) return outOfScopeCard(input);

  const s = strings.answer;
  const agreement = organisation.byNumber.get(answer.agreement);
  const [verdictLine, ...explanation] = verdictLines(result, input.shown, answer);
  const contacts = contactLines(answer, organisation, result.question);
  const sectionTitle = answer.section?.title ?? agreement?.section.title ?? '';
  const quoteTitle = s.agreementTitle(answer.agreement, sectionTitle);
  const variant = agreement?.variantLabel ? ` ${s.variant(agreement.variantLabel)}` : '';

  const others = otherMatches(result, input.shown);
  const body: CardElement[] = [
    heading(verdictLine),
    ...explanation.map((line) => textBlock(line, { spacing: 'Small' })),
  ];
  if (contacts.length) {
    body.push(
      textBlock(s.contactTitle, { weight: 'Bolder', spacing: 'Medium' }),
      textBlock(contacts.map((c) => `- ${c}`).join('\n'), { spacing: 'Small' }),
    );
  }
  body.push(
    container(
      [
        textBlock(`${quoteTitle}${variant}`, { weight: 'Bolder' }),
        textBlock(answer.text || agreement?.text || '', { spacing: 'Small' }),
        ...openInTab(input.links, answer.agreement),
      ],
      { style: 'emphasis', spacing: 'Medium', bleed: false },
    ),
  );
  if (others.length) {
    body.push(
      textBlock(s.otherMatchesTitle, { weight: 'Bolder', spacing: 'Medium' }),
      actionSet(
        others.map(({ answer: other, index }) =>
          executeAction(s.otherMatch(other.agreement, excerpt(organisation, other)), {
            verb: VERBS.more,
            question: result.question,
            shown: index,
            agreement: other.agreement,
          } satisfies AnswerActionData),
        ),
      ),
    );
  }
  body.push(...feedbackElements(input, answer.agreement));

  const text =
    input.shown === 0 && result.reply
      ? result.reply
      : [
          [verdictLine, ...explanation].join(' '),
          contacts.length ? `${s.contactTitle}: ${contacts.join('; ')}` : '',
          `${s.quoteIntro(answer.agreement, sectionTitle)} ${answer.text}`,
        ]
          .filter(Boolean)
          .join('\n\n');
  return { card: adaptiveCard(body, text), text };
}

function outOfScopeCard(input: AnswerCardInput): BuiltCard {
  const { result } = input;
  const [first, ...rest] = result.reply.split('\n').filter((l) => l.trim());
  const body: CardElement[] = [
    heading(strings.answer.outOfScopeTitle),
    textBlock(first ?? ''),
    ...rest.map((line) => textBlock(line, { spacing: 'Small' })),
    ...feedbackElements(input, null),
  ];
  return { card: adaptiveCard(body, result.reply), text: result.reply };
}

/**
 * The verdict lines. For the best match: the reply shared/ask wrote for this question, without
 * what the card shows in its own sections (whom to involve, the quoted agreement, "zie ook").
 * For another match: the statement that agreement makes, with its conditions.
 */
function verdictLines(result: AskResult, shown: number, answer: Answer): string[] {
  if (shown === 0) {
    const lines: string[] = [];
    for (const raw of result.reply.split('\n')) {
      const line = raw.trim();
      if (/^Afspraak \d+/.test(line)) break;
      if (line && !/^(Betrek|Neem contact op met) /.test(line)) lines.push(line);
    }
    if (lines.length) return lines;
  }
  const summary = answer.statement?.summary;
  if (!summary) return [strings.verdicts[answer.verdict]];
  const conditions = answer.conditions?.length ? [`Voorwaarde: ${answer.conditions.join('; ')}.`] : [];
  return [summary, ...conditions];
}

/** Whom to contact, as Dutch phrases with the organisation's names and contact details. */
function contactLines(answer: Answer, organisation: EffectiveOrganisation, question: string): string[] {
  const lines = answer.who.map((who) =>
    isRole(who) ? describeRole(who, organisation, { subject: question, withContact: true }) : who,
  );
  return [...new Set(lines.map((l) => capitalise(l)))];
}

function otherMatches(result: AskResult, shown: number): { answer: Answer; index: number }[] {
  return result.answers
    .map((answer, index) => ({ answer, index }))
    .filter(({ index, answer }) => index !== shown && answer.agreement !== result.answers[shown]?.agreement)
    .slice(0, MAX_OTHER_MATCHES);
}

function feedbackElements(input: AnswerCardInput, agreement: number | null): CardElement[] {
  const s = strings.answer;
  if (input.feedback) {
    return [
      textBlock(input.feedback === 'helpful' ? s.thanksHelpful : s.thanksNotHelpful, {
        isSubtle: true,
        spacing: 'Medium',
      }),
    ];
  }
  const data = (verb: string): AnswerActionData => ({
    verb,
    question: input.result.question,
    shown: input.shown,
    agreement,
  });
  return [
    textBlock(s.feedbackQuestion, { isSubtle: true, spacing: 'Medium' }),
    actionSet([
      executeAction(s.helpful, data(VERBS.helpful)),
      executeAction(s.notHelpful, data(VERBS.notHelpful)),
    ]),
  ];
}

/** An "Open in Afspraken" button for the quoted agreement, when the Teams app id is configured. */
function openInTab(links: AgreementLinks | undefined, agreement: number): CardElement[] {
  if (!links) return [];
  const webUrl = links.publicHostname
    ? agreementWebUrl(`https://${links.publicHostname}`, agreement)
    : undefined;
  return [
    actionSet([
      {
        type: 'Action.OpenUrl',
        title: strings.answer.openInTab,
        url: agreementDeepLink(links.teamsAppId, agreement, webUrl),
      },
    ]),
  ];
}

/** A few words of the agreement for a button title: its lead, cut at a word. */
function excerpt(organisation: EffectiveOrganisation, answer: Answer): string {
  const source = organisation.byNumber.get(answer.agreement)?.lead || answer.text;
  const words = source.replace(/\s+/g, ' ').trim();
  if (words.length <= 60) return words;
  const cut = words.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))} …`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
