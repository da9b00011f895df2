import { Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage, unwrap } from '../lib/api.client';
import type { Project } from '../lib/api.types';
import { plural } from '../lib/format.util';
import { projectKeys } from './project.queries';

/** The danger zone: deleting takes the tasks and annotations with it, so it asks for the title first. */
export function DeleteProject({ project }: { project: Project }) {
  const [opened, modal] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/projects/{id}', { params: { path: { id: project.id } } })),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: projectKeys.detail(project.id) });
      await qc.invalidateQueries({ queryKey: projectKeys.all });
      notifications.show({ color: 'teal', title: 'Project deleted', message: `“${project.title}” and its data are gone.` });
      void navigate('/projects', { replace: true });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not delete the project', message: errorMessage(e) }),
  });
  const close = () => {
    setTyped('');
    modal.close();
  };

  return (
    <Paper withBorder radius="lg" p="xl" style={{ borderColor: 'var(--mantine-color-red-light-color)' }}>
      <Group justify="space-between" gap="lg">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} fz="md">
            Delete this project
          </Title>
          <Text size="sm" c="dimmed">
            Removes the project with its {plural(project.task_number, 'task')} and{' '}
            {plural(project.total_annotations_number, 'annotation')}. This cannot be undone.
          </Text>
        </Stack>
        <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={modal.open}>
          Delete project
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Delete project?" radius="lg" centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed === project.title) remove.mutate();
          }}
        >
          <Stack>
            <Text size="sm">
              This deletes <b>{project.title}</b>, its {plural(project.task_number, 'task')},{' '}
              {plural(project.total_annotations_number, 'annotation')} and{' '}
              {plural(project.total_predictions_number, 'prediction')}.
            </Text>
            <TextInput
              label="Type the project title to confirm"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              placeholder={project.title}
              data-autofocus
              autoComplete="off"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={typed !== project.title} loading={remove.isPending}>
                Delete project
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
