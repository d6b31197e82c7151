import { type GatewayClient, input } from '../gateway-client';
import type { DemoRegion } from '../plan';
import type { Tally } from './tally';

/** The process leader of the dev users, named for every office (apps/gateway dev users). */
const processLeaderId = '44444444-4444-4444-8444-444444444444';

/**
 * The method's rollout, written by the admin: every office of the county joins, gets a training
 * session and one dated adoption assessment. Offices already in the rollout are left as they are.
 */
export async function loadRollout(
  client: GatewayClient,
  region: DemoRegion,
  admin: string,
  tally: Tally,
): Promise<void> {
  const { methodRollout } = await client.run<{
    methodRollout: { offices: { officeId: string }[] };
  }>(admin, `{ methodRollout { offices { officeId } } }`);
  const joined = new Set(methodRollout.offices.map((o) => o.officeId));
  const missing = region.rollout.filter((office) => !joined.has(office.officeId));
  tally.found('rollout offices', region.rollout.length - missing.length);
  if (missing.length === 0) return;
  await client.batch(
    admin,
    'joinMethodRollout',
    '{ officeId }',
    missing.map((o) =>
      input('JoinRolloutInput!', {
        officeId: o.officeId,
        joinedOn: o.joinedOn,
        processLeaderIds: [processLeaderId],
      }),
    ),
  );
  await client.batch(
    admin,
    'recordRolloutSupport',
    '{ id }',
    missing.map((o) =>
      input('RecordRolloutSupportInput!', {
        officeId: o.officeId,
        kind: 'TRAINING_SESSION',
        givenOn: o.joinedOn,
      }),
    ),
  );
  await client.batch(
    admin,
    'assessOfficeAdoption',
    '{ level }',
    missing.map((o) =>
      input('AssessOfficeAdoptionInput!', {
        officeId: o.officeId,
        level: o.level,
        assessedOn: o.assessedOn,
        evidence: evidenceOf(o.level),
      }),
    ),
  );
  tally.created('rollout offices', missing.length);
}

function evidenceOf(level: 'NOT_STARTED' | 'PARTIAL' | 'FULL'): string {
  switch (level) {
    case 'FULL':
      return 'Alla spår planeras och följs upp enligt metoden; gemensam arbetsgivaringång.';
    case 'PARTIAL':
      return 'Metoden används i något spår; uppföljningen är ännu inte systematisk.';
    case 'NOT_STARTED':
      return 'Kontoret har deltagit i utbildningen men inte startat något spår.';
  }
}

/** The control group's costs per person, entered by the analyst unless already there. */
export async function loadControlBaseline(
  client: GatewayClient,
  region: DemoRegion,
  analyst: string,
  tally: Tally,
): Promise<void> {
  const { baseline } = region;
  const { controlBaselines } = await client.run<{
    controlBaselines: { periodFrom: string; periodTo: string; windowMonths: number }[];
  }>(
    analyst,
    `query B($c: String) { controlBaselines(countyCode: $c) { periodFrom periodTo windowMonths } }`,
    {
      c: baseline.countyCode,
    },
  );
  if (
    controlBaselines.some(
      (b) =>
        b.periodFrom === baseline.periodFrom &&
        b.periodTo === baseline.periodTo &&
        b.windowMonths === baseline.windowMonths,
    )
  ) {
    tally.found('control baselines');
    return;
  }
  await client.run(
    analyst,
    `mutation S($input: SetControlBaselineInput!) { setControlBaseline(input: $input) { id } }`,
    { input: baseline },
  );
  tally.created('control baselines');
}
