import { isLater, mergeReach, type ReachRow } from './reach-merge';

const id = '6f0c1f5e-8a7b-4c3d-9e2f-1a2b3c4d5e6f';
const at = (sequence: number | null, time = '2026-11-23T10:00:00Z') => ({
  sequence,
  time: new Date(time),
});
const registered: ReachRow = {
  participantId: id,
  officeId: 'af-sodertalje',
  homeMunicipalityCode: '0181',
  status: 'REGISTERED',
  position: at(1),
};

describe('merging participant events into the replica', () => {
  it('creates the row from the first event seen', () => {
    expect(
      mergeReach(
        undefined,
        id,
        { officeId: 'af-solna', homeMunicipalityCode: '0184', status: 'REGISTERED' },
        at(1),
      ),
    ).toEqual({ ...registered, officeId: 'af-solna', homeMunicipalityCode: '0184' });
  });

  it('lets a later event move the participant to another office and municipality', () => {
    const moved = mergeReach(
      registered,
      id,
      { officeId: 'af-solna', homeMunicipalityCode: '0184', status: 'IN_TRACK' },
      at(2),
    );
    expect(moved).toMatchObject({
      officeId: 'af-solna',
      homeMunicipalityCode: '0184',
      status: 'IN_TRACK',
    });
    expect(moved.position.sequence).toBe(2);
  });

  it('keeps the office of a later event when an exit, which names none, follows', () => {
    expect(mergeReach(registered, id, { status: 'EXITED' }, at(3))).toMatchObject({
      officeId: 'af-sodertalje',
      status: 'EXITED',
    });
  });

  it('never lets an earlier event arriving late undo a later one', () => {
    const moved = mergeReach(
      registered,
      id,
      { officeId: 'af-solna', homeMunicipalityCode: '0184', status: 'EXITED' },
      at(5),
    );
    expect(
      mergeReach(
        moved,
        id,
        { officeId: 'af-sodertalje', homeMunicipalityCode: '0181', status: 'REGISTERED' },
        at(2),
      ),
    ).toEqual(moved);
  });

  it('fills in the office and municipality from a registration seen after the exit', () => {
    const exitFirst = mergeReach(undefined, id, { status: 'EXITED' }, at(4));
    expect(exitFirst.officeId).toBeNull();
    expect(
      mergeReach(
        exitFirst,
        id,
        { officeId: 'af-sodertalje', homeMunicipalityCode: '0181', status: 'REGISTERED' },
        at(1),
      ),
    ).toMatchObject({ officeId: 'af-sodertalje', homeMunicipalityCode: '0181', status: 'EXITED' });
  });

  it('orders by sequence when both events have one, by time otherwise', () => {
    expect(isLater(at(2, '2026-01-01T00:00:00Z'), at(1, '2026-06-01T00:00:00Z'))).toBe(true);
    expect(isLater(at(null, '2026-06-01T00:00:00Z'), at(1, '2026-01-01T00:00:00Z'))).toBe(true);
    expect(isLater(at(null, '2026-01-01T00:00:00Z'), at(null, '2026-01-01T00:00:00Z'))).toBe(false);
  });
});
