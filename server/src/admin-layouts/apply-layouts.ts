import type { Core } from '@strapi/strapi';
import contentTypes from '../content-types';
import {
  FIELD_LABELS,
  LAYOUTS_VERSION,
  READ_ONLY_FIELDS,
  TYPE_LAYOUTS,
  type TypeLayout,
} from './layouts';

const STORE_KEY = 'content-manager-layouts-version';

type Metadatas = Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;

const uidOf = (layout: TypeLayout) => `plugin::fact-desk.${layout.type}` as const;

const MAIN_FIELDS = Object.fromEntries(
  TYPE_LAYOUTS.map((layout) => [uidOf(layout), layout.mainField])
);

const relationTarget = (attributes: Record<string, object>, field: string) => {
  const attribute = attributes[field];
  return attribute && 'target' in attribute ? String(attribute.target) : undefined;
};

const labelOf = (field: string) => (FIELD_LABELS[field] ? { label: FIELD_LABELS[field] } : {});

/**
 * Labels and help text for a field; related records named by their type's main field; fields the
 * server fills (who checked, when) shown read-only.
 */
function editMetadata(layout: TypeLayout, field: string) {
  const target = relationTarget(contentTypes[layout.type].schema.attributes, field);
  const relatedMainField = target ? MAIN_FIELDS[target] : undefined;
  return {
    ...labelOf(field),
    ...(layout.descriptions[field] ? { description: layout.descriptions[field] } : {}),
    ...(relatedMainField ? { mainField: relatedMainField } : {}),
    ...(READ_ONLY_FIELDS.includes(field) ? { editable: false } : {}),
  };
}

const withMetadata = (metadatas: Metadatas, layout: TypeLayout): Metadatas =>
  Object.fromEntries(
    Object.entries(metadatas).map(([field, metadata]) => [
      field,
      {
        ...metadata,
        edit: { ...metadata.edit, ...editMetadata(layout, field) },
        list: { ...metadata.list, ...labelOf(field) },
      },
    ])
  );

async function applyLayout(strapi: Core.Strapi, layout: TypeLayout) {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = { uid: uidOf(layout) };
  const current = await contentTypes.findConfiguration(contentType);
  await contentTypes.updateConfiguration(contentType, {
    settings: { ...current.settings, mainField: layout.mainField, defaultSortBy: layout.mainField },
    layouts: { ...current.layouts, list: layout.list, edit: layout.edit },
    metadatas: withMetadata(current.metadatas ?? {}, layout),
  });
}

/**
 * Gives the plugin's types their Content Manager layouts once per layouts version; an editor's
 * later changes to the layouts are theirs to keep until the plugin ships new ones.
 */
export async function applyContentManagerLayouts(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'fact-desk' });
  const applied = await store.get({ key: STORE_KEY });
  if (typeof applied === 'number' && applied >= LAYOUTS_VERSION) return;
  for (const layout of TYPE_LAYOUTS) await applyLayout(strapi, layout);
  await store.set({ key: STORE_KEY, value: LAYOUTS_VERSION });
}
