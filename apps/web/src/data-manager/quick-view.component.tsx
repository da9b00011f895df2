import { Badge, Button, Code, Drawer, Group, Loader, Paper, ScrollArea, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { MEDIA_TYPES } from '@groundwork/label-config';
import { QueryError } from '../common/query-error.component';
import { useTask } from '../labeling/labeling.queries';
import type { TaskDetail } from '../lib/api.types';
import { formatDate } from '../lib/format.util';
import type { ColumnDef } from './columns.util';
import { dmKeys, fetchTaskPage, type TaskSource } from './dm.queries';
import { PAGE_SIZE } from './task-rows.hooks';

interface QuickViewProps {
  source: TaskSource;
  /** The row shown, or null when closed. */
  index: number | null;
  total: number;
  columns: ColumnDef[];
  onIndexChange: (index: number | null) => void;
}

type ResultItem = { from_name?: string; type?: string; value?: Record<string, unknown> };

/** A result item in a few words: "sentiment: Positive", "label: PER (3–8)". */
export function summarizeResult(item: ResultItem): string {
  const value = item.value ?? {};
  const key = item.type && Array.isArray(value[item.type]) ? item.type : Object.keys(value).find((k) => Array.isArray(value[k]));
  const main = key ? (value[key] as unknown[]).map(String).join(', ') : '';
  const span = typeof value.start === 'number' && typeof value.end === 'number' ? ` (${value.start}–${value.end})` : '';
  const scalar = !main ? ['rating', 'number', 'text'].map((k) => value[k]).find((v) => v !== undefined) : undefined;
  const shown = main || (scalar !== undefined ? String(scalar) : (item.type ?? 'result'));
  return `${item.from_name ?? '?'}: ${shown}${span}`;
}

function ResultList({ result }: { result: unknown[] }) {
  if (!result.length)
    return (
      <Text size="sm" c="dimmed">
        Empty result
      </Text>
    );
  return (
    <Stack gap={2}>
      {result.map((r, i) => (
        <Text key={i} size="sm">
          {summarizeResult(r as ResultItem)}
        </Text>
      ))}
      <Spoiler maxHeight={0} showLabel={<Text size="xs">Show JSON</Text>} hideLabel={<Text size="xs">Hide JSON</Text>} mt={4}>
        <Code block>{JSON.stringify(result, null, 2)}</Code>
      </Spoiler>
    </Stack>
  );
}

function DataField({ name, value, def }: { name: string; value: unknown; def: ColumnDef | undefined }) {
  const media = def && MEDIA_TYPES.has(def.type) && typeof value === 'string';
  return (
    <div>
      <Text size="xs" c="dimmed" ff="monospace">
        {name}
      </Text>
      {media && def?.type === 'Image' ? (
        <img src={value as string} alt={name} style={{ maxWidth: '100%', maxHeight: 320, borderRadius: 6 }} />
      ) : typeof value === 'string' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {value}
        </Text>
      ) : (
        <Code block>{JSON.stringify(value, null, 2)}</Code>
      )}
    </div>
  );
}

function TaskBody({ task, columns }: { task: TaskDetail; columns: ColumnDef[] }) {
  const byKey = new Map(columns.filter((c) => c.isData).map((c) => [c.field.slice(5), c]));
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} fz="md">
          Data
        </Title>
        {Object.entries(task.data).map(([k, v]) => (
          <DataField key={k} name={k} value={v} def={byKey.get(k)} />
        ))}
      </Stack>
      <Stack gap="xs" data-testid="quick-view-annotations">
        <Title order={3} fz="md">
          Annotations ({task.annotations.length})
        </Title>
        {task.annotations.length === 0 && (
          <Text size="sm" c="dimmed">
            No annotations yet.
          </Text>
        )}
        {task.annotations.map((a) => (
          <Paper key={a.id} withBorder p="sm" radius="md" data-testid="quick-view-annotation">
            <Group gap="xs" mb={6}>
              <Text size="sm" fw={600}>
                #{a.id}
              </Text>
              <Text size="xs" c="dimmed">
                by user {a.completed_by ?? '?'} · {formatDate(a.created_at)}
              </Text>
              {a.was_cancelled && (
                <Badge size="xs" color="orange">
                  skipped
                </Badge>
              )}
              {a.ground_truth && (
                <Badge size="xs" color="yellow">
                  ground truth
                </Badge>
              )}
            </Group>
            <ResultList result={a.result} />
          </Paper>
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={3} fz="md">
          Predictions ({task.predictions.length})
        </Title>
        {task.predictions.map((p) => (
          <Paper key={p.id} withBorder p="sm" radius="md" data-testid="quick-view-prediction">
            <Group gap="xs" mb={6}>
              <Text size="sm" fw={600}>
                #{p.id}
              </Text>
              <Badge size="xs" variant="light" color="violet">
                {p.model_version || 'no model version'}
              </Badge>
              {typeof p.score === 'number' && (
                <Text size="xs" c="dimmed">
                  score {p.score.toFixed(2)}
                </Text>
              )}
            </Group>
            <ResultList result={p.result} />
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/** One task of the list with its data, every annotation and prediction, and a way on to the next. */
export function QuickView({ source, index, total, columns, onIndexChange }: QuickViewProps) {
  const navigate = useNavigate();
  const page = index === null ? 0 : Math.floor(index / PAGE_SIZE) + 1;
  const rows = useQuery({
    queryKey: dmKeys.page(source, PAGE_SIZE, page),
    queryFn: () => fetchTaskPage(source, page, PAGE_SIZE),
    enabled: index !== null,
    staleTime: 30_000,
  });
  const id = index === null ? null : (rows.data?.tasks[index % PAGE_SIZE]?.id ?? null);
  const task = useTask(id);
  const canPrev = index !== null && index > 0;
  const canNext = index !== null && index < total - 1;

  return (
    <Drawer
      opened={index !== null}
      onClose={() => onIndexChange(null)}
      position="right"
      size="xl"
      title={id ? `Task ${id}` : 'Task'}
      data-testid="quick-view"
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconChevronLeft size={14} />}
            disabled={!canPrev}
            onClick={() => index !== null && onIndexChange(index - 1)}
          >
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconChevronRight size={14} />}
            disabled={!canNext}
            onClick={() => index !== null && onIndexChange(index + 1)}
          >
            Next
          </Button>
        </Group>
        <Button
          size="xs"
          leftSection={<IconPencil size={14} />}
          disabled={!id}
          onClick={() => id && navigate(`/projects/${source.projectId}/data?task=${id}`)}
        >
          Label this task
        </Button>
      </Group>
      {rows.isError && <QueryError error={rows.error} title="Could not load the task" />}
      {task.isError && <QueryError error={task.error} title="Could not load the task" onRetry={() => void task.refetch()} />}
      {task.data ? <TaskBody task={task.data} columns={columns} /> : !task.isError && <Loader aria-label="Loading task" />}
    </Drawer>
  );
}
