import { Button, Checkbox, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import { snapshotKeys, type SnapshotCreate } from './snapshots.queries';

type OnlyExclude = 'include' | 'only' | 'exclude';

interface CreateValues {
  title: string;
  onlyAnnotated: boolean;
  skippedTasks: OnlyExclude;
  usual: boolean;
  groundTruth: boolean;
  skipped: boolean;
  usersAsObjects: boolean;
  predictionIds: boolean;
  draftIds: boolean;
}

const INITIAL: CreateValues = {
  title: '',
  onlyAnnotated: false,
  skippedTasks: 'include',
  usual: true,
  groundTruth: false,
  skipped: false,
  usersAsObjects: false,
  predictionIds: false,
  draftIds: false,
};

/** The API body for the form: Label Studio's task, annotation and serialization options. */
function bodyOf(v: CreateValues): SnapshotCreate {
  return {
    title: v.title.trim() || null,
    task_filter_options: {
      only_with_annotations: v.onlyAnnotated,
      skipped: v.skippedTasks === 'include' ? null : v.skippedTasks,
    },
    annotation_filter_options: { usual: v.usual, ground_truth: v.groundTruth, skipped: v.skipped },
    serialization_options: {
      annotations__completed_by: { only_id: !v.usersAsObjects },
      predictions: { only_id: v.predictionIds },
      drafts: { only_id: v.draftIds },
    },
  };
}

/** Creates a snapshot: which tasks and annotations it freezes, and how they are written. */
export function CreateSnapshotModal({ projectId, opened, onClose }: { projectId: number; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const form = useForm<CreateValues>({
    initialValues: INITIAL,
    validate: {
      usual: (_, v) => (v.usual || v.groundTruth || v.skipped ? null : 'Keep at least one kind of annotation'),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      unwrap(api.POST('/api/projects/{id}/exports', { params: { path: { id: projectId } }, body: bodyOf(v) })),
    onSuccess: async (snap) => {
      await qc.invalidateQueries({ queryKey: snapshotKeys.list(projectId) });
      notifications.show({ color: 'teal', title: 'Snapshot started', message: `“${snap.title}” is being made.` });
      close();
    },
    onError: (e) => {
      const fields = fieldErrorsOf(e);
      if (Object.keys(fields).length) form.setErrors(fields);
      notifications.show({ color: 'red', title: 'Could not create the snapshot', message: errorMessage(e) });
    },
  });

  return (
    <Modal opened={opened} onClose={close} title="Create snapshot" radius="lg" size="lg" centered>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Stack>
          <TextInput
            label="Title"
            placeholder="Left empty: the project's title and the time"
            maxLength={2048}
            {...form.getInputProps('title')}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Tasks
            </Text>
            <Checkbox label="Only tasks with annotations" {...form.getInputProps('onlyAnnotated', { type: 'checkbox' })} />
            <Group gap="sm">
              <Text size="sm" id="skipped-tasks-label">
                Skipped tasks
              </Text>
              <SegmentedControl
                aria-labelledby="skipped-tasks-label"
                size="xs"
                data={[
                  { value: 'include', label: 'Include' },
                  { value: 'exclude', label: 'Exclude' },
                  { value: 'only', label: 'Only' },
                ]}
                {...form.getInputProps('skippedTasks')}
              />
            </Group>
          </Stack>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Annotations to keep
            </Text>
            <Checkbox label="Submitted annotations" {...form.getInputProps('usual', { type: 'checkbox' })} />
            <Checkbox label="Ground truth" {...form.getInputProps('groundTruth', { type: 'checkbox' })} />
            <Checkbox label="Skipped" {...form.getInputProps('skipped', { type: 'checkbox' })} />
          </Stack>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Serialization
            </Text>
            <Checkbox
              label="Annotators as objects (id, email, name) instead of ids"
              {...form.getInputProps('usersAsObjects', { type: 'checkbox' })}
            />
            <Checkbox label="Predictions as ids only" {...form.getInputProps('predictionIds', { type: 'checkbox' })} />
            <Checkbox label="Drafts as ids only" {...form.getInputProps('draftIds', { type: 'checkbox' })} />
          </Stack>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create snapshot
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
