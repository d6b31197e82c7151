import { devSecrets } from './secrets';

/** Prints the development secrets as a Docker Compose `.env` file (see infra/docker/compose.yaml). */
for (const [name, value] of Object.entries(devSecrets())) {
  // Single quotes: the verify key set is JSON, full of double quotes.
  process.stdout.write(`${name}='${value.replace(/\n/g, '\\n')}'\n`);
}
