/**
 * One change to a checked record, appended in the transaction of the change and never altered:
 * each event carries the hash of the one before it, so a removed or edited event breaks the chain.
 * No content-API route serves this type and the Content Manager does not show it.
 */
export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_audit_events',
  info: {
    singularName: 'audit-event',
    pluralName: 'audit-events',
    displayName: 'Audit event',
    description: 'An append-only record of a change to a figure or a quote.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    sequence: { type: 'integer', required: true, unique: true, min: 1, private: true },
    // An ISO 8601 string, not a datetime column: some databases drop milliseconds, and the hash covers it.
    occurredAt: { type: 'string', required: true, private: true },
    actorId: { type: 'integer', private: true },
    actorName: { type: 'string', private: true },
    targetType: { type: 'string', required: true, private: true },
    targetDocumentId: { type: 'string', required: true, private: true },
    field: { type: 'string', required: true, private: true },
    // Text holding canonical JSON: JSON columns reject bare strings on PostgreSQL and reorder keys on MySQL.
    fromValue: { type: 'text', private: true },
    toValue: { type: 'text', private: true },
    note: { type: 'text', private: true },
    previousHash: { type: 'string', required: true, private: true },
    hash: { type: 'string', required: true, private: true },
  },
};
