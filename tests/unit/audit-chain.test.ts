import {
  chainEvents,
  decodeValue,
  encodeValue,
  correctionsAmong,
  correctionValues,
  diffTracked,
  GENESIS,
  hashEvent,
  verifyChain,
  type AuditEventContent,
} from '../../server/src/domain';

const content = (
  field: string,
  fromValue: unknown,
  toValue: unknown
): Omit<AuditEventContent, 'sequence'> => ({
  occurredAt: '2025-05-18T09:00:00.000Z',
  actorId: 1,
  actorName: 'Demo Editor',
  targetType: 'casualty-figure',
  targetDocumentId: 'abc',
  field,
  fromValue,
  toValue,
  note: null,
});

const chain = () =>
  chainEvents(GENESIS, [
    content('count', 273, 274),
    content('verificationStatus', 'unverified', 'verified'),
    content('count', 274, 273),
  ]);

describe('the audit hash chain', () => {
  it('numbers events and links each to the one before', () => {
    const { events, head } = chain();
    expect(events.map((event) => event.sequence)).toEqual([1, 2, 3]);
    expect(events[0].previousHash).toBe(GENESIS.hash);
    expect(events[1].previousHash).toBe(events[0].hash);
    expect(head).toEqual({ sequence: 3, hash: events[2].hash });
    expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the same content the same way whatever the key order of JSON values', () => {
    const a = { ...content('evidence', { url: 'u', publisher: 'p' }, null), sequence: 1 };
    const b = { ...content('evidence', { publisher: 'p', url: 'u' }, null), sequence: 1 };
    expect(hashEvent(a, GENESIS.hash)).toBe(hashEvent(b, GENESIS.hash));
  });

  it('verifies an intact chain', () => {
    const { events, head } = chain();
    expect(verifyChain(events, head)).toEqual({ intact: true, events: 3, head });
    expect(verifyChain([], GENESIS)).toMatchObject({ intact: true, events: 0 });
  });

  it('finds an edited event', () => {
    const { events, head } = chain();
    events[1] = { ...events[1], toValue: 'disputed' };
    expect(verifyChain(events, head)).toMatchObject({ intact: false, brokenAt: 2 });
  });

  it('finds a removed event', () => {
    const { events, head } = chain();
    expect(verifyChain([events[0], events[2]], head)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('finds a rehashed event that no longer links to the next one', () => {
    const { events, head } = chain();
    const forged = { ...events[1], toValue: 'disputed' };
    forged.hash = hashEvent(forged, forged.previousHash);
    expect(verifyChain([events[0], forged, events[2]], head)).toMatchObject({
      intact: false,
      brokenAt: 3,
    });
  });

  it('finds a chain cut short of its recorded head', () => {
    const { events, head } = chain();
    expect(verifyChain(events.slice(0, 2), head)).toMatchObject({ intact: false, brokenAt: 3 });
  });
});

describe('tracked changes', () => {
  const before = {
    count: 273,
    low: null,
    high: null,
    qualifier: 'exact',
    category: 'launched',
    claimant: 'af',
    verificationStatus: 'unverified',
    subject: 'drones',
  };

  it('lists the audited fields that changed, and only those', () => {
    const after = {
      ...before,
      count: 274,
      checkerNote: 'not audited',
      verificationStatus: 'verified',
    };
    expect(diffTracked('casualty-figure', before, after)).toEqual([
      { field: 'count', from: 273, to: 274 },
      { field: 'verificationStatus', from: 'unverified', to: 'verified' },
    ]);
  });

  it('treats a missing value as empty', () => {
    expect(diffTracked('casualty-figure', { ...before, low: undefined }, before)).toEqual([]);
  });

  it('records a removed record as withdrawn', () => {
    const [change] = diffTracked(
      'quote',
      { text: 'Words', speaker: 's', verificationStatus: 'unverified' },
      null
    );
    expect(change).toEqual({
      field: 'withdrawn',
      from: {
        text: 'Words',
        kind: null,
        translation: null,
        speaker: 's',
        saidAt: null,
        channel: null,
        roleAsPublished: null,
        language: null,
        verificationStatus: 'unverified',
        evidence: null,
        article: null,
      },
      to: null,
    });
  });

  it('tells readers about numbers and words, not about verdicts', () => {
    const changes = diffTracked('casualty-figure', before, {
      ...before,
      count: 280,
      verificationStatus: 'verified',
    });
    expect(correctionsAmong('casualty-figure', changes).map((change) => change.field)).toEqual([
      'count',
    ]);
  });

  it('quote a withdrawn record by the claim readers read, not by its stored internals', () => {
    const figure = { ...before, asStated: '273 drones and decoys', article: 'doc-article' };
    const [withdrawn] = diffTracked('casualty-figure', figure, null);
    expect(correctionValues('casualty-figure', withdrawn, figure)).toEqual({
      from: '273 drones and decoys',
      to: null,
    });
    const [changed] = diffTracked('casualty-figure', figure, { ...figure, count: 280 });
    expect(correctionValues('casualty-figure', changed, figure)).toEqual({
      from: '273',
      to: '280',
    });
  });
});

describe('stored values', () => {
  it('round-trip through canonical JSON text', () => {
    for (const value of [273, 'unverified', null, { url: 'u', publisher: 'p' }, ['a', 1]]) {
      expect(decodeValue(encodeValue(value))).toEqual(value);
    }
    expect(encodeValue({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('come back as raw text when they are not JSON, so a tampered value fails its hash', () => {
    expect(decodeValue('verified')).toBe('verified');
  });
});
