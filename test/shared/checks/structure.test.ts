// Document structure the rules understand (issue 15): lists, tables and timetables are not
// sentences, a web news item is not a press release without a press release's parts, and a
// "schoolomgeving" is not the portfolio "omgeving".
import { competenceFor } from '../../../shared/checks/rules/subject';
import { readabilityRule } from '../../../shared/checks/rules/style-readability';
import { sentenceLengthRule } from '../../../shared/checks/rules/style-sentence-length';
import { detectType, documentFromText } from '../../../shared/checks';
import { isListItem, isProse, isTableLike } from '../../../shared/checks/structure';
import type { Paragraph } from '../../../shared/checks/types';
import { runRule } from './rules/run-rule';
import { zilverbeek } from './zilverbeek';

const para = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  text,
  start: 0,
  end: text.length,
  location: 'body',
  ...extra,
});

describe('paragraph kinds', () => {
  it.each([
    ['- glas, blik en plastic flessen', true],
    ['• Restafval: elke dinsdag', true],
    ['1. Vul het formulier in.', true],
    ['Het recyclagepark is open op dinsdag.', false],
  ])('list item: %s', (text, expected) => {
    expect(isListItem(para(text as string))).toBe(expected);
  });

  it.each([
    ['maandag\t9u - 12u\t13u - 16u', true],
    ['Maandag 9.00 - 12.00 en 13.30 - 16.00', true],
    ['10:00 Opening door de burgemeester', true],
    ['Het loket is open van 9 tot 12 uur, behalve op feestdagen.', false],
  ])('table or timetable: %s', (text, expected) => {
    expect(isTableLike(para(text as string))).toBe(expected);
  });

  it('a table cell is never prose', () => {
    expect(isProse(para('Een lange cel met veel woorden.', { location: 'table' }))).toBe(false);
  });
});

describe('lists and timetables are not sentences', () => {
  const timetable = [
    'Openingsuren recyclagepark',
    'maandag 9u - 12u en 13u - 16u dinsdag 9u - 12u woensdag 13u - 19u donderdag 9u - 12u vrijdag 13u - 16u zaterdag 9u - 16u',
    '- glas en flessen, blik, drankkartons, plastic verpakkingen, piepschuim, kurk, snoeihout, grof vuil, elektrische toestellen, batterijen, lampen, frituurolie en textiel in goede staat',
  ].join('\n');

  it('gives no sentence-length finding on a timetable line or a long list item', () => {
    expect(runRule(sentenceLengthRule, timetable, 'website')).toEqual([]);
  });

  it('gives no readability finding on a page of lists', () => {
    const list = Array.from(
      { length: 30 },
      (_, i) => `- afvalsoort nummer ${i + 1}: verpakkingsafval, grofvuilophaling, elektrische toestellen`,
    ).join('\n');
    expect(runRule(readabilityRule, `Wat mag in de container?\n${list}`, 'website')).toEqual([]);
  });
});

describe('a web news item is not a press release', () => {
  const news = [
    'Nieuwe speeltuin in het park',
    'Vanaf zaterdag kunnen kinderen spelen in de nieuwe speeltuin in het stadspark. "We zijn blij dat het park weer leeft", zegt schepen Koen Maes.',
    'Voor meer informatie: dienst Vrije Tijd, tel. 016 00 10 20, vrijetijd@zilverbeek.be',
  ].join('\n');

  it('detects it as a web text, so no press rule applies', () => {
    expect(detectType(documentFromText(news))).not.toBe('persbericht');
  });

  it('still detects a press release by its parts', () => {
    expect(detectType(documentFromText(`PERSBERICHT\n${news}\nPerscontact: An Peeters, 0470 00 10 01`))).toBe(
      'persbericht',
    );
  });
});

describe('subject matching on whole words and compound heads', () => {
  it('does not make the schepen of omgeving competent for the schoolomgeving', () => {
    const c = competenceFor(zilverbeek(), { line: 'Veiligheid in de schoolomgeving', body: '' });
    expect(c.competent.map((p) => p.name)).not.toContain('Els Janssens');
  });

  it('still matches the portfolio itself and its compounds', () => {
    const c = competenceFor(zilverbeek(), { line: 'Uw omgevingsvergunning', body: '' });
    expect(c.competent.map((p) => p.name)).toContain('Els Janssens');
  });
});
