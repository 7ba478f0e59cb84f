// The answer to a who-may-do-what question, rendered from shared/ask's structure (AnswerParts):
// the verdict in plain words first, whom to contact (names from the organisation file), the
// sentence or bullet of the agreement that decides it with the whole text behind "Toon de hele
// afspraak", plausible other situations ("Bedoel je misschien"), and feedback buttons. After
// feedback the same card comes back with a thank-you in place of the buttons, so Teams can swap it
// in (Action.Execute). In clarify mode the card is the question back (clarify-card.ts).
import { buttonLabel, situationLabel } from '../../shared/ask/situations';
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
import { clarifyCard } from './clarify-card';
import { strings } from './strings';

/** Strings of this card beyond strings.answer. */
const more = {
  showWhole: 'Toon de hele afspraak',
  wholeTitle: 'De hele afspraak',
} as const;

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
  /** How the rated answer was given and how sure (stored with feedback). */
  mode?: AskResult['mode'];
  confidence?: number;
}

const MAX_OTHER_MATCHES = 3;

export function answerCard(input: AnswerCardInput): BuiltCard {
  const { result, organisation } = input;
  if (result.mode === 'clarify' && result.clarification) return clarifyCard(result);
  const answer = result.answers[input.shown];
  if (result.outOfScope || !answer) return outOfScopeCard(input);

  const s = strings.answer;
  const agreement = organisation.byNumber.get(answer.agreement);
  const parts = input.shown === 0 ? result.parts : undefined;
  const [verdictLine, ...explanation] = parts
    ? [parts.verdictLine || strings.verdicts[parts.verdict], ...parts.explanation]
    : verdictLines(answer);
  const contacts = parts
    ? [...new Set(parts.involve.map((x) => capitalise(x.label)))]
    : contactLines(answer, organisation, result.question);
  const quoted = parts?.quote || answer.text || agreement?.text || '';
  const whole = parts?.quoteIsPart ? parts.fullText : undefined;
  const sectionTitle = answer.section?.title ?? agreement?.section.title ?? '';
  const quoteTitle = s.agreementTitle(answer.agreement, sectionTitle);
  const variant = agreement?.variantLabel ? ` ${s.variant(agreement.variantLabel)}` : '';

  const others = otherMatches(result, input.shown, organisation);
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
        textBlock(quoted, { spacing: 'Small' }),
        ...wholeText(whole, answer.agreement),
        ...openInTab(input.links, answer.agreement),
      ],
      { style: 'emphasis', spacing: 'Medium', bleed: false },
    ),
  );
  if (others.length) {
    body.push(
      textBlock(s.otherMatchesTitle, { weight: 'Bolder', spacing: 'Medium' }),
      actionSet(
        others.map(({ agreement: other, label }) =>
          executeAction(buttonLabel(label), {
            verb: VERBS.more,
            question: result.question,
            shown: 0,
            agreement: other,
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
 * The verdict lines of a match shown without its parts (an older card's "another match" button):
 * the statement that agreement makes, with its conditions.
 */
function verdictLines(answer: Answer): string[] {
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

/**
 * "Bedoel je misschien": for the best match only the situations shared/ask found plausible (never
 * an agreement that merely shares a word); for another match, the best one and the plausible rest.
 * Each button names the situation in at most 40 characters.
 */
function otherMatches(
  result: AskResult,
  shown: number,
  organisation: EffectiveOrganisation,
): { agreement: number; label: string }[] {
  const current = result.answers[shown]?.agreement;
  const candidates =
    shown === 0
      ? (result.alternatives ?? [])
      : [
          ...(result.answers[0] ? [{ agreement: result.answers[0].agreement }] : []),
          ...(result.alternatives ?? []),
        ];
  const out: { agreement: number; label: string }[] = [];
  for (const c of candidates) {
    const a = organisation.byNumber.get(c.agreement);
    if (!a || c.agreement === current || out.some((o) => o.agreement === c.agreement)) continue;
    out.push({ agreement: c.agreement, label: situationLabel(a) });
  }
  return out.slice(0, MAX_OTHER_MATCHES);
}

/** The whole agreement behind a toggle, when the card quotes only the part that decides. */
function wholeText(text: string | undefined, agreement: number): CardElement[] {
  if (!text) return [];
  const id = `hele-afspraak-${agreement}`;
  return [
    container([textBlock(more.wholeTitle, { weight: 'Bolder' }), textBlock(text, { spacing: 'Small' })], {
      id,
      isVisible: false,
      spacing: 'Small',
    }),
    actionSet([{ type: 'Action.ToggleVisibility', title: more.showWhole, targetElements: [id] }]),
  ];
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
    mode: input.result.mode,
    confidence: input.result.confidence,
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
