/** One filter as Label Studio's Data Manager stores it in a view. */
export interface FilterItem {
  /** `filter:tasks:<column>` or `filter:tasks:data.<key>`. */
  filter: string;
  operator: string;
  type: string;
  value: unknown;
}

export interface FilterSet {
  conjunction: 'and' | 'or';
  items: FilterItem[];
}

/** The part of a view's `data` the Data Manager reads and writes; other keys pass through untouched. */
export interface ViewData {
  title?: string;
  type?: string;
  target?: string;
  filters?: FilterSet | null;
  /** One `tasks:<column>` or `-tasks:<column>`. */
  ordering?: string[] | null;
  /** Column ids (`tasks:<column>`) hidden in the table, under `explore`. */
  hiddenColumns?: { explore?: string[]; labeling?: string[] } | null;
  [key: string]: unknown;
}

/** Label Studio's `selectedItems`: listed ids, or every matching task but the listed ones. */
export type SelectionBody = { all: false; included: number[] } | { all: true; excluded: number[] };

export interface Selection {
  all: boolean;
  /** Included ids when `all` is false, excluded ids when it is true. */
  ids: ReadonlySet<number>;
}
