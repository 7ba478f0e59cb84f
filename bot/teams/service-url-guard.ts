// Local mode authenticates nobody, so the serviceUrl of an incoming activity is whatever the caller
// wrote, and the bot would POST its reply there: a way to make the server send requests anywhere.
// On a loopback-only server the only legitimate caller is the Emulator (or a test) on this machine,
// whose serviceUrl is http://localhost:<port>; anything else is refused before the adapter runs.
import type { BotConfig } from '../config';
import { isLoopbackHost } from '../config';

/** Dutch for people, English for logs and scripts: the body of the 400. */
export interface RefusedServiceUrl {
  error: string;
  fout: string;
}

/**
 * Undefined when the activity's serviceUrl may be used, else the 400 body. Production mode
 * leaves this to the adapter (the Bot Framework token names the channel's serviceUrl); an admin
 * who exposed local mode on purpose (HOST) accepts every serviceUrl.
 */
export function refuseServiceUrl(
  config: Pick<BotConfig, 'mode' | 'localModeExposed'>,
  serviceUrl: string,
): RefusedServiceUrl | undefined {
  if (config.mode !== 'local' || config.localModeExposed) return undefined;
  let host: string;
  try {
    host = new URL(serviceUrl).hostname;
  } catch {
    host = '';
  }
  if (host && isLoopbackHost(host)) return undefined;
  return {
    error:
      `serviceUrl ${serviceUrl} is not on this machine: in local mode the bot only replies to ` +
      'localhost, 127.0.0.0/8 or [::1] (set HOST to expose local mode on purpose, or configure MicrosoftAppId)',
    fout:
      'In lokale modus antwoordt de bot alleen aan een serviceUrl op deze computer (localhost). ' +
      'Gebruik de Bot Framework Emulator op dezelfde machine.',
  };
}
