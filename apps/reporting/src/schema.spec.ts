import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@jobbnatet/service-kit';
import { resolvers, serviceName } from './app.module';

describe('committed subgraph schema', () => {
  it('matches what the resolvers print (run `pnpm schema:print` after changing them)', async () => {
    const committed = readFileSync(join(__dirname, '../schema.graphql'), 'utf8');
    await expect(printSubgraphSdl(serviceName, resolvers)).resolves.toBe(committed);
  });
});
