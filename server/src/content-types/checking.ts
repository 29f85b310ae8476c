import { CUSTOM_FIELDS } from '../custom-fields';

/**
 * The fact-checking attributes that figures and quotes share. Who checked and the checker's note
 * are private: the content API never serves them. A function, because Strapi annotates attribute
 * objects in place and each content type needs its own.
 */
export const checkingAttributes = () =>
  ({
    // Values are checked by the domain rules on every write (one of VERIFICATION_STATUSES).
    verificationStatus: {
      type: 'customField',
      customField: CUSTOM_FIELDS.verificationStatus,
      default: 'unverified',
      required: true,
    },
    evidence: { type: 'customField', customField: CUSTOM_FIELDS.evidence },
    checkedAt: { type: 'datetime' },
    checkedBy: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'admin::user',
      private: true,
      configurable: false,
    },
    checkerNote: { type: 'text', private: true, maxLength: 5000 },
    // Incremented on every change; a write that carries an older revision is refused (409).
    revision: { type: 'integer', default: 0, min: 0, private: true },
    // The note readers see when a published figure or quote is corrected: moved into the
    // correction, which is where readers read it.
    correctionNote: { type: 'text', maxLength: 2000, private: true },
  }) as const;
