import type { Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  hostileDate,
  hostileNumber,
  hostileString,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  activateAgreementMutation,
  activeAgreement,
  advanceMutation,
  anAgreement,
  aTrack,
  cancelMutation,
  createAgreementMutation,
  createTrack,
  createTrackMutation,
  endAgreementMutation,
  officer,
  repeatTrackMutation,
  startJobTracks,
  traces,
  updateItemMutation,
  waiveItemMutation,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const badText = (max: number) =>
  fc.oneof(hostileString(), fc.constant('x'.repeat(max + 1))).filter((value) => {
    const trimmed = value.normalize('NFC').trim();
    return (
      trimmed.length === 0 ||
      trimmed.length > max ||
      /\p{C}/u.test(trimmed) ||
      !/\p{L}/u.test(trimmed)
    );
  });
const isBadDate = (value: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
  Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ||
  value < '2000-01-01' ||
  value > '2099-12-31';
const badDate = fc.oneof(hostileDate(), hostileString()).filter(isBadDate);
const badId = hostileString().filter((value) => !isUuid(value));
/** Staff lists broken in one member: a bad user id, organisation or role. */
const badStaff = fc.oneof(
  badId.map((userId) => [{ userId, organisation: 'AF', role: 'Samordnare' }]),
  hostileString().map((organisation) => [
    { userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24', organisation, role: 'Samordnare' },
  ]),
  badText(100).map((role) => [
    { userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24', organisation: 'AF', role },
  ]),
);

describe('every mutation under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
  let subgraph: Subgraph;
  let agreementId: string;
  let trackId: string;
  const written = () => traces(subgraph);

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    agreementId = await activeAgreement(subgraph);
    trackId = (await createTrack(subgraph, agreementId)).id;
  });

  afterAll(() => subgraph?.stop({ dropDatabase: true }));

  it('createCollaborationAgreement', async () => {
    const valid = anAgreement();
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, createAgreementMutation, { input }),
      inputs: oneFieldBroken(valid, {
        municipalityCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
        officeIds: fc.oneof(
          hostileString().map((office) => [office]),
          fc.constant([]),
        ),
        validFrom: badDate,
        validTo: fc.oneof(badDate, fc.constant('2025-12-31')),
        contacts: fc.oneof(badStaff, fc.constant([])),
        rolesAndResponsibilities: badText(4000),
        methodSuitability: badText(4000),
        employerWork: badText(4000),
      }),
      traces: written,
    });
  });

  it.each([
    ['activateCollaborationAgreement', activateAgreementMutation],
    ['endCollaborationAgreement', endAgreementMutation],
  ])('%s', async (_name, mutation) => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, mutation, input),
      inputs: oneFieldBroken({ agreementId }, { agreementId: badId }),
      traces: written,
    });
  });

  it('createTrack', async () => {
    const valid = aTrack(agreementId);
    const timelineBroken = fc.oneof(
      badDate.map((plannedStart) =>
        valid.timeline.map((p, i) => (i === 1 ? { ...p, plannedStart } : p)),
      ),
      hostileString().map((phase) => valid.timeline.map((p, i) => (i === 2 ? { ...p, phase } : p))),
      fc.constant([...valid.timeline].reverse()),
      fc.constant(valid.timeline.slice(1)),
    );
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, createTrackMutation, { input }),
      inputs: oneFieldBroken(valid, {
        agreementId: badId,
        name: badText(200),
        municipalityCodes: fc.oneof(
          hostileString()
            .filter((value) => !/^\d{4}$/.test(value))
            .map((code) => [code]),
          fc.constant([]),
        ),
        officeIds: fc.oneof(
          hostileString().map((office) => [office]),
          fc.constant([]),
        ),
        employerIds: fc.oneof(
          badId.map((id) => [id]),
          fc.constant([]),
        ),
        competenceNeedIds: badId.map((id) => [id]),
        competenceProfileId: badId,
        providerIds: badId.map((id) => [id]),
        targetParticipants: hostileNumber().filter(
          (n) => !(Number.isInteger(n) && n >= 1 && n <= 1000),
        ),
        timeline: timelineBroken,
        operationalTeam: badStaff,
        coordinators: fc.oneof(badStaff, fc.constant([])),
      }),
      traces: written,
    });
  });

  it('repeatTrack', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, repeatTrackMutation, { input }),
      inputs: oneFieldBroken(
        { trackId, agreementId, timeline: aTrack(agreementId).timeline },
        {
          trackId: badId,
          agreementId: badId,
          timeline: badDate.map((plannedEnd) =>
            aTrack(agreementId).timeline.map((p, i) => (i === 3 ? { ...p, plannedEnd } : p)),
          ),
        },
      ),
      traces: written,
    });
  });

  it('updateChecklistItem', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, updateItemMutation, { input }),
      inputs: oneFieldBroken(
        { trackId, itemCode: 'PLANNING_STAFF_APPOINTED', state: 'DONE' },
        { trackId: badId, itemCode: hostileString(), state: hostileString() },
      ),
      traces: written,
    });
  });

  it('waiveChecklistItem', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, waiveItemMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId,
          itemCode: 'PLANNING_LETTER_OF_INTENT',
          reason: 'Avsiktsförklaring kommer senare.',
        },
        { trackId: badId, itemCode: hostileString(), reason: badText(2000) },
      ),
      traces: written,
    });
  });

  it('advancePhase', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, advanceMutation, input),
      // A real track with its checklist open is refused too, naming what is missing.
      inputs: oneFieldBroken({ trackId }, { trackId: fc.oneof(badId, fc.constant(trackId)) }),
      traces: written,
    });
  });

  it('cancelTrack', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, cancelMutation, { input }),
      inputs: oneFieldBroken(
        { trackId, reasonCode: 'OTHER', reasonText: 'Spåret ersätts av ett annat.' },
        { trackId: badId, reasonCode: hostileString(), reasonText: badText(2000) },
      ),
      traces: written,
    });
  });
});
