import { Anchor, Breadcrumbs, Button, Group, NumberInput, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../common/page-header.component';
import { api, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import type { Project } from '../lib/api.types';
import { LabelConfigField } from '../label-config-editor/label-config-field.component';
import { projectKeys, useProject } from './project.queries';
import { projectStatus } from './project-status.component';
import { DeleteProject } from './delete-project.component';

const TITLE_MAX = 50;

interface SettingsValues {
  title: string;
  description: string;
  maximum_annotations: number | string;
  label_config: string;
}

function valuesOf(p: Project): SettingsValues {
  return { title: p.title, description: p.description, maximum_annotations: p.maximum_annotations, label_config: p.label_config };
}

function SettingsForm({ project }: { project: Project }) {
  const qc = useQueryClient();
  const form = useForm<SettingsValues>({
    initialValues: valuesOf(project),
    validate: {
      title: (v) =>
        !v.trim() ? 'Give the project a title' : v.trim().length > TITLE_MAX ? `At most ${TITLE_MAX} characters` : null,
      maximum_annotations: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? null : 'At least 1'),
      label_config: (v) => (v.trim() ? null : 'A project needs a labeling configuration'),
    },
  });

  const save = useMutation({
    mutationFn: (v: SettingsValues) =>
      unwrap(
        api.PATCH('/api/projects/{id}', {
          params: { path: { id: project.id } },
          body: {
            title: v.title.trim(),
            description: v.description,
            maximum_annotations: Number(v.maximum_annotations),
            label_config: v.label_config,
          },
        }),
      ),
    onSuccess: async (updated) => {
      qc.setQueryData(projectKeys.detail(project.id), updated);
      await qc.invalidateQueries({ queryKey: projectKeys.all });
      notifications.show({ color: 'teal', title: 'Settings saved', message: `“${updated.title}” is up to date.` });
    },
    onError: (e) => {
      const fields = fieldErrorsOf(e);
      if (Object.keys(fields).length) form.setErrors(fields);
      notifications.show({ color: 'red', title: 'Could not save the settings', message: errorMessage(e) });
    },
  });

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="lg">
          <Title order={2} fz="md">
            General
          </Title>
          <TextInput label="Title" maxLength={TITLE_MAX} required {...form.getInputProps('title')} />
          <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          <NumberInput
            label="Annotations per task"
            description="How many annotators label each task before it counts as done."
            min={1}
            max={1000}
            allowDecimal={false}
            maw={420}
            {...form.getInputProps('maximum_annotations')}
          />
          <LabelConfigField
            value={form.values.label_config}
            onChange={(v) => form.setFieldValue('label_config', v)}
            error={typeof form.errors.label_config === 'string' ? form.errors.label_config : null}
            onError={(message) => (message ? form.setFieldError('label_config', message) : form.clearFieldError('label_config'))}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              Discard changes
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />}>
              Save
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

/** /projects/{id}/settings: edit what the project is, or delete it. */
export function ProjectSettingsPage() {
  const id = Number(useParams().id);
  const project = useProject(id);
  useDocumentTitle(project.data ? `Settings · ${project.data.title} · Groundwork` : 'Settings · Groundwork');

  const status = projectStatus(id, project);
  if (status || !project.data) return status;
  const p = project.data;

  return (
    <Stack maw={900} gap={0}>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/projects" size="sm">
              Projects
            </Anchor>
            <Anchor component={Link} to={`/projects/${p.id}/data`} size="sm" truncate maw={300}>
              {p.title}
            </Anchor>
            <Text size="sm">Settings</Text>
          </Breadcrumbs>
        }
        title="Project settings"
        actions={
          <Button variant="default" component={Link} to={`/projects/${p.id}/data`}>
            Back to tasks
          </Button>
        }
      />
      <Stack gap="lg">
        {/* A new server version (this page's save, or another tab's) starts the form afresh. */}
        <SettingsForm key={p.updated_at} project={p} />
        {p.abilities?.delete !== false && <DeleteProject project={p} />}
      </Stack>
    </Stack>
  );
}
