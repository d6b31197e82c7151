import 'reflect-metadata';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant } from '@jobbnatet/testing';
import { register, startParticipants, uniqueName } from './support/participants';

interface Page {
  totalCount?: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const counted = `query Page($first: Int!, $after: String, $filter: ParticipantFilterInput) {
  participants(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id } } pageInfo { endCursor hasNextPage }
  }
}`;
const uncounted = counted.replace('totalCount ', '');

/** An officer pages through their office's list, with and without its count. */
describe('the participants list', () => {
  const officer = callers.officer('af-sodertalje');
  let participants: Subgraph;
  /** Södertälje's participants, newest first. */
  let newestFirst: string[];
  let named: { id: string; givenName: string };

  const page = async (
    variables: { first: number; after?: string | null; filter?: object },
    query = counted,
  ): Promise<Page> => {
    const response = await participants.call<{ participants: Page }>(officer, query, variables);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.participants;
  };

  beforeAll(async () => {
    participants = await startParticipants();
    const registered = [];
    for (let i = 0; i < 5; i++) registered.push(await register(participants, officer));
    const givenName = uniqueName();
    registered.push(await register(participants, officer, aParticipant().named(givenName).build()));
    named = { id: registered.at(-1)!.id, givenName };
    // Another office's participant is in neither the pages nor the count.
    await register(
      participants,
      callers.officer('af-solna'),
      aParticipant().atOffice('af-solna').build(),
    );
    newestFirst = registered.map((participant) => participant.id).reverse();
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('pages newest first by cursor, with the whole list’s count on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: Page[] = [];
    do {
      const next: Page = await page({ first: 4, after });
      pages.push(next);
      seen.push(...next.edges.map((edge) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(newestFirst);
    expect(pages.map((each) => [each.edges.length, each.totalCount])).toEqual([
      [4, 6],
      [2, 6],
    ]);
  });

  it('counts the list on a page past its end, which is empty', async () => {
    const last = await page({ first: 6 });
    expect(last.pageInfo).toEqual({ endCursor: last.edges[5]!.cursor, hasNextPage: false });
    expect(await page({ first: 6, after: last.pageInfo.endCursor })).toEqual({
      totalCount: 6,
      edges: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
  });

  it('answers the same page without the count', async () => {
    const { edges, pageInfo } = await page({ first: 3 });
    expect(await page({ first: 3 }, uncounted)).toEqual({ edges, pageInfo });
  });

  it('counts when the count is asked for through fragments', async () => {
    const throughFragments = `query Page {
      participants(first: 1) { ...Counted ... on ParticipantConnection { edges { node { id } } } }
    }
    fragment Counted on ParticipantConnection { ... on ParticipantConnection { totalCount } }`;
    const response = await participants.call<{ participants: Page }>(officer, throughFragments);
    expect(response.data?.participants).toEqual({
      totalCount: 6,
      edges: [{ node: { id: newestFirst[0] } }],
    });
  });

  it('counts a list narrowed by name row by row, within the filter', async () => {
    expect(await page({ first: 5, filter: { name: named.givenName } })).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: named.id } }],
      pageInfo: { hasNextPage: false },
    });
    expect(await page({ first: 5, filter: { name: uniqueName() } })).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
  });
});
