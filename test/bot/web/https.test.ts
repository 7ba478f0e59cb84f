import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import restify from 'restify';
import { listenHttps, officeDevCertificates, portOf } from '../../../bot/web/https';

// The certificates are generated into a temp folder: installing them into the system store (what
// officeDevCertificates does for a developer) is not something a test may do to a machine.
describe('HTTPS beside HTTP', () => {
  it('makes the development certificates in a folder without touching the trust store, and reuses them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afspraak-devcerts-'));
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const first = await officeDevCertificates({ directory: dir });
      const again = await officeDevCertificates({ directory: dir });
      expect(String(first.cert)).toContain('BEGIN CERTIFICATE');
      expect(String(again.cert)).toBe(String(first.cert));
    } finally {
      quiet.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers the same routes over TLS with the Office development certificates', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afspraak-certs-'));
    const ca = path.join(dir, 'ca.crt');
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await generateCertificates(ca, cert, key, 1);
    quiet.mockRestore();
    const server = restify.createServer();
    server.get('/healthz', (_req, res, next) => {
      res.send(200, { secure: _req.isSecure() });
      next();
    });
    const secure = await listenHttps(server, 0, {
      ca: readFileSync(ca),
      cert: readFileSync(cert),
      key: readFileSync(key),
    });
    try {
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get({ host: 'localhost', port: portOf(secure), path: '/healthz', ca: readFileSync(ca) }, (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
      expect(JSON.parse(body)).toEqual({ secure: true });
    } finally {
      await new Promise<void>((resolve) => secure.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
