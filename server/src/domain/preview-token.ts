import jwt from 'jsonwebtoken';
import { z } from 'zod';

/**
 * What a preview token lets its bearer read: one article's draft, in one locale, as long as the
 * admin it was given to may still read it.
 */
export interface PreviewGrant {
  documentId: string;
  locale: string;
  adminId: number;
}

const AUDIENCE = 'fact-desk-preview';

const grantSchema = z.object({
  documentId: z.string().min(1).max(64),
  locale: z.string().min(2).max(35),
  adminId: z.number().int().positive(),
});

export const signPreviewToken = (grant: PreviewGrant, key: Buffer, ttlSeconds: number): string =>
  jwt.sign({ documentId: grant.documentId, locale: grant.locale, adminId: grant.adminId }, key, {
    algorithm: 'HS256',
    audience: AUDIENCE,
    expiresIn: ttlSeconds,
  });

/** The grant of a token this key signed and that has not expired; null for any other string. */
export function readPreviewToken(token: string, key: Buffer): PreviewGrant | null {
  try {
    const payload = jwt.verify(token, key, { algorithms: ['HS256'], audience: AUDIENCE });
    const grant = grantSchema.safeParse(payload);
    return grant.success ? grant.data : null;
  } catch {
    return null;
  }
}
