// `node bot/storage/pglite-create.mjs <dir>`: creates an empty PGlite database in <dir> and exits.
// PGlite's first start runs initdb inside the process (a second database instance and initdb's own
// WebAssembly module): about 650 MB at its peak, and a bot that did it in its own process kept
// 150 MB more for as long as it ran. Run here, that memory goes back to the system when this
// process ends; the bot then opens the database as on any later start.
/* global process, console */
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node pglite-create.mjs <data directory>');
  process.exit(2);
}
const db = await PGlite.create({ dataDir: dir });
await db.close();
