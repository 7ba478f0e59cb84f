// ai.disclosure (agreements 86, 87). 86: "De communicatiedienst is transparant wanneer content
// (tekst, beeld ...) met AI werd gecreëerd", except "wanneer AI louter als hulpmiddel wordt
// gebruikt, en de communicatiedienst sterke eindredactie uitvoerde"; 87: services that use AI for
// communication material are transparent about it.
//
// The checker cannot see how a text was made, only what the text says. So it finds content that is
// marked as made with AI, and asks whether that mark is the transparency 86 asks:
// - a clear disclosure (AI or a tool, how, and what: "Deze afbeelding werd gemaakt met AI
//   (Midjourney)", "Beeld: AI-gegenereerd") is no finding, and covers the whole document;
// - a bare mark that leaves readers guessing ("Beeld: Midjourney", "Gemaakt met ChatGPT",
//   "#midjourney") is a warning when nothing else in the document discloses;
// - a note that hides AI use ("tekst via ChatGPT, niet vermelden") is an error;
// - a chatbot's answer left in the text ("Hier is een herschreven versie:", "Als AI-taalmodel …")
//   is an error when nothing discloses: the content came from AI and was not strongly edited,
//   so the exception of 86 cannot apply.
// A text without any mark gives no finding: AI as a mere aid needs no mention (86).
import {
  AI_HASHTAG,
  AI_TOOL,
  AI_WORD,
  CHATBOT_LEFTOVER,
  CONTENT,
  CREATION,
  CREDIT,
  HIDING,
  USE,
} from '../data/ai-markers';
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement } from './rule-helpers';

const AI_COMPOUND =
  /(?<![\p{L}])A\.?I\.?-(?:beeld|afbeelding|foto|illustratie|tekst|video|visual|gegenereerd|gegenereerde|generated|art)\b/iu;

const ESSENCE =
  'De gemeente is transparant wanneer tekst of beeld met AI gemaakt werd (afspraak 86 en 87); enkel wanneer AI louter ' +
  'een hulpmiddel was en er sterke eindredactie gebeurde, hoeft dat niet vermeld te worden.';
const DISCLOSURE_EXAMPLE = 'Deze afbeelding werd gemaakt met artificiële intelligentie (Midjourney).';

interface Candidate {
  start: number;
  end: number;
  kind: 'bare' | 'leftover';
}

export const aiRules = (ctx: RuleContext): Finding[] => {
  const agreement = adoptedAgreement(ctx, [86, 87]);
  if (agreement === null) return [];
  const { doc, sentences } = ctx;
  const out: Finding[] = [];
  const candidates: Candidate[] = [];
  let disclosed = false;

  for (const s of sentences) {
    const text = s.text;
    const leftover = CHATBOT_LEFTOVER.exec(text);
    if (leftover) {
      candidates.push({
        start: s.start + leftover.index,
        end: s.start + leftover.index + leftover[0].length,
        kind: 'leftover',
      });
    }
    const tool = AI_TOOL.exec(text);
    const word = AI_WORD.exec(text);
    if (!tool && !word) continue;
    const credit = CREDIT.exec(text);
    const creation = CREATION.test(text) || AI_COMPOUND.test(text);
    const hashtag = /#\p{L}/u.test(text) && new RegExp(AI_HASHTAG.source, 'iu').test(text);
    // Naming ChatGPT in an article about a workshop is no mark: it needs a verb, a credit or a hashtag.
    if (!creation && !credit && !hashtag) continue;

    if (HIDING.test(text)) {
      out.push(
        finding(doc, {
          rule: 'ai.disclosure',
          agreement,
          severity: 'error',
          message: `Deze notitie verzwijgt dat AI gebruikt werd. ${ESSENCE}`,
          start: s.start,
          end: s.end,
          suggestion: `Verwijder de notitie en vermeld het AI-gebruik duidelijk, bv. '${DISCLOSURE_EXAMPLE}'`,
        }),
      );
      continue;
    }
    // A clear disclosure says what (the content), how (made, generated, with the help of) and with AI.
    if (CONTENT.test(text) && (creation || USE.test(text) || (credit && word))) {
      disclosed = true;
      continue;
    }
    // A credit in brackets is the finding's span: "(illustratie: DALL·E)" within a sentence.
    const bracketed = credit && /^[([]/.test(credit[0].trimStart());
    const from = credit
      ? credit.index + (bracketed ? credit[0].indexOf(credit[0].trimStart()[0]) + 1 : 0)
      : 0;
    const close = bracketed ? text.slice(from).search(/[)\]]/) : -1;
    candidates.push({
      start: s.start + from,
      end: close >= 0 ? s.start + from + close : s.end,
      kind: 'bare',
    });
  }

  if (!disclosed) {
    for (const c of candidates) {
      const excerpt = doc.text.slice(c.start, c.end);
      out.push(
        c.kind === 'leftover'
          ? finding(doc, {
              rule: 'ai.disclosure',
              agreement,
              severity: 'error',
              message:
                `'${excerpt}' is een antwoord van een AI-chatbot dat in de tekst is blijven staan: de inhoud komt van AI ` +
                `en kreeg geen sterke eindredactie. ${ESSENCE}`,
              start: c.start,
              end: c.end,
              suggestion: `Verwijder de chatbotzin, herwerk de tekst grondig en vermeld het AI-gebruik, bv. 'Deze tekst werd geschreven met behulp van AI.'`,
            })
          : finding(doc, {
              rule: 'ai.disclosure',
              agreement,
              severity: 'warning',
              message: `'${excerpt}' laat vermoeden dat AI deze inhoud maakte, maar zegt niet duidelijk wat met AI gemaakt werd. ${ESSENCE}`,
              start: c.start,
              end: c.end,
              suggestion: `Schrijf een duidelijke vermelding, bv. '${DISCLOSURE_EXAMPLE}'`,
            }),
      );
    }
  }
  return out;
};
