import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Popover,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilter, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { initialValue, isComplete, operatorsFor, type ColumnDef, type OperatorDef } from './columns.util';
import type { FilterItem, FilterSet } from './dm.types';

interface DraftItem {
  key: number;
  field: string;
  operator: string;
  value: unknown;
}

interface FilterBuilderProps {
  columns: ColumnDef[];
  filters: FilterSet | null | undefined;
  onChange: (filters: FilterSet) => void;
  disabled?: boolean;
}

const PREFIX = 'filter:tasks:';

function toDate(iso: unknown): string {
  return typeof iso === 'string' ? iso.slice(0, 10) : '';
}

function fromDate(day: string): string {
  return day ? `${day}T00:00:00.000Z` : '';
}

/** The value as the server reads it: numbers for Number columns and user ids, ISO times for dates. */
function serializeValue(def: ColumnDef, op: OperatorDef, value: unknown): unknown {
  if (op.input === 'date') return fromDate(String(value));
  if (op.input === 'dateRange') {
    const v = value as { min: string; max: string };
    return { min: fromDate(v.min), max: fromDate(v.max) };
  }
  if (def.type === 'List' && typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return value;
}

function deserializeValue(op: OperatorDef | undefined, value: unknown): unknown {
  if (op?.input === 'date') return toDate(value);
  if (op?.input === 'dateRange') {
    const v = (value ?? {}) as { min?: unknown; max?: unknown };
    return { min: toDate(v.min), max: toDate(v.max) };
  }
  return value;
}

function ValueInput({ op, value, onChange }: { op: OperatorDef; value: unknown; onChange: (value: unknown) => void }) {
  switch (op.input) {
    case 'none':
      return null;
    case 'boolean':
      return (
        <Select
          aria-label="Filter value"
          w={110}
          data={[
            { value: 'true', label: 'yes' },
            { value: 'false', label: 'no' },
          ]}
          value={value === true ? 'true' : value === false ? 'false' : null}
          onChange={(v) => onChange(v === 'true')}
          allowDeselect={false}
        />
      );
    case 'number':
      return <NumberInput aria-label="Filter value" w={140} value={value as number | string} onChange={onChange} />;
    case 'range': {
      const v = (value ?? { min: '', max: '' }) as { min: number | string; max: number | string };
      return (
        <Group gap={4} wrap="nowrap">
          <NumberInput aria-label="Minimum" w={90} value={v.min} onChange={(min) => onChange({ ...v, min })} />
          <Text size="sm">and</Text>
          <NumberInput aria-label="Maximum" w={90} value={v.max} onChange={(max) => onChange({ ...v, max })} />
        </Group>
      );
    }
    case 'date':
      return (
        <TextInput
          type="date"
          aria-label="Filter value"
          w={160}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'dateRange': {
      const v = (value ?? { min: '', max: '' }) as { min: string; max: string };
      return (
        <Group gap={4} wrap="nowrap">
          <TextInput
            type="date"
            aria-label="From"
            w={150}
            value={v.min}
            onChange={(e) => onChange({ ...v, min: e.currentTarget.value })}
          />
          <Text size="sm">and</Text>
          <TextInput
            type="date"
            aria-label="To"
            w={150}
            value={v.max}
            onChange={(e) => onChange({ ...v, max: e.currentTarget.value })}
          />
        </Group>
      );
    }
    default:
      return (
        <TextInput
          aria-label="Filter value"
          w={180}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

/**
 * Builds a view's filters: one row per condition (column, operator, value), joined by one "and" or
 * "or" as Label Studio's Data Manager does. Complete conditions are saved to the view as they are
 * edited; a half-typed one waits in the builder.
 */
export function FilterBuilder({ columns, filters, onChange, disabled }: FilterBuilderProps) {
  const byField = new Map(columns.map((c) => [c.field, c]));
  const nextKey = useRef(0);
  const [conjunction, setConjunction] = useState<'and' | 'or'>(filters?.conjunction === 'or' ? 'or' : 'and');
  const [items, setItems] = useState<DraftItem[]>(() =>
    (filters?.items ?? []).map((f) => {
      const field = f.filter.replace(PREFIX, '');
      const type = byField.get(field)?.type ?? f.type;
      const op = operatorsFor(type).find((o) => o.value === f.operator);
      return { key: nextKey.current++, field, operator: f.operator, value: deserializeValue(op, f.value) };
    }),
  );

  const complete: FilterItem[] = [];
  for (const item of items) {
    const def = byField.get(item.field);
    const op = def && operatorsFor(def.type).find((o) => o.value === item.operator);
    if (def && op && isComplete(op, item.value))
      complete.push({
        filter: `${PREFIX}${def.field}`,
        operator: op.value,
        type: def.type,
        value: serializeValue(def, op, item.value),
      });
  }
  const wanted = JSON.stringify({ conjunction, items: complete });
  const [debounced] = useDebouncedValue(wanted, 350);
  const saved = useRef(
    JSON.stringify({ conjunction: filters?.conjunction === 'or' ? 'or' : 'and', items: filters?.items ?? [] }),
  );
  useEffect(() => {
    if (debounced === saved.current) return;
    saved.current = debounced;
    onChange(JSON.parse(debounced) as FilterSet);
  }, [debounced, onChange]);

  const update = (key: number, patch: Partial<DraftItem>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const setField = (key: number, field: string) => {
    const def = byField.get(field);
    if (!def) return;
    const op = operatorsFor(def.type)[0];
    update(key, { field, operator: op.value, value: initialValue(op) });
  };
  const setOperator = (item: DraftItem, operator: string) => {
    const def = byField.get(item.field);
    const before = def && operatorsFor(def.type).find((o) => o.value === item.operator);
    const op = def && operatorsFor(def.type).find((o) => o.value === operator);
    if (!op) return;
    update(item.key, { operator, value: before?.input === op.input ? item.value : initialValue(op) });
  };
  const add = () => {
    const def = columns.find((c) => c.isData) ?? columns[0];
    if (!def) return;
    const op = operatorsFor(def.type)[0];
    setItems((all) => [...all, { key: nextKey.current++, field: def.field, operator: op.value, value: initialValue(op) }]);
  };

  const columnOptions = [
    { group: 'Data', items: columns.filter((c) => c.isData).map((c) => ({ value: c.field, label: c.title })) },
    { group: 'Task', items: columns.filter((c) => !c.isData).map((c) => ({ value: c.field, label: c.title })) },
  ].filter((g) => g.items.length);

  return (
    <Popover position="bottom-start" shadow="md" withinPortal trapFocus={false}>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFilter size={16} />}
          disabled={disabled}
          rightSection={
            complete.length ? (
              <Badge size="sm" circle data-testid="filter-count">
                {complete.length}
              </Badge>
            ) : undefined
          }
        >
          Filters
        </Button>
      </Popover.Target>
      <Popover.Dropdown miw={620} data-testid="filter-builder">
        <Stack gap="xs">
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              No filters: every task is listed.
            </Text>
          )}
          {items.map((item, index) => {
            const def = byField.get(item.field);
            const ops = def ? operatorsFor(def.type) : [];
            const op = ops.find((o) => o.value === item.operator);
            return (
              <Group key={item.key} gap="xs" wrap="nowrap" data-testid="filter-row">
                <Text size="sm" w={42} c="dimmed">
                  {index === 0 ? 'Where' : conjunction}
                </Text>
                <Select
                  aria-label="Filter column"
                  w={190}
                  searchable
                  data={columnOptions}
                  value={item.field}
                  onChange={(v) => v && setField(item.key, v)}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: false }}
                />
                <Select
                  aria-label="Filter operator"
                  w={150}
                  data={ops.map((o) => ({ value: o.value, label: o.label }))}
                  value={item.operator}
                  onChange={(v) => v && setOperator(item, v)}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: false }}
                />
                {op && <ValueInput op={op} value={item.value} onChange={(value) => update(item.key, { value })} />}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label="Remove filter"
                  onClick={() => setItems((all) => all.filter((i) => i.key !== item.key))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          <Group justify="space-between">
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
              Add filter
            </Button>
            {items.length > 1 && (
              <SegmentedControl
                size="xs"
                aria-label="Match"
                data={[
                  { value: 'and', label: 'Match all' },
                  { value: 'or', label: 'Match any' },
                ]}
                value={conjunction}
                onChange={(v) => setConjunction(v === 'or' ? 'or' : 'and')}
              />
            )}
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
