import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@jobbnatet/service-kit';
import { resolvers, serviceName } from './app.module';

/** `pnpm schema:print`: regenerates the committed schema.graphql from the code. */
void printSubgraphSdl(serviceName, resolvers).then((sdl) => {
  writeFileSync(join(__dirname, '../schema.graphql'), sdl);
  process.stdout.write(`wrote ${serviceName}/schema.graphql\n`);
});
