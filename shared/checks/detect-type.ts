// Which kind of document this is, read from the text when the writer does not say (CONTRACT §2
// `check --type`). The kind decides which agreements apply: signatures on letters and
// invitations (36), je- or u-vorm (22), the contact block and quote on press releases (46, 48).
// Cues are data, as weighted patterns; the highest total wins, an article (infoblad) when nothing
// speaks. That default is a preference, not evidence: plain prose could as well be a web text, and
// a text whose cues do not set one type clearly apart is reported as unsure with every type it
// could be (detectTypes). The checks then apply only what holds for all of them, instead of the
// rules of a guessed channel.
import { foldKeepLength } from './fold';
import { hasLinkPhrase } from './link-phrases';
import type { CheckDocument, DocumentType } from './types';
import { isVoorwoord } from './voorwoord';
import { isOfficialRecord } from './structure';

const PRICE = /(?:€\s?\d|\b\d+(?:[.,]\d+)?(?:,-)?\s?(?:euro|eur|€))/iu;

interface Cue {
  type: DocumentType;
  pattern: RegExp;
  weight: number;
  /** Only count the cue in the first lines (a title, a letterhead). */
  head?: boolean;
  /** Count every match, up to this many. */
  max?: number;
  /** With max: count each different word once ("formulier" twice is one cue). */
  distinct?: boolean;
  /** A web page's pointer on: a link, a button line, an online form. */
  pointer?: boolean;
  /** Count the cue only when the text also has this (an invitation names its moment). */
  requires?: RegExp;
}

/** A concrete moment: a date ("18 april", "12/5") or an hour ("om 14 uur", "19u30", "20.00 uur"). */
const MOMENT =
  /\b\d{1,2}(?:e|ste|de)? (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b\d{1,2}\/\d{1,2}\b|\b(?:om|vanaf|van) \d{1,2}(?:[.:u]\d{2})?\s?(?:u|uur)\b|\b\d{1,2}[u.:]\d{2}\b/i;

const CUES: Cue[] = [
  { type: 'persbericht', pattern: /\bpers(bericht|mededeling|uitnodiging|nota)\b/i, weight: 6, head: true },
  { type: 'persbericht', pattern: /\bpers(bericht|uitnodiging)\b/i, weight: 3 },
  {
    type: 'persbericht',
    pattern:
      /\b(perscontact|contact voor de pers|noot (voor|aan) de redactie|einde (van het )?persbericht|embargo tot|persinfo)\b/i,
    weight: 3,
  },
  {
    type: 'persbericht',
    pattern:
      /\bvoor (meer|verdere|bijkomende) (informatie|info|vragen)\b[^\n]{0,60}\n?[^\n]{0,60}(\bgsm\b|\btel\b|\+32|\b0\d{2,3}[ /.])/i,
    weight: 2,
  },
  { type: 'persbericht', pattern: /\b(interviews?|quotes?|beleidsvragen)\b/i, weight: 1 },
  { type: 'persbericht', pattern: /^\s*#{3}\s*$/m, weight: 1 },

  { type: 'uitnodiging', pattern: /^\s*(uitnodiging|invitatie)\b/i, weight: 7, head: true },
  // Inviting to something that happens at a time: "nodigt u uit op 18 april om 14 uur". A page that
  // says the town "nodigt geregeld inwoners uit" for meetings describes a habit, not an invitation.
  {
    type: 'uitnodiging',
    pattern: /\bnodig(t|en|de)?\b[^.\n]{0,80}\buit\b|\buitgenodigd\b/i,
    weight: 4,
    requires: MOMENT,
  },
  {
    type: 'uitnodiging',
    pattern:
      /\b(van harte welkom|(je|u) bent (van harte )?welkom|graag (een )?seintje|r\.?s\.?v\.?p\.?|inschrijven kan|schrijf (je|u) in|bevestig (je|uw) aanwezigheid|laat (ons )?weten of (je|u) (komt|aanwezig))\b/i,
    weight: 2,
  },
  {
    type: 'uitnodiging',
    pattern: /\b(receptie|plechtigheid|huldiging|feestelijke opening|academische zitting)\b/i,
    weight: 1,
  },

  { type: 'brief', pattern: /^\s*(geachte|beste|lieve)\b[^\n]{0,60}[,:]?\s*$/im, weight: 3 },
  {
    type: 'brief',
    pattern:
      /^\s*(betreft|onderwerp|ons kenmerk|uw kenmerk|onze referentie|uw referentie|uw brief van|bijlage\(?n?\)?)\s*:/im,
    weight: 3,
  },
  {
    type: 'brief',
    pattern: /\b(met (vriendelijke|beleefde|hoogachtende) groet(en)?|hoogachtend)\b/i,
    weight: 3,
  },
  {
    type: 'brief',
    pattern: /^\s*(de |het )?(algemeen directeur|burgemeester|voor het college)\b/im,
    weight: 1,
  },
  { type: 'brief', pattern: /^\s*\d{4}\s+\p{Lu}\p{L}+/mu, weight: 1 },
  {
    type: 'brief',
    pattern:
      /^\s*\p{Lu}[\p{L}-]+,\s+\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\s*$/imu,
    weight: 1,
  },

  { type: 'sociale-media', pattern: /(^|\s)#[\p{L}][\p{L}\p{N}_]+/u, weight: 3 },
  { type: 'sociale-media', pattern: /\p{Extended_Pictographic}/u, weight: 2 },
  {
    type: 'sociale-media',
    pattern: /\b(link in (de )?bio|deel (dit|deze|het) bericht|tag (een|je|jouw)|swipe|volg ons|👉|⬇️)/iu,
    weight: 2,
  },

  {
    type: 'website',
    pattern:
      /^\s*(wat\??|waar\??|wanneer\??|voor wie\??|hoe aanvragen\??|wat meebrengen\??|wat kost het\??|kostprijs|prijs|tarie(?:f|ven)(?: per \p{L}+)?|openingsuren|praktisch|meer info(rmatie)?|bijkomende info(rmatie)?|contact(?:gegevens)?|voorwaarden|aanvragen|aanvraag|procedure|bedrag|lid worden|lidgeld|betaling|geldigheid|nodige documenten|regelgeving|uitzonderingen|downloads?|veelgestelde vragen|wat heb je nodig\??|wat moet je (?:doen|meebrengen)\??|hoe (?:werkt het|aanvragen|reserveren|inschrijven|betalen)\??|wie kan (?:\p{L}+ )?aanvragen\??)\s*:?\s*$/gimu,
    weight: 1,
    max: 4,
  },
  {
    type: 'website',
    pattern:
      /\b(klik hier|lees meer|via (het|dit) (e-loket|formulier)|online aanvragen|op deze (?:web)?pagina|op deze website|download (het|de)|vul het (online )?formulier)\b/i,
    weight: 1,
  },
  { type: 'website', pattern: /(https?:\/\/|www\.)\S+/i, weight: 0.5 },
  // A web page explains a service: how to apply, what it costs, the conditions. An article tells
  // news. Several distinct service words make a page.
  {
    type: 'website',
    pattern:
      /\b(aanvra(?:gen|ag|agt)|aangevraagd|e-loket|loketten|formulier|tarie(?:f|ven)|voorwaarden|openingsuren|online|reglement|attest|uittreksel|afspraak maken|maak (?:een|je) afspraak|inschrijven|betalen|bewijsstukken|meebrengen|lidkaart|lidgeld|lidmaatschap|bewonerskaart|parkeerkaart|afhalen|aanvraagformulier|kostprijs)\b/gi,
    weight: 0.5,
    max: 6,
    distinct: true,
  },
  // A vacancy: its title ("Vacature", "(m/v/x)") and the parts every job posting has (the
  // profile, the offer, how to apply). It is published on the website (and the job sites).
  { type: 'website', pattern: /\bvacature\b|\(m\/v(?:\/x)?\)/i, weight: 2.5, head: true },
  {
    type: 'website',
    pattern:
      /\b(?:solliciteren|solliciteer|sollicitatie\S*|stel (?:je|u) kandidaat|kandidaat stellen|kandidaturen|selectieprocedure|wervingsreserve|functieprofiel|(?:jouw|uw) profiel|wie ben je|wat bieden we|ons aanbod|(?:jouw|uw) taken|onbepaalde duur|voltijds|halftijds|deeltijds|barema|loonschaal)\b/gi,
    weight: 1,
    max: 3,
    distinct: true,
    requires: /\bvacature\b|\(m\/v(?:\/x)?\)|\bsolliciteer|\bsolliciteren\b/i,
  },
  // A public inquiry or another official notice: published on the website (and posted on site),
  // with how to see the file and object to it.
  { type: 'website', pattern: /\bopenbaar onderzoek\b|\bbekendmaking\b/i, weight: 2, head: true },
  {
    type: 'website',
    pattern:
      /\b(?:openbaar onderzoek|bezwaa?r(?:en|schrift(?:en)?)?|ter inzage|inzage|omgevingsloket|aanplakking|aangetekende brief|ontvangstbewijs|gecoro|uitvoeringsplan|omgevingsvergunning(?:saanvraag)?)\b/gi,
    weight: 1,
    max: 3,
    distinct: true,
    requires: /\bopenbaar onderzoek\b|\bbekendmaking\b/i,
  },
  // News: someone said it, it happened, it will happen on a date.
  {
    type: 'infoblad',
    pattern:
      /\b(zegt|vertelt|aldus|vorige (?:week|maand)|dit najaar|deze zomer|werd|waren|kregen|vierde|opende)\b/gi,
    weight: 0.5,
    max: 4,
    distinct: true,
  },

  // A web news item points on: "Meer info: www…", "vind je op www…", "Lees meer", a link or a button
  // line ("Naar het inschrijvingsformulier", "Bekijk de omleiding op de kaart"), sharing.
  {
    type: 'website',
    pattern:
      /\b(?:meer (?:info(?:rmatie)?|details|uitleg)|alle info|info)\s*(?::|op|via|vind je op|lees je op|staat op)?\s*(?:op\s+)?(?:https?:\/\/|www\.)|\b(?:vind|lees|bekijk|zie) je (?:op|via) (?:https?:\/\/|www\.)/i,
    weight: 1.5,
    pointer: true,
  },
  {
    type: 'website',
    pattern:
      /^[ \t]*(?:lees (?:meer|verder|het hele bericht)|bekijk|naar (?:het|de)|ontdek|download|schrijf je (?:nu )?in|vraag (?:\S+ )?aan|meld (?:het|je)|maak (?:online )?een afspraak|ga naar|surf naar|deel dit)\b[^.!?\n]{0,60}\.?$/gim,
    weight: 1,
    max: 2,
    pointer: true,
  },
  {
    type: 'website',
    pattern:
      /\b(?:klik|doorklikken|deel dit (?:nieuws)?bericht|via (?:het|ons|de) (?:e-loket|online (?:formulier|loket)|(?:online )?inschrijvingsformulier|meldingsformulier|webformulier)|online (?:aanvragen|inschrijven|formulier|afspraak)|maak online een afspraak|vraag (?:\S+ )?online aan|online[ \t]+(?:\S+[ \t]+){0,3}?(?:aan|aanvragen|bestellen|reserveren|betalen|invullen))\b/i,
    weight: 1,
    pointer: true,
  },
  // A breadcrumb or a bare publication date under the title: a news page on the website.
  {
    type: 'website',
    pattern: /^\s*(?:nieuws|actueel|nieuwsberichten|home\s*[>›/])\s*$/im,
    weight: 1.5,
    head: true,
  },
  {
    type: 'website',
    pattern:
      /^\s*(?:gepubliceerd op\s+|geplaatst op\s+)?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\s*$/im,
    weight: 1,
    head: true,
  },

  {
    type: 'infoblad',
    pattern: /\b(infoblad|in dit nummer|lees ook|tekst en foto|(?:tekst|foto|beeld):\s)/i,
    weight: 2,
  },
  // Magazine furniture: an issue number or edition, a voorwoord, page references.
  {
    type: 'infoblad',
    pattern:
      /\b(?:nummer|nr\.|editie|jaargang|uitgave)\s*\d+\b|(?:^|\|)[ \t]*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:[-–/ ]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))?\s+\d{4}\s*(?:\||$)/im,
    weight: 2,
    head: true,
  },
  { type: 'infoblad', pattern: /^\s*voorwoord\b/im, weight: 2 },
  {
    type: 'infoblad',
    pattern:
      /\b(?:(?:lees )?(?:verder )?op (?:pagina|blz\.?|p\.) ?\d+|zie (?:pagina|blz\.?|p\.) ?\d+|\bp\. ?\d+\s*$)/im,
    weight: 2,
  },
];

const HEAD_LINES = 4;
/** The infoblad article's head start: the type reported when nothing speaks (not evidence). */
const INFOBLAD_PRIOR = 2;
/**
 * How far ahead (in evidence) the likeliest type must be to be sure. A few weak cues (four service
 * words, one link) leave the choice open; a salutation, a press label, a council record or several
 * web cues together settle it. Above the infoblad's head start, so a sure web text is also the
 * likeliest one.
 */
const SURE_MARGIN = 2.5;
// Order decides ties: the kinds with the clearest form first.
const ORDER: DocumentType[] = ['persbericht', 'uitnodiging', 'brief', 'sociale-media', 'website', 'infoblad'];

// Quoted words are someone else's: "nodigen we graag uit" in a quote makes no invitation.
const QUOTED = /“[^”\n]*”|„[^”“\n]*[”“]|"[^"\n]*"/g;

const HEADLINE = /^[\p{Lu}\p{N}][^.!?:;#\n]{0,70}$/u;

/** A first line that is a headline: short, no end punctuation, no hashtag or emoji, then more text. */
function titled(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const first = lines[0].trim();
  return HEADLINE.test(first) && first.split(/\s+/).length <= 12 && !/\p{Extended_Pictographic}/u.test(first);
}

export function typeScores(input: CheckDocument | string): Record<DocumentType, number> {
  const text = (typeof input === 'string' ? input : input.text).replace(QUOTED, (m) => ' '.repeat(m.length));
  const headings =
    typeof input !== 'string' &&
    input.paragraphs.some((p) => /^(heading|kop|title|titel)/i.test(p.style ?? ''));
  const head = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, HEAD_LINES)
    .join('\n');
  const scores: Record<DocumentType, number> = {
    brief: 0,
    persbericht: 0,
    infoblad: INFOBLAD_PRIOR,
    website: 0,
    'sociale-media': 0,
    uitnodiging: 0,
  };
  let furniture = false;
  let pointer = false;
  for (const cue of CUES) {
    const source = cue.head ? head : text;
    const before = scores[cue.type];
    if (cue.requires && !cue.requires.test(text)) continue;
    if (cue.max) {
      const global = new RegExp(
        cue.pattern.source,
        cue.pattern.flags.includes('g') ? cue.pattern.flags : cue.pattern.flags + 'g',
      );
      const matches = [...source.matchAll(global)].map((m) => m[0].toLowerCase());
      const count = Math.min(cue.max, cue.distinct ? new Set(matches).size : matches.length);
      scores[cue.type] += count * cue.weight;
    } else if (cue.pattern.test(source)) {
      scores[cue.type] += cue.weight;
    }
    if (cue.type === 'infoblad' && cue.weight >= 2 && scores[cue.type] > before) furniture = true;
    if (cue.pointer && scores[cue.type] > before) pointer = true;
  }
  // A short text with no letter or release form reads as a post, unless it opens with a title line
  // of its own (a post starts straight in; an article or web page has a headline).
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words > 0 && words <= 60 && !headings && !titled(text) && scores.brief < 3 && scores.persbericht < 3)
    scores['sociale-media'] += 2;
  // A rubric above the headline ("Sport", "Milieu", "Jeugd" and then the title): an infoblad's page
  // furniture; a web page has one title.
  const top = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 3)
    .map((l) => l.trim());
  if (
    top.length === 3 &&
    HEADLINE.test(top[0]) &&
    top[0].split(/\s+/).length <= 4 &&
    HEADLINE.test(top[1]) &&
    !/^(?:nieuws|actueel)$/i.test(top[0]) &&
    !/^\d/.test(top[1]) &&
    top[2].split(/\s+/).length > 12
  )
    scores.infoblad += 1.5;
  // A link written out in words ("Hier vind je meer info", "via onderstaande link"): only a
  // screen has it.
  if (hasLinkPhrase(foldKeepLength(text))) {
    scores.website += 1.5;
    pointer = true;
  }
  // Web news: a short text that points on to a link or a form, with no magazine furniture.
  if (words <= 250 && !furniture && pointer && scores.website >= 1.5) scores.website += 1;
  // A council's decision or minutes, a regulation: published on the website, never an article.
  // (Its "werd goedgekeurd" is no news story: the record outweighs the narrative cues.)
  if (isOfficialRecord(text)) scores.website = Math.max(scores.website + 2.5, scores.infoblad + SURE_MARGIN);
  // A price list: three or more short lines that each carry an amount (a table or a list of
  // tariffs is what a web page consults; an article tells prices in its sentences).
  const priceLines = text.split('\n').filter((l) => PRICE.test(l) && l.trim().split(/\s+/).length <= 12);
  if (priceLines.length >= 3) scores.website += 2;
  // A voorwoord greets the readers like a letter but is the infoblad's foreword (agreement 32).
  // Its form settles the type (SURE_MARGIN ahead of a letter or a web text).
  if (isVoorwoord(input))
    scores.infoblad = Math.max(
      scores.infoblad,
      scores.brief + SURE_MARGIN + INFOBLAD_PRIOR,
      scores.website + SURE_MARGIN + INFOBLAD_PRIOR,
    );
  // An invitation is often a letter: its invitation cues decide.
  if (scores.uitnodiging >= 4) scores.brief = Math.min(scores.brief, scores.uitnodiging - SURE_MARGIN);
  return scores;
}

/**
 * The parts only a press release has: its label at the top, a press contact, a note to the
 * editors, an embargo or an end mark. A news item on the website also quotes the schepen and
 * ends with "meer info: 016 …", but it is not sent to journalists, so the press rules do not
 * apply to it (issue 15).
 */
const PRESS_LABEL = /\bpers(?:bericht|mededeling|uitnodiging|nota)\b/i;
const PRESS_PARTS =
  /\b(?:perscontact|contact voor de pers|noot (?:voor|aan) de redactie|einde (?:van het )?persbericht|embargo(?: tot)?|persinfo|voor de pers)\b|^\s*#{3}\s*$/im;

export function hasPressReleaseParts(input: CheckDocument | string): boolean {
  const text = typeof input === 'string' ? input : input.text;
  const head = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, HEAD_LINES)
    .join('\n');
  return PRESS_LABEL.test(head) || PRESS_PARTS.test(text);
}

export interface TypeDetection {
  /** The likeliest type (the order below breaks ties). */
  type: DocumentType;
  /** Whether the text sets that type clearly apart from every other. */
  sure: boolean;
  /** Every type the text could be, `type` first: just `[type]` when sure. */
  candidates: DocumentType[];
}

export function detectTypes(input: CheckDocument | string): TypeDetection {
  const scores = typeScores(input);
  if (scores.persbericht > 0 && !hasPressReleaseParts(input)) scores.persbericht = 0;
  let best: DocumentType = 'infoblad';
  for (const type of ORDER) if (scores[type] > scores[best]) best = type;
  // Sure only when the evidence (the infoblad's head start left out) puts the type SURE_MARGIN
  // ahead of every type with some evidence of its own, and of the article or web text that any
  // prose could be.
  const evidence = (t: DocumentType) => scores[t] - (t === 'infoblad' ? INFOBLAD_PRIOR : 0);
  const others = ORDER.filter(
    (t) =>
      t !== best &&
      (evidence(t) > 0 || t === 'infoblad' || t === 'website') &&
      evidence(best) - evidence(t) < SURE_MARGIN,
  ).sort((a, b) => scores[b] - scores[a]);
  return { type: best, sure: others.length === 0, candidates: [best, ...others] };
}

export function detectType(input: CheckDocument | string): DocumentType {
  return detectTypes(input).type;
}
