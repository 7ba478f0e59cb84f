// HTTPS beside HTTP for sideloading the add-in in Word, which only loads task panes over HTTPS.
// Requests arriving over TLS go to the same restify server, so there is one route table.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';

export interface TlsMaterial {
  key: Buffer | string;
  cert: Buffer | string;
  ca?: Buffer | string;
}

/**
 * The Office add-in development certificates (office-addin-dev-certs): created on first use in
 * ~/.office-addin-dev-certs and trusted in the user's certificate store, as `npx
 * office-addin-dev-certs install` does. Loaded lazily: production behind a real TLS proxy never
 * needs the package.
 */
export async function officeDevCertificates(): Promise<TlsMaterial> {
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  return getHttpsServerOptions();
}

export function listenHttps(server: Server, port: number, tls: TlsMaterial): Promise<https.Server> {
  const secure = https.createServer(tls, (req, res) => {
    server.server.emit('request', req, res);
  });
  return new Promise((resolve, reject) => {
    secure.once('error', reject);
    secure.listen(port, () => {
      secure.off('error', reject);
      resolve(secure);
    });
  });
}

export function portOf(server: { address(): AddressInfo | string | null }): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
