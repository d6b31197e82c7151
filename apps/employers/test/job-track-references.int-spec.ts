import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import { anAgreedProfile, registerEmployer, startEmployers } from './support/employers';

const tracksQuery = `query T($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on JobTrack { id employers { id name } competenceProfile { id version } }
  }
}`;

interface ResolvedTrack {
  id: string;
  employers: { id: string; name: string }[];
  competenceProfile: { id: string; version: number } | null;
}

/** A track as the router sends it here: its id and the ids job-tracks holds (`@requires`). */
const aTrack = (employerIds: string[], competenceProfileId: string | null) => ({
  __typename: 'JobTrack',
  id: randomUUID(),
  employerIds,
  competenceProfileId,
});

describe('a job track’s employers and competence profile, added by the employers subgraph', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  let subgraph: Subgraph;
  let own: { id: string; name: string };
  let foreign: { id: string; name: string };
  let profileId: string;

  beforeAll(async () => {
    subgraph = await startEmployers();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    const registered = await registerEmployer(subgraph, officer);
    own = { id: registered.id, name: registered.name };
    const elsewhere = await registerEmployer(subgraph, otherOffice);
    foreign = { id: elsewhere.id, name: elsewhere.name };
    profileId = await anAgreedProfile(subgraph, officer, own.id);
  });

  afterAll(() => subgraph?.stop({ dropDatabase: true }));

  const resolve = async (caller: typeof officer, representations: object[]) => {
    const response = await subgraph.call<{ _entities: ResolvedTrack[] }>(caller, tracksQuery, {
      r: representations,
    });
    expect(response.errors).toBeUndefined();
    return response.data!._entities;
  };

  it('resolves the employers in the track’s order and the profile, leaving out what the caller may not read', async () => {
    const track = aTrack([foreign.id, own.id, randomUUID()], profileId);
    expect(await resolve(officer, [track])).toEqual([
      {
        id: track.id,
        employers: [own],
        competenceProfile: { id: profileId, version: 1 },
      },
    ]);
    expect(await resolve(otherOffice, [track])).toEqual([
      { id: track.id, employers: [foreign], competenceProfile: null },
    ]);
  });

  it('gives each field its own type’s scope: a process leader sees the employers, not the profile', async () => {
    const track = aTrack([own.id], profileId);
    const leader = { ...callers.processLeader(), officeId: 'af-sodertalje' };
    expect(await resolve(leader, [track])).toEqual([
      { id: track.id, employers: [own], competenceProfile: null },
    ]);
    expect(await resolve(callers.employerContact(own.id), [track])).toEqual([
      { id: track.id, employers: [own], competenceProfile: { id: profileId, version: 1 } },
    ]);
    expect(await resolve(callers.employerContact(), [track])).toEqual([
      { id: track.id, employers: [], competenceProfile: null },
    ]);
  });

  it('keeps a track whole for a caller who reaches none of it, as for ids that do not exist', async () => {
    const real = aTrack([own.id], profileId);
    const missing = { ...real, employerIds: [randomUUID()], competenceProfileId: randomUUID() };
    const caseWorker = callers.caseWorker();
    expect(await resolve(caseWorker, [real])).toEqual(await resolve(caseWorker, [missing]));
    expect(await resolve(caseWorker, [real])).toEqual([
      { id: real.id, employers: [], competenceProfile: null },
    ]);
    expect(await resolve(officer, [aTrack([], null)])).toMatchObject([
      { employers: [], competenceProfile: null },
    ]);
  });

  it('resolves 100 tracks with one SQL statement per table', async () => {
    const tracks = Array.from({ length: 100 }, (_, index) =>
      aTrack(index % 2 ? [own.id, foreign.id] : [randomUUID(), own.id], profileId),
    );
    const query = jest.spyOn(subgraph.app.get(DataSource), 'query');
    const resolved = await resolve(officer, tracks);
    const statements = query.mock.calls.map(([sql]) => String(sql));
    query.mockRestore();
    expect(statements.filter((sql) => /FROM employer e\b/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM competence_profile p\b/.test(sql))).toHaveLength(1);
    expect(resolved).toEqual(
      tracks.map((track) => ({
        id: track.id,
        employers: [own],
        competenceProfile: { id: profileId, version: 1 },
      })),
    );
  });
});
