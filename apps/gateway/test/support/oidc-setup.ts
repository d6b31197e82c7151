import { ed25519Pair, type Ed25519Pair } from './keys';
import { startTestOidcProvider, type TestOidcProvider } from './test-oidc-provider';
import { startParticipantsSubgraph, type TestSubgraph } from './test-subgraphs';

/**
 * What the specs that log in as production does share: an OIDC issuer of their own, the
 * participants test subgraph trusting the gateway's identity key, the gateway settings for both, and
 * an officer's token from the issuer.
 */
export interface OidcSetup {
  /** The gateway's identity signing key, which the participants subgraph trusts. */
  identityKeys: Ed25519Pair;
  oidc: TestOidcProvider;
  participants: TestSubgraph;
  /** The gateway's environment for this issuer and identity key (mode left to the spec). */
  env: Record<string, string>;
  officerToken: string;
  stop(): Promise<void>;
}

export async function startOidcSetup(): Promise<OidcSetup> {
  const identityKeys = ed25519Pair();
  const oidc = await startTestOidcProvider();
  const participants = await startParticipantsSubgraph(identityKeys);
  return {
    identityKeys,
    oidc,
    participants,
    env: {
      IDENTITY_SIGNING_KEY: identityKeys.privateKeyPem,
      IDENTITY_SIGNING_KEY_ID: identityKeys.keyId,
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: oidc.audience,
    },
    officerToken: await oidc.mint({
      sub: '11111111-1111-4111-8111-111111111111',
      role: 'officer',
      office_id: 'af-sodertalje',
    }),
    async stop() {
      await participants.stop();
      await oidc.stop();
    },
  };
}
