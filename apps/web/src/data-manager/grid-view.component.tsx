import { Anchor, Badge, Box, Checkbox, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { QueryError } from '../common/query-error.component';
import type { Task } from '../lib/api.types';
import { formatCount } from '../lib/format.util';
import { previewFields } from '../project/task-preview.util';
import { imageUrl, type ColumnDef } from './columns.util';
import { isSelected } from './selection.util';
import { VIEWPORT_HEIGHT, type TaskListProps } from './task-grid.component';
import { useTaskRows } from './task-rows.hooks';
import { useScrollViewport } from './virtual-window.hooks';
import { windowRange } from './virtual-window.util';

const CARD_ROW_HEIGHT = 236;
const CARD_MIN_WIDTH = 220;
const GAP = 12;

interface GridViewProps extends TaskListProps {
  /** The data column whose images the cards show; without one they show the task's text. */
  imageColumn: ColumnDef | undefined;
}

function Thumbnail({ task, imageColumn }: { task: Task; imageColumn: ColumnDef | undefined }) {
  const url = imageUrl(task, imageColumn);
  if (url) {
    return (
      <img
        src={url}
        alt={`Task ${task.id}`}
        loading="lazy"
        data-testid="task-thumbnail"
        style={{
          width: '100%',
          height: 130,
          objectFit: 'cover',
          borderRadius: 6,
          background: 'var(--mantine-color-default-hover)',
        }}
      />
    );
  }
  if (imageColumn) {
    return (
      <Box
        h={130}
        style={{ display: 'grid', placeItems: 'center', borderRadius: 6, background: 'var(--mantine-color-default-hover)' }}
      >
        <IconPhotoOff size={24} opacity={0.4} />
      </Box>
    );
  }
  return (
    <Stack gap={2} h={130} style={{ overflow: 'hidden' }}>
      {previewFields(task.data, 3).map(({ key, value }) => (
        <Text key={key} size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          <Text span c="dimmed" size="xs" ff="monospace" mr={6}>
            {key}
          </Text>
          {value}
        </Text>
      ))}
    </Stack>
  );
}

/** Tasks as cards with image thumbnails, windowed by rows of cards like the table. */
export function GridView({ source, total, enabled, selection, onToggle, onOpen, activeIndex, imageColumn }: GridViewProps) {
  const viewport = useScrollViewport();
  const perRow = Math.max(1, Math.floor((viewport.width - GAP) / (CARD_MIN_WIDTH + GAP)));
  const rowCount = Math.ceil(total / perRow);
  const w = windowRange({
    count: rowCount,
    rowHeight: CARD_ROW_HEIGHT,
    scrollTop: viewport.scrollTop,
    viewportHeight: viewport.height,
    overscan: 1,
  });
  const firstTask = w.first * perRow;
  const lastTask = Math.min(total - 1, (w.last + 1) * perRow - 1);
  const rows = useTaskRows(source, firstTask, lastTask, enabled && total > 0);

  const rowIndices: number[] = [];
  for (let r = w.first; r <= w.last; r++) rowIndices.push(r);

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <div
        ref={viewport.ref}
        onScroll={viewport.onScroll}
        aria-label="Task grid"
        role="list"
        data-testid="task-scroller"
        style={{ height: VIEWPORT_HEIGHT, overflow: 'auto', position: 'relative' }}
      >
        <div style={{ position: 'relative', height: w.height }}>
          {rowIndices.map((r) => (
            <div
              key={r}
              style={{
                position: 'absolute',
                top: w.top(r),
                left: 0,
                right: 0,
                height: CARD_ROW_HEIGHT,
                display: 'grid',
                gridTemplateColumns: `repeat(${perRow}, minmax(0, 1fr))`,
                gap: GAP,
                padding: `${GAP}px ${GAP}px 0`,
              }}
            >
              {Array.from({ length: perRow }, (_, c) => r * perRow + c)
                .filter((i) => i < total)
                .map((i) => {
                  const task = rows.taskAt(i);
                  if (!task) return <Skeleton key={i} h={CARD_ROW_HEIGHT - GAP} radius="md" />;
                  return (
                    <Paper
                      key={i}
                      role="listitem"
                      withBorder
                      radius="md"
                      p="xs"
                      data-testid="task-card"
                      data-task-id={task.id}
                      onClick={() => onOpen(i)}
                      style={{
                        cursor: 'pointer',
                        height: CARD_ROW_HEIGHT - GAP,
                        overflow: 'hidden',
                        outline: i === activeIndex ? '2px solid var(--mantine-primary-color-filled)' : undefined,
                      }}
                    >
                      <Group justify="space-between" mb={6} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
                        <Checkbox
                          size="xs"
                          aria-label={`Select task ${task.id}`}
                          checked={isSelected(selection, task.id)}
                          onChange={() => onToggle(task.id)}
                        />
                        <Anchor
                          component={Link}
                          to={`/projects/${source.projectId}/data?task=${task.id}`}
                          size="sm"
                          ff="monospace"
                          aria-label={`Open task ${task.id}`}
                        >
                          #{task.id}
                        </Anchor>
                      </Group>
                      <Thumbnail task={task} imageColumn={imageColumn} />
                      <Group gap={6} mt={8}>
                        <Badge variant="light" color="teal" size="sm">
                          {formatCount(task.total_annotations)} ann.
                        </Badge>
                        <Badge variant="light" color="violet" size="sm">
                          {formatCount(task.total_predictions)} pred.
                        </Badge>
                      </Group>
                    </Paper>
                  );
                })}
            </div>
          ))}
        </div>
      </div>
      <Group justify="space-between" px="md" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" c="dimmed" data-testid="task-range">
          {total > 0
            ? `${formatCount(w.firstVisible * perRow + 1)}–${formatCount(Math.min(total, (w.lastVisible + 1) * perRow))} of ${formatCount(total)}`
            : 'No tasks'}
        </Text>
        <Box h={16}>{rows.fetching && <Loader size={16} aria-label="Loading tasks" />}</Box>
      </Group>
      {rows.error && <QueryError error={rows.error} title="Could not load tasks" />}
    </Paper>
  );
}
