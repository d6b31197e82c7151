import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileDate,
  hostileNumber,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  languageCodes,
  languageLevels,
  licenceCategories,
} from '../src/competence/competence-codes';
import { validDate } from '../src/competence/competence-rules';
import { anEmployer, registerEmployer, startEmployers } from './support/employers';

const needFields = `id status headcount neededFrom neededUntil occupation { code name }
  requirements { skills languages { code level } licences certificates }`;
const profileFields = `id needId status version occupation { code name }
  competences { name level required taxonomyConceptId } languageRequirements { code level }`;

const recordNeed = `mutation N($input: RecordCompetenceNeedInput!) {
  recordCompetenceNeed(input: $input) { ${needFields} }
}`;
const changeStatus = `mutation S($needId: ID!, $status: CompetenceNeedStatus!) {
  updateCompetenceNeedStatus(needId: $needId, status: $status) { id status }
}`;
const agreeProfile = `mutation A($input: AgreeCompetenceProfileInput!) {
  agreeCompetenceProfile(input: $input) { ${profileFields} }
}`;
const reviseProfile = `mutation R($profileId: ID!, $input: ReviseCompetenceProfileInput!) {
  reviseCompetenceProfile(profileId: $profileId, input: $input) { ${profileFields} }
}`;
const needById = `query Q($id: ID!) { competenceNeed(id: $id) { id status profile { id version } } }`;
const profileById = `query P($id: ID!) {
  competenceProfile(id: $id) { id version need { id } versions { version occupation { code } competences { name level } } }
}`;
const needsOfEmployer = `query E($id: ID!, $status: CompetenceNeedStatus) {
  employer(id: $id) { id competenceNeeds(status: $status) { id status } }
}`;
const profileEntities = `query X($r: [_Any!]!) {
  _entities(representations: $r) { ... on CompetenceProfile { id version } }
}`;

const aNeed = (employerId: string) => ({
  employerId,
  occupationCode: '4322',
  headcount: 4,
  neededFrom: '2027-02-01',
  neededUntil: '2027-06-30',
  requirements: {
    skills: ['Plock med handdator'],
    languages: [{ code: 'sv', level: 'B1' }],
    licences: ['B'],
    certificates: ['Truckkort A+B'],
  },
});

const aProfile = {
  occupationCode: '4322',
  competences: [
    { name: 'Truckkörning', level: 3, required: true, taxonomyConceptId: 'fFkk_8X8_pym' },
    { name: 'Lagersystem SAP', level: 2, required: false },
  ],
  languageRequirements: [{ code: 'sv', level: 'B1' }],
};

/** Hostile strings that are not, by chance, a valid code ("ar" is Arabic, "B" a licence). */
const notALanguage = hostileString().filter((code) => !languageCodes.has(code));
const notALevel = hostileString().filter(
  (level) => !(languageLevels as readonly string[]).includes(level),
);
const notALicence = hostileString().filter(
  (licence) => !(licenceCategories as readonly string[]).includes(licence),
);

const isBadDate = (value: string) => {
  try {
    validDate('date', value);
    return false;
  } catch {
    return true;
  }
};
const badText = (max: number) =>
  hostileString().filter(
    (value) =>
      !/\p{L}/u.test(value) ||
      /\p{C}/u.test(value.normalize('NFC').trim()) ||
      value.trim().length > max,
  );

describe('competence needs and profiles on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  let subgraph: Subgraph;
  let probe: KafkaProbe;

  beforeAll(async () => {
    subgraph = await startEmployers();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.employers]);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  async function needOf(employerId: string, caller = officer): Promise<string> {
    const response = await subgraph.call<{ recordCompetenceNeed: { id: string } }>(
      caller,
      recordNeed,
      { input: aNeed(employerId) },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.recordCompetenceNeed.id;
  }

  async function profileOf(needId: string, caller = officer): Promise<string> {
    const response = await subgraph.call<{ agreeCompetenceProfile: { id: string } }>(
      caller,
      agreeProfile,
      { input: { needId, ...aProfile } },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.agreeCompetenceProfile.id;
  }

  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) FROM competence_need) + (SELECT count(*) FROM competence_profile_version)
             + (SELECT count(*) FROM competence_need WHERE status <> 'OPEN')
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  it('refuses every new operation without the gateway’s signature, and every resolver reads its scope', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining([
        'query { competenceNeed }',
        'query { competenceProfile }',
        'mutation { recordCompetenceNeed }',
        'mutation { updateCompetenceNeedStatus }',
        'mutation { agreeCompetenceProfile }',
        'mutation { reviseCompetenceProfile }',
      ]),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('records a need as OPEN with its SSYK occupation, and publishes codes and counts only', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const response = await subgraph.call<{ recordCompetenceNeed: { id: string } }>(
      officer,
      recordNeed,
      { input: aNeed(employerId) },
    );
    expect(response.data?.recordCompetenceNeed).toEqual({
      id: expect.any(String),
      status: 'OPEN',
      headcount: 4,
      neededFrom: '2027-02-01',
      neededUntil: '2027-06-30',
      occupation: { code: '4322', name: 'Lager- och terminalpersonal' },
      requirements: {
        skills: ['Plock med handdator'],
        languages: [{ code: 'sv', level: 'B1' }],
        licences: ['B'],
        certificates: ['Truckkort A+B'],
      },
    });
    const needId = response.data!.recordCompetenceNeed.id;
    const message = await probe.waitFor((m) => m.key === needId, 10_000);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'competence-need.recorded',
        data: {
          needId,
          employerId,
          occupationCode: '4322',
          headcount: 4,
          licences: ['B'],
          skillCount: 1,
          certificateCount: 1,
        },
      },
    });
    const bytes = message.value!.toString();
    expect(bytes).not.toContain('handdator');
    expect(bytes).not.toContain('Truckkort');
    expect(bytes).not.toContain('Testbolaget');
  });

  it('lets the employer’s own contact record a need, and no one outside the employer', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const own = await subgraph.call(callers.employerContact(employerId), recordNeed, {
      input: aNeed(employerId),
    });
    expect(own.errors).toBeUndefined();
    const before = await traces();
    for (const outsider of [
      callers.employerContact(),
      otherOffice,
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      callers.analyst(),
    ]) {
      const refused = await subgraph.call(outsider, recordNeed, { input: aNeed(employerId) });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const admin = await subgraph.call(callers.admin(), recordNeed, { input: aNeed(employerId) });
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await subgraph.call(callers.employerContact(), recordNeed, {
      input: aNeed(randomUUID()),
    });
    const foreign = await subgraph.call(callers.employerContact(), recordNeed, {
      input: aNeed(employerId),
    });
    expect(foreign).toEqual(missing);
    expect(await traces()).toBe(before);
  });

  it('moves a need through its statuses by the rules, with an event for each change', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const needId = await needOf(employerId);
    const contact = callers.employerContact(employerId);
    const move = (caller: typeof officer, status: string) =>
      subgraph.call<{ updateCompetenceNeedStatus: { status: string } }>(caller, changeStatus, {
        needId,
        status,
      });
    expect((await move(officer, 'BEING_MET')).data?.updateCompetenceNeedStatus.status).toBe(
      'BEING_MET',
    );
    expect((await move(contact, 'MET')).data?.updateCompetenceNeedStatus.status).toBe('MET');
    const final = await move(officer, 'OPEN');
    expect(final.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYER.INVALID_STATUS_TRANSITION',
      field: 'status',
    });
    const changes = await probe.waitForAll(
      (m) =>
        m.key === needId &&
        parseEvent(m.value!).ok &&
        m.value!.toString().includes('status-changed'),
      2,
      10_000,
    );
    expect(changes.map((m) => JSON.parse(m.value!.toString()).data)).toEqual([
      expect.objectContaining({ from: 'OPEN', to: 'BEING_MET' }),
      expect.objectContaining({ from: 'BEING_MET', to: 'MET' }),
    ]);
    const withdrawn = await needOf(employerId);
    const other = await subgraph.call(callers.employerContact(), changeStatus, {
      needId: withdrawn,
      status: 'WITHDRAWN',
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await subgraph.call(callers.employerContact(), changeStatus, {
      needId: randomUUID(),
      status: 'WITHDRAWN',
    });
    expect(other).toEqual(missing);
  });

  it('agrees a profile as version 1, revises it as version 2, and keeps version 1 readable', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const needId = await needOf(employerId);
    const contact = callers.employerContact(employerId);
    const agreed = await subgraph.call<{ agreeCompetenceProfile: { id: string } }>(
      contact,
      agreeProfile,
      { input: { needId, ...aProfile } },
    );
    expect(agreed.data?.agreeCompetenceProfile).toMatchObject({
      needId,
      status: 'AGREED',
      version: 1,
      occupation: { code: '4322', name: 'Lager- och terminalpersonal' },
      competences: [
        { name: 'Truckkörning', level: 3, required: true, taxonomyConceptId: 'fFkk_8X8_pym' },
        { name: 'Lagersystem SAP', level: 2, required: false, taxonomyConceptId: null },
      ],
    });
    const profileId = agreed.data!.agreeCompetenceProfile.id;
    const again = await subgraph.call(officer, agreeProfile, { input: { needId, ...aProfile } });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYER.PROFILE_ALREADY_AGREED',
    });
    const revised = await subgraph.call<{ reviseCompetenceProfile: unknown }>(
      officer,
      reviseProfile,
      {
        profileId,
        input: {
          occupationCode: '8344',
          competences: [{ name: 'Truckkörning', level: 4, required: true }],
          languageRequirements: [{ code: 'sv', level: 'B2' }],
        },
      },
    );
    expect(revised.data?.reviseCompetenceProfile).toMatchObject({
      id: profileId,
      version: 2,
      occupation: { code: '8344', name: 'Truckförare' },
      languageRequirements: [{ code: 'sv', level: 'B2' }],
    });
    const read = await subgraph.call<{ competenceProfile: unknown }>(contact, profileById, {
      id: profileId,
    });
    expect(read.data?.competenceProfile).toEqual({
      id: profileId,
      version: 2,
      need: { id: needId },
      versions: [
        {
          version: 1,
          occupation: { code: '4322' },
          competences: [
            { name: 'Truckkörning', level: 3 },
            { name: 'Lagersystem SAP', level: 2 },
          ],
        },
        {
          version: 2,
          occupation: { code: '8344' },
          competences: [{ name: 'Truckkörning', level: 4 }],
        },
      ],
    });
    const events = await probe.waitForAll((m) => m.key === profileId, 2, 10_000);
    expect(events.map((m) => JSON.parse(m.value!.toString()))).toEqual([
      expect.objectContaining({
        type: 'competence-profile.agreed',
        data: expect.objectContaining({ version: 1, competenceCount: 2, requiredCount: 1 }),
      }),
      expect.objectContaining({
        type: 'competence-profile.revised',
        data: expect.objectContaining({ version: 2, occupationCode: '8344', competenceCount: 1 }),
      }),
    ]);
    for (const message of events) {
      expect(parseEvent(message.value!).ok).toBe(true);
      expect(message.value!.toString()).not.toMatch(/Truckkörning|Lagersystem/);
    }
  });

  it('refuses a profile for a need that is met or withdrawn', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const needId = await needOf(employerId);
    await subgraph.call(officer, changeStatus, { needId, status: 'WITHDRAWN' });
    const refused = await subgraph.call(officer, agreeProfile, { input: { needId, ...aProfile } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYER.NEED_CLOSED',
    });
  });

  it('shows needs and profiles to the employer’s officers, its own contact and admins, and to no one else', async () => {
    const { id: employerId } = await registerEmployer(
      subgraph,
      officer,
      anEmployer({ officeIds: ['af-sodertalje', 'af-kista'] }),
    );
    const needId = await needOf(employerId);
    const profileId = await profileOf(needId);
    const otherEmployer = await registerEmployer(subgraph, officer);
    const otherContact = callers.employerContact(otherEmployer.id);
    const readers = [
      officer,
      callers.officer('af-kista'),
      callers.employerContact(employerId),
      callers.admin(),
    ];
    const outsiders = [
      otherContact,
      otherOffice,
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      callers.analyst(),
      callers.caseWorker('0181'),
    ];
    for (const reader of readers) {
      expect(
        (await subgraph.call<{ competenceNeed: unknown }>(reader, needById, { id: needId })).data
          ?.competenceNeed,
      ).toEqual({
        id: needId,
        status: 'OPEN',
        profile: { id: profileId, version: 1 },
      });
      expect(
        (
          await subgraph.call<{ competenceProfile: unknown }>(reader, profileById, {
            id: profileId,
          })
        ).data?.competenceProfile,
      ).toMatchObject({ id: profileId });
    }
    for (const outsider of outsiders) {
      const need = await subgraph.call(outsider, needById, { id: needId });
      expect(need).toEqual(await subgraph.call(outsider, needById, { id: randomUUID() }));
      expect(need.data).toEqual({ competenceNeed: null });
      const profile = await subgraph.call(outsider, profileById, { id: profileId });
      expect(profile).toEqual(await subgraph.call(outsider, profileById, { id: randomUUID() }));
      expect(profile.data).toEqual({ competenceProfile: null });
      const entities = await subgraph.call<{ _entities: unknown[] }>(outsider, profileEntities, {
        r: [{ __typename: 'CompetenceProfile', id: profileId }],
      });
      expect(entities.data?._entities).toEqual([null]);
    }
    const revise = await subgraph.call(otherContact, reviseProfile, {
      profileId,
      input: aProfile,
    });
    expect(revise.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(revise).toEqual(
      await subgraph.call(otherContact, reviseProfile, {
        profileId: randomUUID(),
        input: aProfile,
      }),
    );
    const agree = await subgraph.call(otherContact, agreeProfile, {
      input: { needId: await needOf(employerId), ...aProfile },
    });
    expect(agree.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entities = await subgraph.call<{ _entities: unknown[] }>(
      callers.employerContact(employerId),
      profileEntities,
      {
        r: [{ __typename: 'CompetenceProfile', id: profileId }],
      },
    );
    expect(entities.data?._entities).toEqual([{ id: profileId, version: 1 }]);
  });

  it('resolves 100 profile references with one SQL statement, a foreign one as null', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const ids = [
      await profileOf(await needOf(employerId)),
      await profileOf(await needOf(employerId)),
    ];
    const representations = [...ids, ...Array.from({ length: 98 }, () => randomUUID())].map(
      (id) => ({ __typename: 'CompetenceProfile', id }),
    );
    const dataSource = subgraph.app.get(DataSource);
    const query = jest.spyOn(dataSource, 'query');
    const response = await subgraph.call<{ _entities: ({ id: string } | null)[] }>(
      officer,
      profileEntities,
      { r: representations },
    );
    const profileQueries = query.mock.calls.filter(([sql]) =>
      /FROM competence_profile p/.test(String(sql)),
    );
    query.mockRestore();
    expect(profileQueries).toHaveLength(1);
    expect(response.data?._entities.filter(Boolean).map((p) => p!.id)).toEqual(ids);
  });

  it('lists an employer’s needs by status to those who reach them, none to a process leader', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const open = await needOf(employerId);
    const withdrawn = await needOf(employerId);
    await subgraph.call(officer, changeStatus, { needId: withdrawn, status: 'WITHDRAWN' });
    const list = async (caller: typeof officer, status?: string) =>
      (
        await subgraph.call<{ employer: { competenceNeeds: { id: string }[] } | null }>(
          caller,
          needsOfEmployer,
          { id: employerId, status },
        )
      ).data?.employer?.competenceNeeds.map((need) => need.id);
    expect(await list(officer)).toEqual([open, withdrawn]);
    expect(await list(callers.employerContact(employerId), 'OPEN')).toEqual([open]);
    expect(await list(officer, 'WITHDRAWN')).toEqual([withdrawn]);
    expect(await list({ ...callers.processLeader(), officeId: 'af-sodertalje' })).toEqual([]);
    expect(await list(callers.employerContact())).toBeUndefined();
  });

  it('refuses 1 000 generated bad competence needs, writing nothing', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const valid = aNeed(employerId);
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, recordNeed, { input }),
      inputs: oneFieldBroken(valid, {
        employerId: hostileString(),
        occupationCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
        headcount: hostileNumber().filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 500)),
        neededFrom: fc.oneof(hostileDate(), hostileString()).filter(isBadDate),
        neededUntil: fc
          .oneof(hostileDate(), hostileString(), fc.constant('2027-01-31'))
          .filter((value) => isBadDate(value) || value < valid.neededFrom),
        requirements: fc.oneof(
          badText(100).map((skill) => ({ ...valid.requirements, skills: [skill] })),
          badText(100).map((certificate) => ({
            ...valid.requirements,
            certificates: [certificate],
          })),
          notALanguage.map((code) => ({
            ...valid.requirements,
            languages: [{ code, level: 'B1' }],
          })),
          notALevel.map((level) => ({
            ...valid.requirements,
            languages: [{ code: 'sv', level }],
          })),
          notALicence.map((licence) => ({ ...valid.requirements, licences: [licence] })),
        ),
      }).map(({ input }) => input),
      traces,
    });
  });

  it('refuses 1 000 generated bad status changes, writing nothing', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const needId = await needOf(employerId);
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, changeStatus, input),
      inputs: oneFieldBroken(
        { needId, status: 'BEING_MET' },
        { needId: hostileString(), status: hostileString() },
      ).map(({ input }) => input),
      traces,
    });
  });

  const brokenProfile = {
    occupationCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
    competences: fc.oneof(
      fc.constant([]),
      badText(100).map((name) => [{ name, level: 2, required: true }]),
      hostileNumber()
        .filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 5))
        .map((level) => [{ name: 'Svetsning', level, required: true }]),
      hostileString()
        .filter((id) => !/^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/.test(id))
        .map((taxonomyConceptId) => [
          { name: 'Svetsning', level: 2, required: true, taxonomyConceptId },
        ]),
    ),
    languageRequirements: fc.oneof(
      notALanguage.map((code) => [{ code, level: 'B1' }]),
      notALevel.map((level) => [{ code: 'sv', level }]),
    ),
  };

  it('refuses 1 000 generated bad profile agreements, writing nothing', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const needId = await needOf(employerId);
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, agreeProfile, { input }),
      inputs: oneFieldBroken(
        { needId, ...aProfile },
        { needId: hostileString(), ...brokenProfile },
      ).map(({ input }) => input),
      traces,
    });
  });

  it('refuses 1 000 generated bad profile revisions, writing nothing', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const profileId = await profileOf(await needOf(employerId));
    await assertEveryBadInputRefused({
      send: ({ profileId: id, ...input }) =>
        subgraph.call(officer, reviseProfile, { profileId: id, input }),
      inputs: oneFieldBroken(
        { profileId, ...aProfile },
        { profileId: hostileString(), ...brokenProfile },
      ).map(({ input }) => input),
      traces,
    });
  });
});
