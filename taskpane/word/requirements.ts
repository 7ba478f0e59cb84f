// Which Word API requirement sets this Word has, and what the pane cannot do without them, told
// to the user in Dutch at start-up rather than failing later.

export interface WordCapabilities {
  /** WordApi 1.1: paragraphs, search, select, insertText: the pane's core. */
  core: boolean;
  /** WordApi 1.3: tables (cells), first section's header and footer, getFirst(). */
  tablesAndHeaders: boolean;
  /** WordApi 1.6: paragraph change events for a re-check after edits. */
  changeEvents: boolean;
}

export function detectCapabilities(
  isSetSupported: (name: string, version: string) => boolean,
): WordCapabilities {
  return {
    core: isSetSupported('WordApi', '1.1'),
    tablesAndHeaders: isSetSupported('WordApi', '1.3'),
    changeEvents: isSetSupported('WordApi', '1.6'),
  };
}

export function describeLimitations(c: WordCapabilities): string[] {
  if (!c.core) {
    return [
      'Deze versie van Word kan het document niet aan het taakvenster geven (WordApi 1.1 ontbreekt). ' +
        'Werk Word bij, of plak je tekst in de losse versie van Afspraak in je browser.',
    ];
  }
  const out: string[] = [];
  if (!c.tablesAndHeaders) {
    out.push(
      'Deze versie van Word geeft geen tabellen, kop- en voetteksten door: tekst in tabellen wordt als gewone tekst gecontroleerd en de kop- en voettekst niet.',
    );
  }
  if (!c.changeEvents) {
    out.push(
      'Deze versie van Word meldt geen wijzigingen aan het taakvenster: na het typen controleren we opnieuw zodra je elders klikt, of gebruik "Opnieuw controleren".',
    );
  }
  return out;
}
