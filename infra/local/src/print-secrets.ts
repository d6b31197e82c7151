import { devSecrets } from './secrets';

/** Prints the development secrets as a Docker Compose `.env` file (see infra/docker/compose.yaml). */
for (const [name, value] of Object.entries(devSecrets())) {
  process.stdout.write(`${name}="${value.replace(/\n/g, '\\n')}"\n`);
}
