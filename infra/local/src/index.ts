export { up, type Infrastructure } from './up';
export {
  platformEnvironments,
  startPlatform,
  subgraphNames,
  type RunningPlatform,
  type SubgraphName,
} from './apps';
export { devSecrets, identityVerifyKeys, type DevSecrets, type PiiKeys } from './secrets';
export { localDir, repoRoot } from './paths';
export { postgresLocation } from './postgres';
export { dropDatabase, serviceDatabaseName } from './databases';
