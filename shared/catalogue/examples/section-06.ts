// Example questions for section 5.6.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  38: [
    {
      q: 'Wij starten een bewonersbevraging over het nieuwe dorpsplein, moet de communicatiedienst daar al bij zijn?',
      verdict: 'moet',
    },
    { q: 'moet ik communicatie verwitigen voor een inspraakavond?', verdict: 'moet' },
    {
      q: 'Onze dienst plant een participatietraject rond de heraanleg van de speeltuin. Wanneer betrekken we de communicatiedienst?',
      verdict: 'moet',
    },
    {
      q: 'kan de jeugdienst zelf een online bevraging bij jongeren opzetten zonder communicatie erbij te halen',
      verdict: 'moet',
    },
    { q: 'participatietraject opstarten, wat moet ik doen', verdict: 'moet' },
    {
      q: 'De schepen wil een burgerpanel over mobiliteit. Moet de communicatiedienst op voorhand betrokken worden?',
      verdict: 'moet',
    },
    {
      q: 'is het ok als we de communicatiedienst pas inschakelen als de resultaten van de enquete binnen zijn?',
      verdict: 'moet',
    },
    {
      q: 'wanneer moet ik de communicatiedienst inschakelen bij een inspraaktraject, pas op het einde?',
      verdict: 'moet',
    },
    { q: 'wie helpt ons met de communicatie rond een participatieproject?', verdict: 'info' },
    {
      q: 'Wat doet de communicatiedienst bij een participatietraject, enkel een affiche maken?',
      verdict: 'info',
    },
    { q: 'hoe ondersteunt communicatie een buurtbevraging tijdens het project zelf', verdict: 'info' },
    {
      q: 'we willen een workshop met inwoners over het nieuwe cultuurcentrum, wie maakt de flyer en de oproep op faceboek?',
      verdict: 'info',
    },
    {
      q: 'moeten we voor een klimaatwerkgroep met burgers communicatie al vanaf de start mee aan tafel hebben',
      verdict: 'moet',
    },
  ],
  39: [
    { q: 'de inspraakavond is voorbij, moeten we de inwoners nog iets laten weten?', verdict: 'moet' },
    {
      q: 'Onze dienst heeft een enquete gedaan over de sporthal. Moeten we communiceren over wat we met de antwoorden doen?',
      verdict: 'moet',
    },
    { q: 'is het nodig om na een participatietrajekt terug te koppelen naar de deelnemers', verdict: 'moet' },
    { q: 'resultaten bevraging communiceren verplicht?', verdict: 'moet' },
    {
      q: 'Mogen we de uitkomst van het burgerpanel gewoon in een schuif laten als het college er niks mee doet?',
      verdict: 'moet',
    },
    { q: 'wie communiceert over wat er met de ideeen van de inwoners gedaan is', verdict: 'info' },
    {
      q: 'moet ik de communicatiedienst inschakelen om te vertellen wat er met de inspraak gebeurd is?',
      verdict: 'moet',
    },
    {
      q: 'de schepen wil in het infoblad laten zien wat er met de voorstellen van de buurt gebeurd is, moet dat via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Hoe brengen we na een participatieproject naar buiten wat er met de input gedaan wordt?',
      verdict: 'info',
    },
    {
      q: 'we hebben 300 reacties gekregen op de bevraging over het speelplein, moeten we daar nog over communiceren ook als er maar weinig van wordt uitgevoerd',
      verdict: 'moet',
    },
    {
      q: 'moete we de deelnemers van de workshop nog laten weten wat er met hun voorstellen gebeurt',
      verdict: 'moet',
    },
  ],
};
