// The boundary between triage (a concrete press situation) and ask (who may do what).
import { isPressSituation } from '../../../shared/triage';

describe('isPressSituation', () => {
  it.each([
    'een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
    'VRT wil morgen filmen in de raadzaal',
    'Radio 2 vraagt hoeveel bezoekers de bib had',
    'een lokaal blad biedt ons gratis advertentieruimte',
    'kunnen we een persconferentie geven over het nieuwe sportpark?',
    'we willen een persbericht uitsturen over de opening van de speeltuin',
    'HLN belde net, mag ik zeggen hoeveel bezoekers er waren?',
    'Mag ik een interview geven aan Radio 2 over onze nieuwe bib-app? Ze belden net.',
    'De krant schreef vandaag iets fout over onze dienst',
    'er staat een cameraploeg aan het gemeentehuis',
    'Ik kreeg net telefoon van HLN over de sluiting van het zwembad. Wat moet ik doen?',
    'Ik werd opgebeld door een journalist over het zwembad',
    'een filmploeg van VTM wil opnames maken in het gemeentehuis, wie beslist dat?',
    'Het Nieuwsblad wil weten hoeveel inschrijvingen er zijn voor de sportkampen. Mag ik dat doorgeven?',
  ])('recognises a press situation: %s', (text) => {
    expect(isPressSituation(text)).toBe(true);
  });

  it.each([
    'mag ik zelf een persbericht sturen?',
    'Mag ik zelf een persbericht naar de krant sturen?',
    'wie verstuurt de persberichten?',
    'Moet een persbericht een quote van de schepen bevatten?',
    'kan ik zelf een interview geven?',
    'Wie beslist of een persconferentie zinvol is?',
    'Welke afspraken gelden er voor persberichten?',
    'Mag een schepen een brief alleen ondertekenen?',
    'Een schepen wil een interview geven aan TV Limburg. Moet dat via de communicatiedienst?',
    'Ik heb een tekst met ChatGPT geschreven. Moet ik dat melden?',
    'Waar haal ik goede foto’s voor onze folder?',
    'welk contactpersoon zetten we onderaan een persbericht?',
    'Krijgen de collegeleden een kopie van elk persbericht?',
    'kan onze dienst zelf een mail sturen naar het nieuwsblad over de opening van het zwembad?',
    'We zoeken een fotograaf voor de opening van het park, regelen we dat zelf?',
    'ik wil de krant tippen over ons nieuwe project, kan ik die journalist zelf bellen?',
    'Ik wil een bericht op sociale media zetten over de jobbeurs',
    'de tv in de vergaderzaal is kapot',
    'hallo',
    '',
  ])('leaves a who-may-do-what question or other chat to ask: %s', (text) => {
    expect(isPressSituation(text)).toBe(false);
  });
});
