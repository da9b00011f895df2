import { Anchor, Box, Checkbox, Group, Loader, Paper, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useEffect, type CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { MEDIA_TYPES } from '@groundwork/label-config';
import { QueryError } from '../common/query-error.component';
import type { Task } from '../lib/api.types';
import { formatCount } from '../lib/format.util';
import { cellText, type ColumnDef } from './columns.util';
import type { TaskSource } from './dm.queries';
import type { Selection } from './dm.types';
import { isSelected, selectedCount } from './selection.util';
import { useTaskRows } from './task-rows.hooks';
import { useScrollViewport } from './virtual-window.hooks';
import { windowRange } from './virtual-window.util';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;
/** Tall enough for a useful screenful, short enough to keep the toolbar and counts in view. */
export const VIEWPORT_HEIGHT = 'max(360px, calc(100vh - 330px))';

export interface TaskListProps {
  source: TaskSource;
  total: number;
  enabled: boolean;
  selection: Selection;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  /** Opens the quick view on the row at this index. */
  onOpen: (index: number) => void;
  /** The row the quick view shows, kept in view and highlighted. */
  activeIndex: number | null;
}

interface TaskGridProps extends TaskListProps {
  columns: ColumnDef[];
  /** The view's ordering: `tasks:<field>` or `-tasks:<field>`, or null. */
  ordering: string | null;
  onSort: (def: ColumnDef) => void;
}

function widthOf(def: ColumnDef): string {
  if (def.field === 'id') return '90px';
  if (def.isData && !MEDIA_TYPES.has(def.type)) return 'minmax(220px, 3fr)';
  return 'minmax(120px, 1fr)';
}

function minWidthOf(def: ColumnDef): number {
  if (def.field === 'id') return 90;
  return def.isData && !MEDIA_TYPES.has(def.type) ? 220 : 120;
}

const cellStyle: CSSProperties = {
  padding: '0 12px',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  display: 'flex',
  alignItems: 'center',
  minWidth: 0,
};

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  if (direction === 'ascending') return <IconArrowUp size={14} />;
  if (direction === 'descending') return <IconArrowDown size={14} />;
  return <IconArrowsSort size={14} opacity={0.35} />;
}

function Cell({ task, def, projectId }: { task: Task; def: ColumnDef; projectId: number }) {
  if (def.field === 'id') {
    return (
      <Anchor
        component={Link}
        to={`/projects/${projectId}/data?task=${task.id}`}
        size="sm"
        ff="monospace"
        aria-label={`Open task ${task.id}`}
        onClick={(e) => e.stopPropagation()}
      >
        {task.id}
      </Anchor>
    );
  }
  const value = cellText(task, def);
  if (def.type === 'Image' && value)
    return <img src={value} alt="" loading="lazy" style={{ height: 32, maxWidth: '100%', borderRadius: 4 }} />;
  return (
    <Text size="sm" truncate title={value} c={value ? undefined : 'dimmed'}>
      {value || '—'}
    </Text>
  );
}

/**
 * The Data Manager's table: one fixed-height row per task, only the rows on screen rendered, their
 * pages fetched as they scroll into view. The scrollbar spans every matching task, so dragging it to
 * the end lands on the last task with no "load more" in between.
 */
export function TaskGrid(props: TaskGridProps) {
  const { source, total, enabled, columns, ordering, onSort, selection, onToggle, onToggleAll, onOpen, activeIndex } = props;
  const viewport = useScrollViewport();
  const w = windowRange({
    count: total,
    rowHeight: ROW_HEIGHT,
    scrollTop: viewport.scrollTop,
    viewportHeight: Math.max(ROW_HEIGHT, viewport.height - HEADER_HEIGHT),
  });
  const rows = useTaskRows(source, w.first, w.last, enabled && total > 0);
  const template = ['44px', ...columns.map(widthOf)].join(' ');
  const minWidth = 44 + columns.reduce((sum, c) => sum + minWidthOf(c), 0);
  const selected = selectedCount(selection, total);
  const { scrollTo } = viewport;

  // Next/previous in the quick view keep the shown task on screen.
  useEffect(() => {
    if (activeIndex === null || activeIndex < 0) return;
    if (activeIndex < w.firstVisible || activeIndex > w.lastVisible) scrollTo(w.scrollTopFor(activeIndex));
    // Only a change of the active row should scroll, not every scroll of the user.
  }, [activeIndex]);

  const direction = (def: ColumnDef): 'ascending' | 'descending' | 'none' =>
    ordering === def.id ? 'ascending' : ordering === `-${def.id}` ? 'descending' : 'none';

  const indices: number[] = [];
  for (let i = w.first; i <= w.last; i++) indices.push(i);

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <div
        ref={viewport.ref}
        onScroll={viewport.onScroll}
        role="table"
        aria-label="Tasks"
        aria-rowcount={total + 1}
        data-testid="task-scroller"
        style={{ height: VIEWPORT_HEIGHT, overflow: 'auto', position: 'relative' }}
      >
        <div
          role="row"
          aria-rowindex={1}
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 2,
            display: 'grid',
            gridTemplateColumns: template,
            minWidth,
            height: HEADER_HEIGHT,
            background: 'var(--mantine-color-body)',
            borderBottom: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <div role="columnheader" style={cellStyle}>
            <Checkbox
              aria-label="Select all tasks"
              size="xs"
              checked={total > 0 && selected === total}
              indeterminate={selected > 0 && selected < total}
              onChange={onToggleAll}
            />
          </div>
          {columns.map((def) => (
            <div key={def.id} role="columnheader" aria-sort={direction(def)} style={cellStyle} title={def.help}>
              <UnstyledButton onClick={() => onSort(def)} aria-label={`Sort by ${def.title}`} style={{ minWidth: 0 }}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" fw={600} truncate>
                    {def.title}
                  </Text>
                  <SortIcon direction={direction(def)} />
                </Group>
              </UnstyledButton>
            </div>
          ))}
        </div>
        <div role="rowgroup" style={{ position: 'relative', height: w.height, minWidth }}>
          {indices.map((i) => {
            const task = rows.taskAt(i);
            const style: CSSProperties = {
              position: 'absolute',
              top: w.top(i),
              left: 0,
              right: 0,
              height: ROW_HEIGHT,
              display: 'grid',
              gridTemplateColumns: template,
              borderBottom: '1px solid var(--mantine-color-default-border)',
              cursor: task ? 'pointer' : undefined,
              background: i === activeIndex ? 'var(--mantine-primary-color-light)' : undefined,
            };
            if (!task) {
              return (
                <div key={i} role="row" aria-rowindex={i + 2} aria-busy style={style}>
                  <div style={cellStyle} />
                  {columns.map((c) => (
                    <div key={c.id} style={cellStyle}>
                      <Skeleton h={12} />
                    </div>
                  ))}
                </div>
              );
            }
            return (
              <div
                key={i}
                role="row"
                aria-rowindex={i + 2}
                aria-selected={isSelected(selection, task.id)}
                data-testid="task-row"
                data-task-id={task.id}
                tabIndex={0}
                onClick={() => onOpen(i)}
                onKeyDown={(e) => {
                  if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
                    e.preventDefault();
                    onOpen(i);
                  }
                }}
                style={style}
              >
                <div role="cell" style={cellStyle} onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    size="xs"
                    aria-label={`Select task ${task.id}`}
                    checked={isSelected(selection, task.id)}
                    onChange={() => onToggle(task.id)}
                  />
                </div>
                {columns.map((def) => (
                  <div key={def.id} role="cell" style={cellStyle}>
                    <Cell task={task} def={def} projectId={source.projectId} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <Group justify="space-between" px="md" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" c="dimmed" data-testid="task-range">
          {total > 0
            ? `${formatCount(w.firstVisible + 1)}–${formatCount(w.lastVisible + 1)} of ${formatCount(total)}`
            : 'No tasks'}
        </Text>
        <Box h={16}>{rows.fetching && <Loader size={16} aria-label="Loading tasks" />}</Box>
      </Group>
      {rows.error && <QueryError error={rows.error} title="Could not load tasks" />}
    </Paper>
  );
}
