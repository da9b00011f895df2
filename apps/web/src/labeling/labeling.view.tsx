import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Switch,
  Tabs,
  Text,
  TypographyStylesProvider,
} from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconChecks, IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Editor, overridesFromCustomHotkeys, sanitizeHtml, type AnnotationPayload } from '@groundwork/editor';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../auth/session.hooks';
import { EmptyState } from '../common/empty-state.component';
import { QueryError } from '../common/query-error.component';
import { errorMessage } from '../lib/api.client';
import { useInvalidateProjects } from '../project/project.queries';
import { labelingApi, labelingKeys, useNextTask, useTask } from './labeling.queries';

interface LabelingProject {
  id: number;
  title: string;
  label_config: string;
  expert_instruction: string;
  show_instruction: boolean;
  show_skip_button: boolean;
}

/** How long after the last change a draft is saved. */
const DRAFT_DELAY_MS = 800;

/**
 * `/projects/{id}/data?task={taskId}` labels one task; `?labeling=1` is the label stream, which
 * asks the server for the next task after every submit or skip.
 */
export function LabelingView({ project }: { project: LabelingProject }) {
  const [params, setParams] = useSearchParams();
  const stream = params.get('labeling') === '1';
  const taskParam = Number(params.get('task'));
  const taskId = Number.isInteger(taskParam) && taskParam > 0 ? taskParam : null;
  const next = useNextTask(project.id, stream && taskId === null);
  const task = useTask(taskId);
  const me = useCurrentUser();
  const qc = useQueryClient();
  const invalidateProjects = useInvalidateProjects();
  const [instructionsOpen, instructions] = useDisclosure(false);
  const [chosenTab, setChosenTab] = useState<{ taskId: number; tab: string } | null>(null);
  // The draft being written, tagged with its task: a save still in flight when the stream moves on
  // must not make the next task's draft overwrite this one.
  const draft = useRef<{ taskId: number | null; id: number | null }>({ taskId: null, id: null });
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [saving, setSaving] = useState(false);

  // The stream moves on to the task the server hands out.
  useEffect(() => {
    if (stream && taskId === null && next.data) setParams({ labeling: '1', task: String(next.data.id) }, { replace: true });
  }, [stream, taskId, next.data, setParams]);

  // Instructions come first when the project asks for it.
  const shownFor = useRef<number | null>(null);
  useEffect(() => {
    if (project.show_instruction && project.expert_instruction && shownFor.current !== project.id) {
      shownFor.current = project.id;
      instructions.open();
    }
  }, [project, instructions]);

  // Label Studio's "Select regions after creating": off by default, kept in this browser.
  const [selectAfterCreate, setSelectAfterCreate] = useLocalStorage({ key: 'gw-select-after-create', defaultValue: false });
  // The user's rebound keys (Account → Hotkeys), in the editor's form.
  const hotkeys = useMemo(() => overridesFromCustomHotkeys(me.custom_hotkeys), [me.custom_hotkeys]);
  const mine = useMemo(
    () => (task.data?.annotations ?? []).filter((a) => a.completed_by === me.id && !a.was_cancelled),
    [task.data, me.id],
  );
  const myDraft = useMemo(
    () => (task.data?.drafts ?? []).find((d) => d.user === me.id && !d.annotation) ?? null,
    [task.data, me.id],
  );

  // A task opens on this user's own annotation when there is one (outside the stream), decided
  // while rendering: opening on "New" first would build and render a whole editor for nothing.
  const openingTab = !stream && mine.length ? String(mine[0].id) : 'new';
  const tab = chosenTab && chosenTab.taskId === task.data?.id ? chosenTab.tab : openingTab;
  const setTab = (next: string) => {
    if (task.data) setChosenTab({ taskId: task.data.id, tab: next });
  };
  useEffect(() => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draft.current = { taskId: task.data?.id ?? null, id: myDraft?.id ?? null };
    // Once per task: later refetches of the same task keep the draft being written.
  }, [task.data?.id]);

  useEffect(
    () => () => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
    },
    [],
  );

  if (stream && taskId === null) {
    if (next.isPending) return <Loader aria-label="Finding the next task" />;
    if (next.isError) return <QueryError error={next.error} />;
    return (
      <EmptyState
        icon={<IconChecks size={28} />}
        title="All tasks are done"
        action={
          <Button component={Link} to={`/projects/${project.id}/data`} variant="default">
            Back to the tasks
          </Button>
        }
      >
        There is nothing left for you to label in this project.
      </EmptyState>
    );
  }
  if (task.isPending) return <Loader aria-label="Loading the task" />;
  if (task.isError) return <QueryError error={task.error} />;
  const t = task.data;

  const afterWrite = async () => {
    await Promise.all([qc.invalidateQueries({ queryKey: labelingKeys.task(t.id) }), invalidateProjects()]);
  };
  const goNext = () => {
    qc.removeQueries({ queryKey: labelingKeys.next(project.id) });
    setParams({ labeling: '1' });
  };
  const fail = (title: string) => (e: unknown) => notifications.show({ color: 'red', title, message: errorMessage(e) });

  const submit = async ({ result, lead_time }: AnnotationPayload) => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    try {
      const created = await labelingApi.submit(t.id, {
        result,
        lead_time,
        ...(draft.current.taskId === t.id && draft.current.id ? { draft_id: draft.current.id } : {}),
      });
      if (draft.current.taskId === t.id) draft.current = { taskId: t.id, id: null };
      await afterWrite();
      if (stream) goNext();
      else {
        notifications.show({ color: 'teal', title: 'Submitted', message: `Annotation #${created.id} saved.` });
        setTab(String(created.id));
      }
    } catch (e) {
      fail('Could not submit')(e);
    }
  };
  const update =
    (annotationId: number) =>
    async ({ result, lead_time }: AnnotationPayload) => {
      try {
        await labelingApi.update(annotationId, { result, lead_time });
        await afterWrite();
        notifications.show({ color: 'teal', title: 'Updated', message: `Annotation #${annotationId} saved.` });
        if (stream) goNext();
      } catch (e) {
        fail('Could not update')(e);
      }
    };
  const skip = async () => {
    try {
      await labelingApi.submit(t.id, { result: [], lead_time: 0, was_cancelled: true });
      await afterWrite();
      if (stream) goNext();
      else notifications.show({ color: 'gray', title: 'Skipped', message: `Task #${t.id} skipped.` });
    } catch (e) {
      fail('Could not skip')(e);
    }
  };
  const writeDraft = async (result: unknown[]) => {
    setSaving(true);
    try {
      const body = { result, lead_time: 0 };
      const known = draft.current.taskId === t.id ? draft.current.id : null;
      if (known) await labelingApi.updateDraft(known, body);
      else {
        const created = await labelingApi.createDraft(t.id, body);
        if (draft.current.taskId === t.id) draft.current = { taskId: t.id, id: created.id };
      }
    } catch (e) {
      fail('Could not save the draft')(e);
    } finally {
      setSaving(false);
    }
  };
  const saveDraft = (result: unknown[]) => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    // writeDraft reports its own failures, so the timer has nothing to await.
    draftTimer.current = setTimeout(() => void writeDraft(result), DRAFT_DELAY_MS);
  };

  const annotations = t.annotations ?? [];
  const current = annotations.find((a) => String(a.id) === tab) ?? null;
  const canSkip = project.show_skip_button && t.allow_skip !== false;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            component={Link}
            to={`/projects/${project.id}/data`}
            leftSection={<IconArrowLeft size={14} />}
          >
            Tasks
          </Button>
          <Text fw={600} data-testid="labeling-task">
            Task #{t.id}
          </Text>
          {stream && <Badge variant="light">Label stream</Badge>}
          {saving && (
            <Text size="xs" c="dimmed">
              Saving draft…
            </Text>
          )}
        </Group>
        {project.expert_instruction && (
          <Button variant="default" size="xs" leftSection={<IconInfoCircle size={14} />} onClick={instructions.open}>
            Instructions
          </Button>
        )}
      </Group>
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'new')} keepMounted={false}>
        <Tabs.List aria-label="Annotations">
          <Tabs.Tab value="new">{myDraft ? 'New (draft)' : 'New annotation'}</Tabs.Tab>
          {annotations.map((a) => (
            <Tabs.Tab key={a.id} value={String(a.id)}>
              #{a.id}
              {a.was_cancelled ? ' (skipped)' : ''}
              {a.completed_by === me.id ? ' · you' : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {(t.predictions?.length ?? 0) > 0 && tab === 'new' && (
        <Alert variant="light" color="violet" p="xs">
          Pre-filled from {t.predictions!.length === 1 ? 'a prediction' : `${t.predictions!.length} predictions`}
          {t.predictions![0].model_version ? ` (${t.predictions![0].model_version})` : ''}: accept, edit or delete its regions.
        </Alert>
      )}
      <Switch
        size="xs"
        label="Select regions after creating"
        description="Off: the next label key chooses the label of the next region. On: it relabels the region just drawn."
        checked={selectAfterCreate}
        onChange={(e) => setSelectAfterCreate(e.currentTarget.checked)}
      />
      <Paper withBorder radius="md" p="md">
        {tab === 'new' ? (
          <Editor
            key={`${t.id}-new`}
            config={project.label_config}
            task={{ id: t.id, data: t.data as Record<string, unknown> }}
            hotkeys={hotkeys}
            selectAfterCreate={selectAfterCreate}
            annotation={myDraft ? { result: myDraft.result, lead_time: myDraft.lead_time ?? 0 } : null}
            predictions={(t.predictions ?? []).map((p) => ({
              id: p.id,
              result: p.result,
              score: p.score ?? undefined,
              model_version: p.model_version,
            }))}
            onSubmit={(p) => void submit(p)}
            onSkip={canSkip ? () => void skip() : undefined}
            onChange={saveDraft}
          />
        ) : current ? (
          <Editor
            key={`${t.id}-${current.id}`}
            config={project.label_config}
            task={{ id: t.id, data: t.data as Record<string, unknown> }}
            hotkeys={hotkeys}
            selectAfterCreate={selectAfterCreate}
            annotation={{ id: current.id, result: current.result, lead_time: current.lead_time ?? 0 }}
            onUpdate={current.completed_by === me.id ? (p) => void update(current.id)(p) : undefined}
            onSubmit={(p) => void submit(p)}
          />
        ) : null}
      </Paper>
      <Modal opened={instructionsOpen} onClose={instructions.close} title="Instructions" size="lg">
        <TypographyStylesProvider>
          <Instructions html={project.expert_instruction} />
        </TypographyStylesProvider>
        <Group justify="flex-end" mt="md">
          <Button onClick={instructions.close}>Start labeling</Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/** The project's instructions: Label Studio keeps them as HTML, shown here sanitized. */
function Instructions({ html }: { html: string }) {
  const clean = sanitizeHtml(html);
  return 'html' in clean ? (
    <div dangerouslySetInnerHTML={{ __html: clean.html }} />
  ) : (
    <Text style={{ whiteSpace: 'pre-wrap' }}>{clean.text}</Text>
  );
}
