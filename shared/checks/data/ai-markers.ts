// What tells a reader (or a checker) that AI made content (agreements 86, 87).

/** Generative AI tools met in municipal communication work. Some are also ordinary words or
 *  names (Gemini, Claude, Copilot, Sora): they only count next to a creation verb or in a credit. */
export const AI_TOOL =
  /(?<![\p{L}\p{N}])(?:Chat ?GPT|GPT-?[345](?:\.\d)?o?|OpenAI|Midjourney|Mid[ -]?journey|DALL[·.\-‑ ]?E(?:[ -]?[23])?|Dall[·.\-‑ ]?e|(?:Microsoft |Bing )?Copilot|(?:Google )?Gemini|Google Bard|Claude|(?:Adobe )?Firefly|Stable Diffusion|Leonardo(?:\.ai| AI)|Canva AI|Magic (?:Write|Media|Design)|Sora|Runway(?: ML)?|ElevenLabs|Synthesia|HeyGen|Perplexity|Mistral AI|Le Chat|Grok|DeepL|Ideogram|Suno|Jasper AI|Copy\.ai|Notion AI)(?![\p{L}\p{N}])/u;

/** AI named as such: "AI" in capitals (lower-case "ai" is a Dutch sigh), or written out. */
export const AI_WORD =
  /(?<![\p{L}\p{N}])(?:A\.?I\.?(?:-\p{L}+)?|artifici[eë]le intelligentie|kunstmatige intelligentie|generatieve AI|beeldgenerator(?:en)?)(?![\p{L}\p{N}])/u;

/** A creation verb: the content came about with AI ("gemaakt met", "gegenereerd door"). */
export const CREATION =
  /\b(?:gemaakt|gegenereerd|genereerde|gecre[eë]{1,2}rd|creëerde|geschreven|schreef|getekend|ontworpen|bewerkt|vertaald|samengesteld|opgesteld|geproduceerd|ingesproken|herschreven|gevisualiseerd|met (?:de )?(?:behulp|hulp|steun) van)\b/iu;

/** A use verb: counts towards a disclosure ("bij deze tekst gebruikten we AI als hulpmiddel"), not as a mark. */
export const USE = /\b(?:gebruikt|gebruikten|ingezet|hulpmiddel|dankzij)\b/iu;

/** What was made: the content a disclosure must name (or point at with "deze", "dit"). */
export const CONTENT =
  /\b(?:deze|dit|onderstaande|bovenstaande|tekst(?:en)?|beeld(?:en|materiaal)?|afbeelding(?:en)?|foto(?:'s)?|illustratie(?:s)?|tekening(?:en)?|video(?:'s)?|artikel|bericht|vertaling|samenvatting|ontwerp|affiche|logo|visual|stem|audio|inhoud|content|podcast|animatie|post|nieuwsbrief|brochure|folder|flyer|webtekst|pagina|filmpje|voice-over|ondertiteling|persbericht|vacature|muziek|campagne)\b/iu;

/** A credit line: "Beeld: Midjourney", "Foto © DALL·E", "(illustratie: Firefly)". */
export const CREDIT =
  /(?:^|[([])\s*(?:beeld|foto|illustratie|afbeelding|visual|tekening|video|tekst|ontwerp|cover(?:beeld)?|credits?)\s*(?::|©|\||-)\s*/iu;

/** Hashtags that name a tool or AI without saying what was made. */
export const AI_HASHTAG = /#(?:ai|aiart|aiimage|midjourney|chatgpt|dalle|dall_e|firefly|copilot|generativeai)\b/giu;

/** A note meant to keep AI use from readers: an error whatever the text says besides. */
export const HIDING =
  /\b(?:niet (?:vermelden|melden|zeggen|publiceren|vernoemen)|hoeft (?:niemand|niet) te weten|geen vermelding|zonder vermelding|weglaten|verwijderen (?:voor|vóór) publicatie|intern(?:e nota)?:|TODO|NB:)/iu;

/**
 * Chatbot answers left in the text: proof that the content came from AI, and that nobody did the
 * strong final editing that 86 requires before AI use may go unmentioned.
 */
export const CHATBOT_LEFTOVER =
  /(?:als (?:een )?(?:AI|taalmodel|AI-taalmodel)(?:,| kan ik| heb ik| ben ik)|as an AI(?: language model)?|ik ben een (?:AI|taalmodel|chatbot)|ik hoop dat dit (?:helpt|nuttig is)|hier is (?:een|de|je|uw|jouw) (?:herschreven|aangepaste|verbeterde|mogelijke|voorgestelde|eerste|nieuwe|kortere|langere) (?:versie|tekst)|hier is (?:een|je|uw) (?:persbericht|tekst|artikel|bericht|post|voorstel|ontwerp)(?: voor| over|:)|(?:natuurlijk|zeker)! hier is|laat (?:het )?(?:me|mij) weten als (?:je|u) (?:nog )?(?:aanpassingen|wijzigingen|iets)|wil je dat ik (?:de|het|deze|nog)|\[(?:invoegen|vul (?:hier )?in|naam invoegen|datum invoegen)[^\]]*\]|regenerate response|as of my (?:last|knowledge) (?:update|cutoff)|mijn kennis (?:loopt|gaat) tot)/iu;
