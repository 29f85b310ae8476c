import type { Core, UID } from '@strapi/strapi';
import { fieldKindsOf, type FieldKinds, type PublicType } from '../domain/public-queries';
import { ARTICLE, CORRECTION, FIGURE, OFFICIAL, QUOTE } from '../constants';

/** The content types the content API serves, by their name in the read policy. */
export const PUBLIC_UIDS: Record<PublicType, UID.ContentType> = {
  article: ARTICLE,
  figure: FIGURE,
  quote: QUOTE,
  correction: CORRECTION,
  official: OFFICIAL,
};

const TYPE_OF_UID = new Map<string, PublicType>(
  Object.entries(PUBLIC_UIDS).map(([type, uid]) => [uid, type as PublicType])
);

export const publicTypeOf = (uid: string): PublicType | undefined => TYPE_OF_UID.get(uid);

const kindsByApp = new WeakMap<Core.Strapi, FieldKinds>();

/** The kind of value each field of each public type is compared with, read off the schemas. */
export function publicFieldKinds(strapi: Core.Strapi): FieldKinds {
  const known = kindsByApp.get(strapi);
  if (known) return known;
  const kinds = fieldKindsOf(
    (type) => strapi.getModel(PUBLIC_UIDS[type]).attributes as Record<string, { type: string }>
  );
  kindsByApp.set(strapi, kinds);
  return kinds;
}
