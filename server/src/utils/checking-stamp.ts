import type { Core } from '@strapi/strapi';
import { currentActor } from './actor';

/**
 * Who checked and when are the server's to say. Any value the client sent is dropped; when the
 * verification status changes, the current admin user (if any) and time are written.
 */
export function stampChecking(
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  statusChanged: boolean
): Record<string, unknown> {
  const { checkedBy: _by, checkedAt: _at, ...rest } = data;
  if (!statusChanged) return rest;
  const checkedBy = currentActor(strapi)?.adminId ?? null;
  return { ...rest, checkedAt: new Date().toISOString(), checkedBy };
}
