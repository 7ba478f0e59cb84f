import { aiRules } from '../../../../shared/checks/rules/ai';
import { contextOf, run, table, zilverbeek } from './rule-context';

describe('ai.disclosure (86, 87)', () => {
  table('ai.disclosure', aiRules, [
    {
      name: 'accepts a text with no mark of AI (AI as mere aid needs no mention)',
      text: 'De bib is zaterdag open.',
      type: 'website',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'website', excerpts: [] },
    {
      name: 'accepts a clear disclosure of an image',
      text: 'Zomer in het park\nDeze afbeelding werd gemaakt met artificiële intelligentie (Midjourney).',
      type: 'sociale-media',
      excerpts: [],
    },
    {
      name: 'accepts a clear disclosure of a text made with a named tool',
      text: 'Deze tekst werd geschreven met behulp van ChatGPT en nagelezen door de dienst Communicatie.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'accepts a credit that says AI generated the picture',
      text: 'Foto: AI-gegenereerd',
      type: 'sociale-media',
      excerpts: [],
    },
    {
      name: 'accepts a mention that AI was a mere aid with final editing',
      text: 'Bij deze vertaling gebruikten we AI als hulpmiddel; de dienst Communicatie deed de eindredactie.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'leaves an article about an AI tool alone',
      text: 'De gemeente organiseert een workshop over ChatGPT en Copilot voor senioren.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'finds a credit naming only the tool',
      text: 'Kom naar de Zomerfeesten!\nBeeld: Midjourney',
      type: 'sociale-media',
      excerpts: ['Beeld: Midjourney'],
      severities: ['warning'],
    },
    {
      name: 'finds a credit in brackets with DALL·E',
      text: 'Het nieuwe park (illustratie: DALL·E) opent in juni.',
      type: 'infoblad',
      excerpts: ['illustratie: DALL·E'],
    },
    {
      name: 'finds "gemaakt met ChatGPT" without saying what',
      text: 'Fijne feestdagen, Zilverbeek!\nGemaakt met ChatGPT',
      type: 'sociale-media',
      excerpts: ['Gemaakt met ChatGPT'],
    },
    {
      name: 'lets a clear disclosure elsewhere cover a bare credit',
      text: 'Beeld: Midjourney\nDe beelden bij dit artikel werden gemaakt met AI.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'finds a note that hides AI use (error)',
      text: 'Tekst gemaakt met ChatGPT, niet vermelden.\nDe bib is open.',
      type: 'website',
      excerpts: ['Tekst gemaakt met ChatGPT, niet vermelden.'],
      severities: ['error'],
    },
    {
      name: "finds a chatbot's answer left in the text (error)",
      text: 'Natuurlijk! Hier is een herschreven versie van je tekst:\nDe bib is open op zondag.',
      type: 'website',
      excerpts: ['Hier is een herschreven versie'],
      severities: ['error'],
    },
    {
      name: 'finds a chatbot leftover with diacritics around it',
      text: 'Één financiële tip: ik hoop dat dit helpt!',
      type: 'sociale-media',
      excerpts: ['ik hoop dat dit helpt'],
    },
  ]);

  it('cites 86 and suggests a disclosure sentence', () => {
    const [f] = run(aiRules, contextOf('Beeld: Midjourney', 'sociale-media'));
    expect(f.agreement).toBe(86);
    expect(f.suggestion).toContain('gemaakt met artificiële intelligentie');
  });

  it('cites 87 when the organisation omits 86', () => {
    const org = zilverbeek((o) => ({ ...o, agreements: { ...o.agreements, omit: [86] } }));
    const [f] = run(aiRules, contextOf('Beeld: Midjourney', 'sociale-media', { org }));
    expect(f.agreement).toBe(87);
  });
});
