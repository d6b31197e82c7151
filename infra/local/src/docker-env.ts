import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphNames } from './apps';
import { runCommand } from './lifecycle';
import { progress } from './log';
import { repoRoot } from './paths';
import { devSecrets, gatewaySecretEnv, identityVerifyKeys, subgraphSecretEnv } from './secrets';

/**
 * `docker:env [file]`: writes the development secrets to infra/docker/.env (git- and docker-ignored) for
 * compose.yaml: the gateway's and the public verify keys under their own names, each subgraph's
 * PII keys prefixed with its name (PARTICIPANTS_…), so that compose hands each container its own.
 */
runCommand('docker', async () => {
  const file = process.argv[2] ?? join(repoRoot, 'infra/docker/.env');
  if (existsSync(file)) {
    progress('docker', `${file} exists and is kept; delete it to write a new one`);
    return 0;
  }
  const secrets = devSecrets(subgraphNames);
  // Production has no dev issuer: its key stays out.
  const { IDENTITY_SIGNING_KEY, IDENTITY_SIGNING_KEY_ID } = gatewaySecretEnv(secrets);
  const lines: [string, string][] = [
    ['IDENTITY_SIGNING_KEY', IDENTITY_SIGNING_KEY!],
    ['IDENTITY_SIGNING_KEY_ID', IDENTITY_SIGNING_KEY_ID!],
    ['IDENTITY_VERIFY_KEYS', identityVerifyKeys(secrets)],
  ];
  for (const name of subgraphNames) {
    const prefix = `${name.toUpperCase().replace(/-/g, '_')}_`;
    const own = subgraphSecretEnv(secrets, name);
    for (const variable of ['PII_ENCRYPTION_KEYS', 'PII_BLIND_INDEX_KEYS'] as const) {
      lines.push([`${prefix}${variable}`, own[variable]!]);
    }
  }
  // Compose reads single-quoted values literally (JSON); PEM newlines need double quotes and \n.
  const text = lines
    .map(([name, value]) =>
      value.includes('\n') ? `${name}="${value.replace(/\n/g, '\\n')}"` : `${name}='${value}'`,
    )
    .join('\n');
  writeFileSync(file, `${text}\n`, { mode: 0o600 });
  progress('docker', `wrote ${file}; add the OIDC_* settings of your identity provider to it`);
  return 0;
});
