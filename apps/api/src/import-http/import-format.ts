import type { ImportFormatColumn, ImportFormatFile } from '@mintq/contract';
import { BUNDLE_SPECS, ENTITY_ORDER, type FileSpec } from '@mintq/schema';

/**
 * The bundle's files and columns for the import page's guide and templates, from the one bundle
 * spec: the columns a file holds (not those taken from its name or line), in file order.
 */
export function importFormat(): ImportFormatFile[] {
  return ENTITY_ORDER.map((entity) => {
    const spec: FileSpec = BUNDLE_SPECS[entity];
    return {
      file: spec.file,
      entity,
      key: [...spec.key],
      columns: spec.columns
        .filter((c) => c.origin === undefined)
        .map((c): ImportFormatColumn => {
          const { type } = c;
          return {
            name: c.name,
            required: c.required === true,
            kind: type.kind,
            ...(type.kind === 'enum' ? { values: [...type.values] } : {}),
            ...(type.kind === 'int' || type.kind === 'number'
              ? limits(type.min, type.kind === 'int' ? type.max : undefined)
              : {}),
            ...(type.kind === 'text' ? { maxChars: type.maxChars } : {}),
            ...(c.references ? { references: c.references } : {}),
            ...(c.default !== undefined ? { default: c.default } : {}),
          };
        }),
    };
  });
}

function limits(min: number | undefined, max: number | undefined): Pick<ImportFormatColumn, 'min' | 'max'> {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}
