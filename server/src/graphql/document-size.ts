/**
 * The number of fields a GraphQL document selects once its fragments are expanded, counted with
 * each fragment's size remembered, so a fragment that spreads another twice, twenty-five times
 * over, is measured in a few steps instead of 2^25. Written against the parsed document's plain
 * shape (graphql-js `parse`), so the plugin needs no GraphQL types of its own.
 */
interface Named {
  value: string;
}
interface SelectionSet {
  selections: readonly Selection[];
}
type Selection =
  | { kind: 'Field'; selectionSet?: SelectionSet }
  | { kind: 'FragmentSpread'; name: Named }
  | { kind: 'InlineFragment'; selectionSet: SelectionSet };
type Definition =
  | { kind: 'OperationDefinition'; selectionSet: SelectionSet }
  | { kind: 'FragmentDefinition'; name: Named; selectionSet: SelectionSet }
  | { kind: string };

export interface ParsedDocument {
  definitions: readonly Definition[];
}

const isFragment = (
  definition: Definition
): definition is { kind: 'FragmentDefinition'; name: Named; selectionSet: SelectionSet } =>
  definition.kind === 'FragmentDefinition';

/** Fields selected by the largest operation of the document, fragments expanded. */
export function expandedSelections(document: ParsedDocument): number {
  const fragments = new Map(
    document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment])
  );
  const fragmentSizes = new Map<string, number>();
  const inProgress = new Set<string>();

  const sizeOf = (selectionSet: SelectionSet): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === 'Field') {
        return total + 1 + (selection.selectionSet ? sizeOf(selection.selectionSet) : 0);
      }
      if (selection.kind === 'InlineFragment') return total + sizeOf(selection.selectionSet);
      return total + fragmentSize(selection.name.value);
    }, 0);

  const fragmentSize = (name: string): number => {
    const known = fragmentSizes.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // An unknown or self-spreading fragment is GraphQL's own validation error to report.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const size = sizeOf(fragment.selectionSet);
    inProgress.delete(name);
    fragmentSizes.set(name, size);
    return size;
  };

  return document.definitions.reduce(
    (largest, definition) =>
      definition.kind === 'OperationDefinition' && 'selectionSet' in definition
        ? Math.max(largest, sizeOf(definition.selectionSet))
        : largest,
    0
  );
}

/**
 * The name of a fragment that spreads itself, directly or through other fragments, or null.
 * GraphQL forbids such cycles, but a validation rule that runs before that check (the depth
 * limit) follows them until the stack overflows.
 */
export function findFragmentCycle(document: ParsedDocument): string | null {
  const fragments = new Map(
    document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment])
  );
  const done = new Set<string>();
  const onPath = new Set<string>();

  const spreadsIn = (selectionSet: SelectionSet): string[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === 'FragmentSpread') return [selection.name.value];
      return selection.selectionSet ? spreadsIn(selection.selectionSet) : [];
    });

  const cycleFrom = (name: string): string | null => {
    if (onPath.has(name)) return name;
    const fragment = fragments.get(name);
    if (done.has(name) || !fragment) return null;
    onPath.add(name);
    for (const spread of spreadsIn(fragment.selectionSet)) {
      const cycle = cycleFrom(spread);
      if (cycle) return cycle;
    }
    onPath.delete(name);
    done.add(name);
    return null;
  };

  for (const name of fragments.keys()) {
    const cycle = cycleFrom(name);
    if (cycle) return cycle;
  }
  return null;
}
