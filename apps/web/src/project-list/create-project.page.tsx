import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../common/page-header.component';
import { api, ApiError, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import { LabelConfigField } from '../label-config-editor/label-config-field.component';
import { useValidateLabelConfig } from '../label-config-editor/label-config.hooks';
import { useInvalidateProjects } from '../project/project.queries';

const TITLE_MAX = 50;

/** What the editor holds before a template is picked: a small text-classification config. */
const STARTER_CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single" showInline="true">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
    <Choice value="Neutral"/>
  </Choices>
</View>`;

export function CreateProjectPage() {
  useDocumentTitle('Create project · Groundwork');
  const navigate = useNavigate();
  const invalidate = useInvalidateProjects();
  const validate = useValidateLabelConfig();
  const form = useForm({
    initialValues: { title: '', description: '', label_config: STARTER_CONFIG },
    validate: {
      title: (v) =>
        !v.trim() ? 'Give the project a title' : v.trim().length > TITLE_MAX ? `At most ${TITLE_MAX} characters` : null,
      label_config: (v) => (v.trim() ? null : 'A project needs a labeling configuration'),
    },
  });

  const create = useMutation({
    mutationFn: async (values: typeof form.values) => {
      // Checking first gives the line-precise message before anything is created.
      try {
        await validate.mutateAsync(values.label_config);
      } catch (e) {
        throw e instanceof ApiError ? e : new ApiError(0, errorMessage(e), {});
      }
      return unwrap(
        api.POST('/api/projects', {
          body: { title: values.title.trim(), description: values.description, label_config: values.label_config },
        }),
      );
    },
    onSuccess: async (project) => {
      await invalidate();
      notifications.show({ color: 'teal', title: 'Project created', message: `“${project.title}” is ready for data.` });
      void navigate(`/projects/${project.id}/data`);
    },
    onError: (e) => {
      const fields = fieldErrorsOf(e);
      if (Object.keys(fields).length) form.setErrors(fields);
      else notifications.show({ color: 'red', title: 'Could not create the project', message: errorMessage(e) });
    },
  });

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/projects" size="sm">
              Projects
            </Anchor>
            <span>New project</span>
          </Breadcrumbs>
        }
        title="Create project"
        description="Name the project and describe what annotators will label. You can change all of this later in the settings."
      />
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Paper withBorder radius="lg" p="xl" maw={900}>
          <Stack gap="lg">
            <TextInput
              label="Title"
              placeholder="e.g. Support ticket sentiment"
              maxLength={TITLE_MAX}
              required
              data-autofocus
              autoFocus
              {...form.getInputProps('title')}
            />
            <Textarea
              label="Description"
              placeholder="What is this project for?"
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('description')}
            />
            <LabelConfigField
              withTemplates
              value={form.values.label_config}
              onChange={(v) => form.setFieldValue('label_config', v)}
              error={typeof form.errors.label_config === 'string' ? form.errors.label_config : null}
              onError={(message) =>
                message ? form.setFieldError('label_config', message) : form.clearFieldError('label_config')
              }
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" component={Link} to="/projects">
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create project
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </>
  );
}
