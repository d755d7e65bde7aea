// `npm run serve`: serves the built site like the static hosts it is deployed to (scripts/serve/static-server.ts).
//
//   node scripts/serve.ts [--port 4321] [--root dist] [--base /policy-kb/] [--host 127.0.0.1]
//   env: PORT, ROOT, BASE_PATH, HOST, CSP_HEADERS=1, GZIP=1

import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './serve/static-server.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      root: { type: 'string' },
      base: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: node scripts/serve.ts [--port 4321] [--root dist] [--base /] [--host 127.0.0.1]\n' +
        'env:   PORT, ROOT, BASE_PATH, HOST, CSP_HEADERS=1 (send the /* headers of <root>/_headers),\n' +
        '       GZIP=1 (gzip text files for clients that accept it)\n',
    );
    return;
  }
  const root = values.root ?? process.env.ROOT ?? 'dist';
  if (!existsSync(root)) {
    process.stderr.write(`serve: ${path.resolve(root)} does not exist; run \`npm run build\` first.\n`);
    process.exitCode = 1;
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: invalid port ${values.port ?? process.env.PORT}\n`);
    process.exitCode = 1;
    return;
  }
  const server = await startServer({
    root,
    port,
    base: values.base ?? process.env.BASE_PATH ?? '/',
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
  });
  process.stdout.write(`Serving ${path.resolve(root)} at ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
