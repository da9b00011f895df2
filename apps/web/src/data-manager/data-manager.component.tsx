import { Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutGrid, IconList } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { QueryError } from '../common/query-error.component';
import { errorMessage } from '../lib/api.client';
import type { DmView, Project } from '../lib/api.types';
import { formatCount, plural } from '../lib/format.util';
import { BulkActions } from './bulk-actions.component';
import { ColumnPicker } from './column-picker.component';
import { columnDefs, visibleColumns, type ColumnDef } from './columns.util';
import { dmKeys, useColumns, useTaskCounts, useViewMutations, useViews, type TaskSource } from './dm.queries';
import type { FilterSet, Selection, ViewData } from './dm.types';
import { FilterBuilder } from './filter-builder.component';
import { GridView } from './grid-view.component';
import { QuickView } from './quick-view.component';
import { SearchBox } from './search-box.component';
import { NOTHING_SELECTED, selectedCount, toggleOne } from './selection.util';
import { TaskGrid } from './task-grid.component';
import { viewTitle, ViewTabs } from './view-tabs.component';

interface DataManagerProps {
  project: Project;
  /** Shown instead of the tasks while the project has none. */
  empty: ReactNode;
}

const NEW_VIEW: ViewData = { type: 'list', target: 'tasks' };

/** Keeps a piece of state only while `key` stays the same: selections and the quick view belong to one query. */
function useKeyedState<T>(key: string, initial: T): [T, (value: T | ((previous: T) => T)) => void] {
  const [state, setState] = useState({ key, value: initial });
  const value = state.key === key ? state.value : initial;
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setState((s) => {
        const previous = s.key === key ? s.value : initial;
        return { key, value: typeof next === 'function' ? (next as (p: T) => T)(previous) : next };
      }),
    // `initial` is a constant for each caller.
    [key],
  );
  return [value, set];
}

/**
 * The Data Manager: the project's tasks through saved views (tabs) with their filters, ordering and
 * columns, full-text search, a windowed table or a grid of thumbnails, a quick view of one task, and
 * bulk actions on a selection.
 */
export function DataManager({ project, empty }: DataManagerProps) {
  const projectId = project.id;
  const canManage = project.abilities?.manage_tasks !== false;
  const views = useViews(projectId);
  const columns = useColumns(projectId);
  const mutations = useViewMutations(projectId);
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [localLayout, setLocalLayout] = useState<string | null>(null);

  const list = useMemo(() => views.data ?? [], [views.data]);
  const tabParam = Number(params.get('tab'));
  const active = list.find((v) => v.id === tabParam) ?? list[0] ?? null;
  const data = (active?.data ?? {}) as ViewData;

  // A project always has a view to work in, as in Label Studio; it is made on the first visit.
  const creatingDefault = useRef(false);
  const { mutate: createView } = mutations.create;
  useEffect(() => {
    if (!views.isSuccess || list.length > 0 || !canManage || creatingDefault.current) return;
    creatingDefault.current = true;
    createView({ ...NEW_VIEW, title: 'Default' });
  }, [views.isSuccess, list.length, canManage, createView]);

  const source: TaskSource = useMemo(
    () => ({
      projectId,
      viewId: active?.id ?? null,
      version: JSON.stringify([data.filters ?? null, data.ordering ?? null]),
      search,
    }),
    [projectId, active?.id, data.filters, data.ordering, search],
  );
  const sourceKey = JSON.stringify(source);
  const ready = views.isSuccess && (active !== null || !canManage);
  const counts = useTaskCounts(source, ready && project.task_number > 0);
  const total = counts.data?.total ?? 0;

  // Live counts: when the number of matching tasks changes under us (imports, other users), the
  // cached pages are stale too.
  const qc = useQueryClient();
  const seenTotal = useRef<{ key: string; total: number } | null>(null);
  useEffect(() => {
    if (!counts.data) return;
    const key = JSON.stringify(source);
    const before = seenTotal.current;
    seenTotal.current = { key, total: counts.data.total };
    if (before && before.key === key && before.total !== counts.data.total) {
      const countsKey = JSON.stringify(dmKeys.counts(source));
      void qc.invalidateQueries({ queryKey: dmKeys.tasks(source), predicate: (q) => JSON.stringify(q.queryKey) !== countsKey });
    }
  }, [counts.data, source, qc]);
  const [selection, setSelection] = useKeyedState<Selection>(sourceKey, NOTHING_SELECTED);
  const [quickIndex, setQuickIndex] = useKeyedState<number | null>(sourceKey, null);

  // Columns, ordering arrows and layout follow a change at once; the tasks follow once the server has
  // saved the view, so no page is ever cached under a query the server has not run.
  const [optimistic, setOptimistic] = useState<{ id: number; data: ViewData } | null>(null);
  const shownData = optimistic && optimistic.id === active?.id ? optimistic.data : data;

  const defs = useMemo(() => columnDefs(columns.data ?? []), [columns.data]);
  const hidden = shownData.hiddenColumns?.explore;
  const shown = useMemo(() => visibleColumns(defs, hidden), [defs, hidden]);
  const layout = (canManage ? shownData.type : localLayout) === 'grid' ? 'grid' : 'list';
  const ordering = shownData.ordering?.[0] ?? null;

  const { mutate: updateView } = mutations.update;
  const save = useCallback(
    (patch: Partial<ViewData>) => {
      if (!active || !canManage) return;
      const next = { ...shownData, ...patch };
      setOptimistic({ id: active.id, data: next });
      updateView(
        { id: active.id, data: next },
        {
          onSettled: () => setOptimistic((o) => (o?.data === next ? null : o)),
          onError: (e) => notifications.show({ color: 'red', title: 'Could not save the view', message: errorMessage(e) }),
        },
      );
    },
    [active, canManage, updateView, shownData],
  );
  const saveFilters = useCallback((filters: FilterSet) => save({ filters }), [save]);

  const selectTab = (id: number) =>
    setParams(
      (p) => {
        p.set('tab', String(id));
        return p;
      },
      { replace: true },
    );
  const createTab = (data: ViewData) =>
    mutations.create.mutate(data, {
      onSuccess: (view) => selectTab(view.id),
      onError: (e) => notifications.show({ color: 'red', title: 'Could not create the view', message: errorMessage(e) }),
    });
  const deleteTab = (view: DmView) =>
    mutations.remove.mutate(view.id, {
      onSuccess: () => {
        const rest = list.filter((v) => v.id !== view.id);
        if (rest.length) selectTab(rest[0].id);
      },
    });

  const sort = (def: ColumnDef) => {
    const next = ordering === def.id ? [`-${def.id}`] : ordering === `-${def.id}` ? [] : [def.id];
    save({ ordering: next });
  };
  const setLayout = (type: string) => (canManage ? save({ type }) : setLocalLayout(type));
  const count = selectedCount(selection, total);

  if (project.task_number === 0 && !search) return <>{empty}</>;
  if (views.isError)
    return <QueryError error={views.error} onRetry={() => void views.refetch()} title="Could not load the views" />;
  if (!ready) {
    return (
      <Stack gap="sm">
        <Skeleton h={36} />
        <Skeleton h={320} />
      </Stack>
    );
  }

  const listProps = {
    source,
    total,
    enabled: ready,
    selection,
    onToggle: (id: number) => setSelection((s) => toggleOne(s, id)),
    onToggleAll: () =>
      setSelection((s) => (s.all && s.ids.size === 0 ? NOTHING_SELECTED : { all: true, ids: new Set<number>() })),
    onOpen: setQuickIndex,
    activeIndex: quickIndex,
  };

  return (
    <div data-testid="data-manager">
      {list.length > 0 && (
        <ViewTabs
          views={list}
          activeId={active?.id ?? null}
          canManage={canManage}
          busy={mutations.create.isPending}
          onSelect={selectTab}
          onCreate={() => createTab({ ...NEW_VIEW, title: `View ${list.length + 1}` })}
          onRename={(view, title) => mutations.update.mutate({ id: view.id, data: { ...(view.data as ViewData), title } })}
          onDuplicate={(view) => createTab({ ...(view.data as ViewData), title: `${viewTitle(view)} (copy)` })}
          onDelete={deleteTab}
        />
      )}
      <Group justify="space-between" mb="sm" gap="sm">
        <Group gap="sm">
          {canManage && (
            <BulkActions
              projectId={projectId}
              viewId={source.viewId}
              search={search}
              selection={selection}
              selectedCount={count}
              onDone={() => setSelection(NOTHING_SELECTED)}
            />
          )}
          <FilterBuilder
            key={active?.id ?? 0}
            columns={defs}
            filters={data.filters}
            onChange={saveFilters}
            disabled={!active || !canManage}
          />
          <ColumnPicker
            columns={defs}
            hidden={hidden}
            onChange={(explore) => save({ hiddenColumns: { ...(shownData.hiddenColumns ?? {}), explore } })}
            disabled={!active || !canManage}
          />
          <SearchBox value={search} onChange={setSearch} />
        </Group>
        <Group gap="md">
          <Text size="sm" c="dimmed" data-testid="dm-counts" aria-live="polite">
            {plural(total, 'task')} · {formatCount(counts.data?.total_annotations ?? 0)} annotations ·{' '}
            {formatCount(counts.data?.total_predictions ?? 0)} predictions
          </Text>
          <SegmentedControl
            aria-label="Layout"
            size="xs"
            value={layout}
            onChange={setLayout}
            data={[
              {
                value: 'list',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconList size={14} />
                    List
                  </Group>
                ),
              },
              {
                value: 'grid',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconLayoutGrid size={14} />
                    Grid
                  </Group>
                ),
              },
            ]}
          />
        </Group>
      </Group>
      {counts.isError && <QueryError error={counts.error} onRetry={() => void counts.refetch()} title="Could not load tasks" />}
      {counts.isSuccess && total === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center" data-testid="no-matches">
          <Text c="dimmed" size="sm">
            No tasks match {search ? 'this search and ' : ''}the view's filters.
          </Text>
        </Paper>
      ) : layout === 'grid' ? (
        <GridView {...listProps} imageColumn={defs.find((d) => d.isData && d.type === 'Image')} />
      ) : (
        <TaskGrid {...listProps} columns={shown} ordering={ordering} onSort={sort} />
      )}
      <QuickView source={source} index={quickIndex} total={total} columns={defs} onIndexChange={setQuickIndex} />
    </div>
  );
}
