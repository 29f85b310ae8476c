import type { Core } from '@strapi/strapi';
import {
  chainEvents,
  decodeValue,
  encodeValue,
  GENESIS,
  isChainHead,
  verifyChain,
  type AuditEventContent,
  type ChainedAuditEvent,
} from '../domain';
import { AUDIT_EVENT } from '../constants';

const HEAD_KEY = 'audit-chain-head';
const STORE_KEY = `plugin_fact-desk_${HEAD_KEY}`;

type StoredEvent = ChainedAuditEvent & { fromValue: string | null; toValue: string | null };

const EVENT_FIELDS = [
  'sequence',
  'occurredAt',
  'actorId',
  'actorName',
  'targetType',
  'targetDocumentId',
  'field',
  'fromValue',
  'toValue',
  'note',
  'previousHash',
  'hash',
];

/**
 * The append-only audit trail. Appends run inside the caller's transaction and hold a lock on the
 * chain head, so events from concurrent writes are numbered and linked one after the other.
 */
export const createAuditTrail = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'fact-desk' });
  const storeTable = () => strapi.db.metadata.get('strapi::core-store').tableName;
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';

  return {
    /** Creates the chain head once; every later append moves it. */
    async ensureHead(): Promise<void> {
      if (!(await store().get({ key: HEAD_KEY })))
        await store().set({ key: HEAD_KEY, value: GENESIS });
    },

    async append(contents: Omit<AuditEventContent, 'sequence'>[]): Promise<ChainedAuditEvent[]> {
      if (contents.length === 0) return [];
      return strapi.db.transaction(async ({ trx }) => {
        const lockHead = trx(storeTable()).where({ key: STORE_KEY }).first('value');
        const row = await (isSqlite() ? lockHead : lockHead.forUpdate());
        const parsed: unknown = row ? JSON.parse(row.value) : null;
        const head = isChainHead(parsed) ? parsed : GENESIS;
        const { events, head: newHead } = chainEvents(head, contents);
        for (const event of events) {
          const stored = {
            ...event,
            fromValue: encodeValue(event.fromValue),
            toValue: encodeValue(event.toValue),
          };
          await strapi.db.query(AUDIT_EVENT).create({ data: stored });
        }
        await trx(storeTable())
          .where({ key: STORE_KEY })
          .update({ value: JSON.stringify(newHead) });
        return events;
      });
    },

    /** Events in order, with their values decoded; all of them unless `where` narrows them. */
    async events(where: Record<string, unknown> = {}): Promise<ChainedAuditEvent[]> {
      const rows: StoredEvent[] = await strapi.db
        .query(AUDIT_EVENT)
        .findMany({ where, select: EVENT_FIELDS, orderBy: { sequence: 'asc' } });
      return rows.map((row) => ({
        ...row,
        fromValue: decodeValue(row.fromValue),
        toValue: decodeValue(row.toValue),
      }));
    },

    async verify() {
      const stored = await store().get({ key: HEAD_KEY });
      return verifyChain(await this.events(), isChainHead(stored) ? stored : GENESIS);
    },
  };
};
