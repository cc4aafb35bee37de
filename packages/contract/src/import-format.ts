// The answer of `GET /api/imports/format`: the import bundle's files and columns, as the import
// page's format guide and template files show them. The API derives it from the bundle spec
// (`@mintq/schema` BUNDLE_SPECS), so the guide and the importer cannot disagree.

/** One column of a bundle file: what a cell holds (`kind`, as in the bundle spec's field types). */
export interface ImportFormatColumn {
  name: string;
  required: boolean;
  kind: 'key' | 'text' | 'date' | 'timestamp' | 'int' | 'number' | 'bool' | 'enum' | 'keyList';
  /** The allowed values of an `enum` column. */
  values?: string[];
  /** Limits of numbers, the longest text. */
  min?: number;
  max?: number;
  maxChars?: number;
  /** The entity whose key the column holds (`cohorts`). */
  references?: string;
  /** What an empty cell stores. */
  default?: string | number | boolean;
}

/** One file of a bundle: its name, entity, key columns and columns in file order. */
export interface ImportFormatFile {
  file: string;
  entity: string;
  key: string[];
  columns: ImportFormatColumn[];
}
