import type { Core } from '@strapi/strapi';
import type { CheckedType, VerdictChange } from '../../../shared/contracts/verdicts';
import type { VerificationStatus } from '../domain';

const uidOf = (type: CheckedType) => `plugin::fact-desk.${type}` as const;

type CheckingRow = {
  documentId: string;
  verificationStatus: VerificationStatus;
  checkedAt: string | null;
  revision: number | null;
  checkedBy?: {
    firstname?: string | null;
    lastname?: string | null;
    username?: string | null;
  } | null;
};

const displayName = (user: CheckingRow['checkedBy']) =>
  user ? user.username || [user.firstname, user.lastname].filter(Boolean).join(' ') || null : null;

/**
 * A record's verdict as the admin shows it (status, who set it and when) and the one way the
 * queue changes it: through the document service, so every rule, the four-eyes check, the stale
 * revision check and the audit trail apply as they do in the Content Manager.
 */
export const createVerdicts = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(type: CheckedType, documentId: string) {
    const row: CheckingRow | null = await strapi.db.query(uidOf(type)).findOne({
      where: { documentId },
      select: ['documentId', 'verificationStatus', 'checkedAt', 'revision'],
      populate: { checkedBy: { select: ['firstname', 'lastname', 'username'] } },
    });
    if (!row) return null;
    return {
      documentId: row.documentId,
      verificationStatus: row.verificationStatus,
      checkedAt: row.checkedAt,
      checkedBy: displayName(row.checkedBy),
      revision: row.revision ?? 0,
    };
  },

  async change(type: CheckedType, documentId: string, change: VerdictChange) {
    if (!(await this.current(type, documentId))) return null;
    await strapi.documents(uidOf(type)).update({ documentId, data: change as never });
    return this.current(type, documentId);
  },
});
