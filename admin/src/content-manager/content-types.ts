/**
 * The plugin's content types as Strapi's admin names them. The Content Manager asks react-intl for
 * a field's label as `content-manager.content-types.<uid>.<field>` (edit and list views) and for a
 * type's name in its menu by the type's display name, so the plugin gives those messages too.
 */
export const CONTENT_TYPES = {
  article: 'Article',
  'casualty-figure': 'Casualty figure',
  official: 'Official',
  quote: 'Quote',
} as const;

export type ContentTypeName = keyof typeof CONTENT_TYPES;

export const isContentTypeName = (name: unknown): name is ContentTypeName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTENT_TYPES, name);

/**
 * The messages Strapi's Content Manager asks for by its own ids, from the plugin's messages: field
 * labels, type names, and `strapi.<id>` for a message of Strapi's own.
 */
export function contentManagerMessages(messages: Record<string, string>): Record<string, string> {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const label = /^field\.([a-z-]+)\.(\w+)\.label$/.exec(key);
    if (label && isContentTypeName(label[1])) {
      given[`content-manager.content-types.plugin::fact-desk.${label[1]}.${label[2]}`] = value;
    }
    const type = /^type\.([a-z-]+)\.name$/.exec(key);
    if (type && isContentTypeName(type[1])) given[CONTENT_TYPES[type[1]]] = value;
    // Strapi's own words on the plugin's forms that its translations lack (the hints' "min."/"max.").
    const strapi = /^strapi\.(.+)$/.exec(key);
    if (strapi) given[strapi[1]] = value;
  }
  return given;
}
