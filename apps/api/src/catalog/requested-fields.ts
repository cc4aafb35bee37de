import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected under `path` below the resolved field, following fragments,
 * e.g. `requestedFields(info, ['nodes'])` for `participants { nodes { key email } }` → {key, email}.
 */
export function requestedFields(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  for (const name of path)
    sets = sets.flatMap((set) =>
      fieldsOf(info, set)
        .filter((f) => f.name === name)
        .flatMap((f) => (f.set ? [f.set] : [])),
    );
  return new Set(sets.flatMap((set) => fieldsOf(info, set).map((f) => f.name)));
}

type SelectedField = { name: string; set: SelectionSetNode | undefined };

function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode): SelectedField[] {
  return set.selections.flatMap((selection): SelectedField[] => {
    switch (selection.kind) {
      case 'Field':
        return [{ name: selection.name.value, set: selection.selectionSet }];
      case 'InlineFragment':
        return fieldsOf(info, selection.selectionSet);
      default: {
        const fragment = info.fragments[selection.name.value];
        return fragment ? fieldsOf(info, fragment.selectionSet) : [];
      }
    }
  });
}
