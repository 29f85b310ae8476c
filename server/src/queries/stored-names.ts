import type { Core } from '@strapi/strapi';

/** The table that links a record to the records of a relation, as Strapi stores it. */
export interface LinkTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface StoredAttribute {
  columnName?: string;
  joinTable?: LinkTable;
}

const attributeOf = (strapi: Core.Strapi, uid: string, name: string) =>
  strapi.db.metadata.get(uid).attributes[name] as StoredAttribute;

/** The column an attribute is stored in, for queries written in SQL (knex). */
export const columnOf = (strapi: Core.Strapi, uid: string, name: string): string =>
  attributeOf(strapi, uid, name).columnName ?? name;

/** The link table of a relation attribute. */
export const linkTableOf = (strapi: Core.Strapi, uid: string, relation: string): LinkTable =>
  attributeOf(strapi, uid, relation).joinTable!;
