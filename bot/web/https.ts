// HTTPS beside HTTP for sideloading the add-in in Word, which only loads task panes over HTTPS.
// Requests arriving over TLS go to the same restify server, so there is one route table.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';

export interface TlsMaterial {
  key: Buffer | string;
  cert: Buffer | string;
  ca?: Buffer | string;
}

export interface DevCertificateOptions {
  /** Keep the certificates here and do not touch the system's trust store (tests, servers). */
  directory?: string;
  warn?: (message: string) => void;
}

/**
 * The Office add-in development certificates (office-addin-dev-certs): created on first use in
 * ~/.office-addin-dev-certs and trusted in the user's certificate store, as `npx
 * office-addin-dev-certs install` does. Where trusting fails (Linux without sudo, a locked-down
 * machine) HTTPS still starts with the same certificates, and the warning says how to trust the
 * CA by hand. Loaded lazily: production behind a real TLS proxy never needs the package.
 */
export async function officeDevCertificates(options: DevCertificateOptions = {}): Promise<TlsMaterial> {
  const certs = await import('office-addin-dev-certs');
  const warn = options.warn ?? ((m: string) => console.warn(m));
  if (!options.directory) {
    try {
      return await certs.getHttpsServerOptions();
    } catch (error) {
      warn(
        `HTTPS: could not trust the Office development CA (${firstLine(error)}); serving with an untrusted ` +
          'certificate. Trust it with "npx office-addin-dev-certs install" (it may ask for an administrator).',
      );
    }
  }
  const directory = options.directory ?? path.join(os.homedir(), '.office-addin-dev-certs');
  const files = {
    ca: path.join(directory, 'ca.crt'),
    cert: path.join(directory, 'localhost.crt'),
    key: path.join(directory, 'localhost.key'),
  };
  if (!usable(files.cert, files.key)) {
    mkdirSync(directory, { recursive: true });
    await certs.generateCertificates(files.ca, files.cert, files.key);
  }
  return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
}

/** The certificate exists, matches its key and is valid for at least another day. */
function usable(certFile: string, keyFile: string): boolean {
  if (!existsSync(certFile) || !existsSync(keyFile)) return false;
  try {
    const cert = new X509Certificate(readFileSync(certFile));
    const fresh = new Date(cert.validTo).getTime() > Date.now() + 24 * 60 * 60 * 1000;
    return fresh && cert.checkPrivateKey(createPrivateKey(readFileSync(keyFile)));
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

export function listenHttps(
  server: Server,
  port: number,
  tls: TlsMaterial,
  host?: string,
): Promise<https.Server> {
  const secure = https.createServer(tls, (req, res) => {
    server.server.emit('request', req, res);
  });
  return new Promise((resolve, reject) => {
    secure.once('error', reject);
    secure.listen(port, host, () => {
      secure.off('error', reject);
      resolve(secure);
    });
  });
}

export function portOf(server: { address(): AddressInfo | string | null }): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
