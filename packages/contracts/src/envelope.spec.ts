import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvelope, EventSchemaError, parseEvent } from './envelope';
import { eventCatalog, participantRegisteredV1 } from './events';

const data = {
  participantId: '6f0c1f5e-8a7b-4c3d-9e2f-1a2b3c4d5e6f',
  homeMunicipalityCode: '0181',
  officeId: 'af-sodertalje',
  registeredAt: '2026-11-23T10:15:30.000Z',
  registeredBy: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
};
const meta = {
  subject: data.participantId,
  source: '/jobbnatet/participants',
  correlationId: 'c-1',
  subjectSequence: 1,
};

describe('event envelope', () => {
  it('builds a CloudEvents 1.0 envelope with type, version, schema and correlation id', () => {
    const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
    expect(envelope).toMatchObject({
      specversion: '1.0',
      type: 'participant.registered',
      subject: data.participantId,
      dataschema: 'urn:jobbnatet:event:participant.registered:v1',
      dataversion: 1,
      correlationid: 'c-1',
      subjectsequence: 1,
      datacontenttype: 'application/json',
    });
    expect(parseEvent(JSON.stringify(envelope))).toMatchObject({ ok: true });
  });

  it('refuses to build an event that carries a field its schema does not name', () => {
    const leaky = { ...data, personnummer: '189001019802' } as typeof data;
    expect(() => createEnvelope(participantRegisteredV1, { ...meta, data: leaky })).toThrow(
      EventSchemaError,
    );
  });

  it('refuses to build an event with a malformed code', () => {
    expect(() =>
      createEnvelope(participantRegisteredV1, {
        ...meta,
        data: { ...data, homeMunicipalityCode: '181' },
      }),
    ).toThrow(/homeMunicipalityCode/);
  });

  it('tolerates an extra field when consuming, so producers can add optional data', () => {
    const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
    const wire = JSON.stringify({ ...envelope, data: { ...envelope.data, addedLater: true } });
    expect(parseEvent(wire)).toMatchObject({ ok: true });
  });

  it.each([
    ['bytes that are not JSON', '{nope', /not JSON/],
    ['an envelope without an id', JSON.stringify({ specversion: '1.0' }), /invalid envelope/],
  ])('does not apply %s', (_name, wire, error) => {
    const parsed = parseEvent(wire);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(error);
  });

  it.each([0, -1, 1.5, '1'])('does not apply an event whose subject sequence is %p', (bad) => {
    const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
    const parsed = parseEvent(JSON.stringify({ ...envelope, subjectsequence: bad }));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/subjectsequence/) });
  });

  it("carries the writer's trace context as the `traceparent` extension, and only when traced", () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = createEnvelope(participantRegisteredV1, { ...meta, traceparent, data });
    expect(parseEvent(JSON.stringify(traced))).toMatchObject({
      ok: true,
      envelope: { traceparent },
    });
    expect(createEnvelope(participantRegisteredV1, { ...meta, data })).not.toHaveProperty(
      'traceparent',
    );
  });

  it.each(['', 'not-a-trace', '00-XYZ-00f067aa0ba902b7-01', `00-${'a'.repeat(2000)}-01`])(
    'does not apply an event whose traceparent is %p',
    (bad) => {
      const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
      const parsed = parseEvent(JSON.stringify({ ...envelope, traceparent: bad }));
      expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/traceparent/) });
    },
  );

  it('does not apply an event type or version outside the catalog', () => {
    const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
    expect(parseEvent(JSON.stringify({ ...envelope, dataversion: 99 }))).toEqual({
      ok: false,
      reason: 'unknown-version',
      error: 'unknown event participant.registered v99',
      type: 'participant.registered',
    });
    expect(parseEvent(JSON.stringify({ ...envelope, type: 'participant.vanished' }))).toMatchObject(
      { ok: false, reason: 'unknown-type', type: 'participant.vanished' },
    );
  });

  it('names the type of an event outside the catalog even when the rest is no envelope', () => {
    // Consumers skip the catalog's other types by it, without validating what they skip.
    expect(parseEvent('{"type":"participant.vanished"}')).toMatchObject({
      ok: false,
      reason: 'unknown-type',
      type: 'participant.vanished',
    });
    expect(parseEvent('{"type":"participant.registered"}')).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('does not apply an event whose data fails its schema', () => {
    const envelope = createEnvelope(participantRegisteredV1, { ...meta, data });
    const wire = JSON.stringify({ ...envelope, data: { ...envelope.data, participantId: 'x' } });
    expect(parseEvent(wire)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/participantId/),
    });
  });
});

describe('golden samples', () => {
  const dir = join(__dirname, '../samples');
  const samples = readdirSync(dir).filter((file) => file.endsWith('.json'));

  it('has a sample for every event version in the catalog', () => {
    const expected = eventCatalog.map((d) => `${d.type}.v${d.version}.json`).sort();
    expect(samples.sort()).toEqual(expected);
  });

  it.each(samples)('keeps parsing %s', (file) => {
    expect(parseEvent(readFileSync(join(dir, file)))).toMatchObject({ ok: true });
  });

  // Written before envelopes carried `subjectsequence`: such events stay on the topics forever.
  const legacy = readdirSync(join(dir, 'legacy')).filter((file) => file.endsWith('.json'));

  it.each(legacy)('keeps parsing the older envelope legacy/%s', (file) => {
    expect(parseEvent(readFileSync(join(dir, 'legacy', file)))).toMatchObject({ ok: true });
  });
});
