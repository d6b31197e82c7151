export { up, type Infrastructure } from './up';
export { startPlatform, subgraphNames, type RunningPlatform, type SubgraphName } from './apps';
export { devSecrets, type DevSecrets } from './secrets';
export { localDir, repoRoot } from './paths';
export { dropDatabase, serviceDatabaseName } from './databases';
