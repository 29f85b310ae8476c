import { createHash } from 'crypto';
import { stringify } from 'safe-stable-stringify';

/** What an audit event says, before it is chained. */
export interface AuditEventContent {
  sequence: number;
  occurredAt: string;
  actorId: number | null;
  actorName: string | null;
  targetType: string;
  targetDocumentId: string;
  field: string;
  fromValue: unknown;
  toValue: unknown;
  note: string | null;
}

export interface ChainedAuditEvent extends AuditEventContent {
  previousHash: string;
  hash: string;
}

export interface ChainHead {
  sequence: number;
  hash: string;
}

export const GENESIS: ChainHead = { sequence: 0, hash: '0'.repeat(64) };

export const isChainHead = (value: unknown): value is ChainHead =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ChainHead).sequence === 'number' &&
  typeof (value as ChainHead).hash === 'string';

const canonical = (value: unknown) => stringify(value ?? null) ?? 'null';

/** How an event's from and to values are stored: canonical JSON text. */
export const encodeValue = (value: unknown): string => canonical(value);
/** Text that is not JSON (only a write below the API can put it there) comes back as it is. */
export const decodeValue = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The SHA-256 of an event's content (keys in a fixed order) joined to the previous hash. */
export const hashEvent = (content: AuditEventContent, previousHash: string): string =>
  createHash('sha256')
    .update(
      canonical({
        sequence: content.sequence,
        occurredAt: content.occurredAt,
        actorId: content.actorId ?? null,
        actorName: content.actorName ?? null,
        targetType: content.targetType,
        targetDocumentId: content.targetDocumentId,
        field: content.field,
        fromValue: content.fromValue ?? null,
        toValue: content.toValue ?? null,
        note: content.note ?? null,
        previousHash,
      })
    )
    .digest('hex');

/** Numbers and links the given events after `head`, returning them and the new head. */
export function chainEvents(
  head: ChainHead,
  contents: Omit<AuditEventContent, 'sequence'>[]
): { events: ChainedAuditEvent[]; head: ChainHead } {
  let current = head;
  const events = contents.map((content) => {
    const sequence = current.sequence + 1;
    const event = { ...content, sequence, previousHash: current.hash };
    const hash = hashEvent(event, current.hash);
    current = { sequence, hash };
    return { ...event, hash };
  });
  return { events, head: current };
}

export type ChainVerdict =
  | { intact: true; events: number; head: ChainHead }
  | { intact: false; events: number; brokenAt: number; reason: string };

/**
 * Checks a whole chain, ordered by sequence: numbering without gaps, each event linked to the one
 * before, each hash matching its content, and the last event matching the recorded head.
 */
export function verifyChain(events: ChainedAuditEvent[], recordedHead: ChainHead): ChainVerdict {
  let current = GENESIS;
  for (const event of events) {
    const broken = (reason: string): ChainVerdict => ({
      intact: false,
      events: events.length,
      brokenAt: event.sequence,
      reason,
    });
    if (event.sequence !== current.sequence + 1) {
      return broken(`expected event ${current.sequence + 1}, found event ${event.sequence}`);
    }
    if (event.previousHash !== current.hash) {
      return broken('it does not point at the hash of the event before it');
    }
    if (hashEvent(event, event.previousHash) !== event.hash) {
      return broken('its content does not match its hash');
    }
    current = { sequence: event.sequence, hash: event.hash };
  }
  if (current.sequence !== recordedHead.sequence || current.hash !== recordedHead.hash) {
    return {
      intact: false,
      events: events.length,
      brokenAt: current.sequence + 1,
      reason: `the chain ends at event ${current.sequence}, but ${recordedHead.sequence} events were recorded`,
    };
  }
  return { intact: true, events: events.length, head: current };
}
