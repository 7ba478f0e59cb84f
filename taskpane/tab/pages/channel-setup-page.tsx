// The configuration page Teams shows when someone adds the Persdesk to a channel (the manifest's
// configurableTabs): the communication service pins its press desk next to the channel where the
// bot posts the requests.
import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { PRESS_DESK_TAB_ENTITY_ID } from '../../../shared/links';
import type { TeamsHost } from '../../teams/types';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
  },
});

export function ChannelSetupPage(props: { host: TeamsHost; origin: string }) {
  const styles = useStyles();
  const { host, origin } = props;
  useEffect(() => {
    const url = `${origin}/tab/?pagina=${PRESS_DESK_TAB_ENTITY_ID}`;
    host.offerChannelTab?.({
      entityId: PRESS_DESK_TAB_ENTITY_ID,
      contentUrl: url,
      websiteUrl: url,
      suggestedDisplayName: 'Persdesk',
    });
  }, [host, origin]);
  return (
    <main className={styles.page} aria-labelledby="instellen-titel">
      <Title2 as="h1" id="instellen-titel">
        Persdesk in dit kanaal
      </Title2>
      {host.offerChannelTab ? (
        <Text as="p">
          Klik op Opslaan om de Persdesk als tabblad aan dit kanaal toe te voegen. De communicatiedienst ziet
          er alle persvragen; wie niet tot de dienst behoort, krijgt uitleg waar persvragen naartoe gaan.
        </Text>
      ) : (
        <Text as="p">
          Deze pagina werkt in Teams: voeg in het kanaal van de communicatiedienst een tabblad toe en kies
          Afspraak.
        </Text>
      )}
    </main>
  );
}
