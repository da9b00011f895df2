/** One problem in an annotation or prediction result list. */
export interface ResultProblem {
  /** Index of the offending item in the result list; -1 for the list itself. */
  index: number;
  /** Dotted path inside the item, e.g. `value.points[2][0]`; empty for the whole item. */
  path: string;
  message: string;
}
