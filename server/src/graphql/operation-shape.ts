/**
 * The shape of a GraphQL operation, read off the parsed document and the schema before anything
 * runs: how many fields it selects and how deep it follows the plugin's relations. Written
 * against the few parts of graphql-js it needs, so the plugin loads without GraphQL installed.
 */
interface NamedNode {
  value: string;
}
interface SelectionSet {
  selections: readonly Selection[];
}
type Selection =
  | { kind: 'Field'; name: NamedNode; selectionSet?: SelectionSet }
  | { kind: 'FragmentSpread'; name: NamedNode }
  | { kind: 'InlineFragment'; typeCondition?: { name: NamedNode }; selectionSet: SelectionSet };

interface OutputType {
  name?: string;
  ofType?: OutputType;
  getFields?: () => Record<string, { type: OutputType }>;
}

export interface OperationInfo {
  operation: { selectionSet: SelectionSet };
  fragments: Record<string, { typeCondition: { name: NamedNode }; selectionSet: SelectionSet }>;
  schema: { getQueryType(): unknown; getType(name: string): unknown };
}

export interface OperationShape {
  /**
   * Fields selected, fragments expanded, aliases each counted; the count stops one past
   * `maxSelections`, so a fragment that doubles itself twenty times costs no more than that.
   */
  selections: number;
  /** Root fields (queries) the operation asks for, aliases each counted. */
  rootFields: number;
  /** Most relations followed below a root query. */
  relationDepth: number;
}

const namedType = (type: OutputType): OutputType => (type.ofType ? namedType(type.ofType) : type);

/**
 * @param entityTypes the GraphQL names of the plugin's types (`FactDeskArticle`, …); their
 *   `…ResponseCollection` wrappers count as the same relation.
 */
export function operationShape(
  info: OperationInfo,
  entityTypes: readonly string[],
  maxSelections: number
): OperationShape {
  const shape: OperationShape = { selections: 0, rootFields: 0, relationDepth: 0 };
  const entityOf = (name = '') => entityTypes.find((entity) => name.startsWith(entity));
  const isCollection = (name = '') => name.endsWith('ResponseCollection');

  const walk = (parent: OutputType, selectionSet: SelectionSet, depth: number, isRoot: boolean) => {
    for (const selection of selectionSet.selections) {
      if (shape.selections > maxSelections) return;
      if (selection.kind === 'FragmentSpread') {
        const fragment = info.fragments[selection.name.value];
        if (!fragment) continue;
        const type = info.schema.getType(fragment.typeCondition.name.value) as OutputType;
        walk(type ?? parent, fragment.selectionSet, depth, isRoot);
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition?.name.value;
        const type = condition ? (info.schema.getType(condition) as OutputType) : parent;
        walk(type ?? parent, selection.selectionSet, depth, isRoot);
        continue;
      }
      shape.selections += 1;
      if (isRoot) shape.rootFields += 1;
      const field = parent.getFields?.()[selection.name.value];
      if (!field || !selection.selectionSet) continue;
      const type = namedType(field.type);
      const entity = entityOf(type.name);
      const level = entity && !isRoot && !isCollection(parent.name) ? depth + 1 : depth;
      shape.relationDepth = Math.max(shape.relationDepth, level);
      walk(type, selection.selectionSet, level, false);
    }
  };
  walk(info.schema.getQueryType() as OutputType, info.operation.selectionSet, 0, true);
  return shape;
}
