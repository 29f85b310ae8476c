import type { Core, UID } from '@strapi/strapi';

export type PermissionEntry = Record<string, unknown> & { id: number; documentId: string };

/**
 * Rows of `uid` as the Content Manager's permission checks read an entry: its ids, its locale
 * (for the i18n locale condition) and its creator (for "is creator").
 */
export async function permissionEntries(
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown>
): Promise<PermissionEntry[]> {
  const localized = 'locale' in strapi.getModel(uid as UID.ContentType).attributes;
  return strapi.db.query(uid as UID.ContentType).findMany({
    where,
    select: ['id', 'documentId', ...(localized ? ['locale'] : [])],
    populate: { createdBy: { select: ['id'] } },
  });
}
