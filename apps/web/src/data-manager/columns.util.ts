import type { DmColumn, Task } from '../lib/api.types';
import { formatDate } from '../lib/format.util';

/** A column as the table and the filter builder use it. */
export interface ColumnDef {
  /** `tasks:id`, `tasks:data.text`: the id views store in `hiddenColumns` and `ordering`. */
  id: string;
  /** `id`, `data.text`: the name after `filter:tasks:`. */
  field: string;
  title: string;
  /** Label Studio's column type: Number, String, Datetime, Boolean, List, Image, Audio, … */
  type: string;
  isData: boolean;
  hiddenByDefault: boolean;
  /** The task list carries a value for it, so the table can show it. */
  displayable: boolean;
  help?: string;
}

/** Columns the server filters and sorts on but whose values the task list does not carry. */
const NOT_IN_TASK_LIST = new Set(['annotations_results', 'predictions_results', 'ground_truth', 'data']);

/** The Data Manager's columns, data fields first, from `/api/dm/columns`. */
export function columnDefs(columns: readonly DmColumn[]): ColumnDef[] {
  return columns
    .filter((c) => c.id !== 'data' || c.parent)
    .map((c) => {
      const isData = c.parent === 'data';
      const field = isData ? `data.${c.id}` : c.id;
      return {
        id: `tasks:${field}`,
        field,
        title: c.title,
        type: c.type,
        isData,
        hiddenByDefault: c.visibility_defaults ? !c.visibility_defaults.explore : true,
        displayable: isData || !NOT_IN_TASK_LIST.has(c.id),
        help: c.help,
      };
    });
}

/** The columns the table shows for a view's `hiddenColumns` (the defaults when it has none). */
export function visibleColumns(defs: readonly ColumnDef[], hidden: readonly string[] | undefined): ColumnDef[] {
  return defs.filter((d) => d.displayable && (hidden ? !hidden.includes(d.id) : !d.hiddenByDefault));
}

/** The hidden list after showing or hiding one column, starting from the defaults when the view has none. */
export function toggleHidden(defs: readonly ColumnDef[], hidden: readonly string[] | undefined, id: string): string[] {
  const current = hidden ?? defs.filter((d) => d.hiddenByDefault).map((d) => d.id);
  return current.includes(id) ? current.filter((h) => h !== id) : [...current, id];
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A cell's value as text. */
export function cellText(task: Task, def: ColumnDef): string {
  if (def.isData) return text(task.data[def.field.slice(5)]);
  const value = (task as unknown as Record<string, unknown>)[def.field];
  if (def.type === 'Datetime') return typeof value === 'string' ? formatDate(value) : '';
  if (def.field === 'updated_by' && Array.isArray(value))
    return value.map((u: { user_id?: number }) => u.user_id ?? '').join(', ');
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(2);
  return text(value);
}

/** The first media URL of a task for an image column, if it has one. */
export function imageUrl(task: Task, def: ColumnDef | undefined): string | undefined {
  if (!def) return undefined;
  const value = task.data[def.field.slice(5)];
  return typeof value === 'string' && value ? value : undefined;
}

export interface OperatorDef {
  value: string;
  label: string;
  /** What the value input holds. */
  input: 'none' | 'text' | 'number' | 'range' | 'boolean' | 'date' | 'dateRange';
}

const EMPTY: OperatorDef = { value: 'empty', label: 'is empty', input: 'boolean' };

/** The operators the builder offers per column type, as Label Studio's Data Manager offers them (COMPAT §6.2). */
export function operatorsFor(type: string): OperatorDef[] {
  switch (type) {
    case 'Number':
      return [
        { value: 'equal', label: '=', input: 'number' },
        { value: 'not_equal', label: '≠', input: 'number' },
        { value: 'greater', label: '>', input: 'number' },
        { value: 'greater_or_equal', label: '≥', input: 'number' },
        { value: 'less', label: '<', input: 'number' },
        { value: 'less_or_equal', label: '≤', input: 'number' },
        { value: 'in', label: 'is between', input: 'range' },
        { value: 'not_in', label: 'is not between', input: 'range' },
        EMPTY,
      ];
    case 'Datetime':
      return [
        { value: 'greater', label: 'is after', input: 'date' },
        { value: 'less', label: 'is before', input: 'date' },
        { value: 'in', label: 'is between', input: 'dateRange' },
        { value: 'not_in', label: 'is not between', input: 'dateRange' },
        EMPTY,
      ];
    case 'Boolean':
      return [{ value: 'equal', label: 'is', input: 'boolean' }, EMPTY];
    case 'List':
      return [
        { value: 'contains', label: 'contains', input: 'text' },
        { value: 'not_contains', label: 'does not contain', input: 'text' },
        EMPTY,
      ];
    default:
      return [
        { value: 'contains', label: 'contains', input: 'text' },
        { value: 'not_contains', label: 'does not contain', input: 'text' },
        { value: 'equal', label: 'equals', input: 'text' },
        { value: 'not_equal', label: 'does not equal', input: 'text' },
        { value: 'starts_with', label: 'starts with', input: 'text' },
        { value: 'regex', label: 'matches regex', input: 'text' },
        EMPTY,
      ];
  }
}

/** The value a new filter starts with for an operator. */
export function initialValue(op: OperatorDef): unknown {
  switch (op.input) {
    case 'boolean':
      return op.value === 'empty' ? false : true;
    case 'range':
    case 'dateRange':
      return { min: '', max: '' };
    default:
      return '';
  }
}

/** Whether a filter's value is complete enough to send; half-typed filters stay in the builder only. */
export function isComplete(op: OperatorDef | undefined, value: unknown): boolean {
  if (!op) return false;
  switch (op.input) {
    case 'none':
    case 'boolean':
      return typeof value === 'boolean';
    case 'range':
    case 'dateRange': {
      const v = value as { min?: unknown; max?: unknown } | null;
      return !!v && v.min !== '' && v.max !== '' && v.min !== undefined && v.max !== undefined;
    }
    default:
      return value !== '' && value !== null && value !== undefined;
  }
}
