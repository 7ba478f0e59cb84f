// Privacy and terms of use: the manifest's developer.privacyUrl and termsOfUseUrl point here, so
// the admin and users read them where the app lives, in plain Dutch.
import { makeStyles, Subtitle1, Title2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '720px',
  },
});

export function InfoPage(props: { page: 'privacy' | 'gebruiksvoorwaarden'; organisationName?: string }) {
  const styles = useStyles();
  const who = props.organisationName ?? 'je bestuur';
  if (props.page === 'privacy') {
    return (
      <main className={styles.page} aria-labelledby="info-titel">
        <Title2 as="h1" id="info-titel">
          Privacy
        </Title2>
        <p>
          Afspraak draait op een server van {who} en bewaart alleen wat nodig is om persvragen op te volgen:
          de vraag, wie ze meldde, wie ze behandelt, de deadline, de afhandeling en de geschiedenis van die
          stappen.
        </p>
        <Subtitle1 as="h2">Jouw documenten</Subtitle1>
        <p>
          De controle in Word gebeurt in je eigen Word. De tekst van je document wordt niet naar de server
          gestuurd en nergens bewaard.
        </p>
        <Subtitle1 as="h2">Vragen aan de bot</Subtitle1>
        <p>
          Vragen aan de bot worden beantwoord en niet bewaard, met twee uitzonderingen. Markeer je een
          antwoord als nuttig of niet nuttig, dan bewaren we de vraag en je oordeel. Kon de bot een vraag niet
          of niet zeker beantwoorden, dan bewaren we de vraag zonder je naam. Zo ziet de communicatiedienst
          welke afspraken beter uitgelegd of aangevuld moeten worden. Die vragen worden na 180 dagen gewist.
        </p>
        <p>
          Vragen over je gegevens stel je aan de communicatiedienst of de functionaris voor
          gegevensbescherming van {who}.
        </p>
      </main>
    );
  }
  return (
    <main className={styles.page} aria-labelledby="info-titel">
      <Title2 as="h1" id="info-titel">
        Gebruiksvoorwaarden
      </Title2>
      <p>
        Afspraak helpt medewerkers en mandatarissen van {who} de communicatieafspraken toe te passen. De
        afsprakennota zelf blijft de regel: bij twijfel beslist de communicatiedienst.
      </p>
      <p>
        Antwoorden van de bot en bevindingen in Word noemen altijd de afspraak waarop ze steunen, zodat je ze
        kunt nalezen.
      </p>
    </main>
  );
}
