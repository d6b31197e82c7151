import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  apiSchemaFile,
  composeSupergraph,
  CompositionFailedError,
  discoverSubgraphs,
  findRepoRoot,
  supergraphFile,
} from './compose-supergraph';

/** `pnpm build` runs this after tsc: a composition error fails the build. */
function main(): void {
  const repoRoot = findRepoRoot();
  const subgraphs = discoverSubgraphs(repoRoot);
  try {
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph(subgraphs);
    writeFileSync(supergraphFile, supergraphSdl);
    writeFileSync(apiSchemaFile, apiSchemaSdl);
    const files = [supergraphFile, apiSchemaFile]
      .map((file) => relative(repoRoot, file))
      .join(' and ');
    process.stdout.write(`composed ${subgraphs.map((s) => s.name).join(', ')} into ${files}\n`);
  } catch (error) {
    process.stderr.write(
      `${error instanceof CompositionFailedError ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}

main();
