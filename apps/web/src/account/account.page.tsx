import { Avatar, Badge, Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY, useCurrentUser } from '../auth/session.hooks';
import { PageHeader } from '../common/page-header.component';
import { api, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import type { SessionUser } from '../lib/api.types';
import { formatDate } from '../lib/format.util';
import { displayName, initialsOf } from '../shell/user-name.util';
import { ApiTokenCard } from './api-token.component';
import { HotkeysCard } from './hotkeys.component';

const ROLE_LABELS: Record<string, string> = {
  owner: 'Owner',
  administrator: 'Administrator',
  manager: 'Manager',
  reviewer: 'Reviewer',
  annotator: 'Annotator',
};

function ProfileSummary({ user }: { user: SessionUser }) {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="xs" ta="center">
        <Avatar size={72} radius="xl" color="teal" variant="filled">
          {initialsOf(user)}
        </Avatar>
        <Text fw={600} fz="lg" data-testid="profile-name">
          {displayName(user)}
        </Text>
        <Text size="sm" c="dimmed" data-testid="profile-email">
          {user.email}
        </Text>
        {user.role && (
          <Badge variant="light" data-testid="profile-role">
            {ROLE_LABELS[user.role] ?? user.role}
          </Badge>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          Member since {formatDate(user.date_joined)}
        </Text>
      </Stack>
    </Paper>
  );
}

function ProfileForm({ user }: { user: SessionUser }) {
  const qc = useQueryClient();
  const form = useForm({ initialValues: { first_name: user.first_name, last_name: user.last_name, phone: user.phone } });
  const save = useMutation({
    mutationFn: (body: typeof form.values) => unwrap(api.PATCH('/api/current-user', { body })),
    onSuccess: (updated) => {
      // The header's name and initials come from the session: update it in place.
      qc.setQueryData<SessionUser | null>(SESSION_KEY, (old) => (old ? { ...old, ...updated } : old));
      form.resetDirty();
      notifications.show({ color: 'teal', title: 'Profile saved', message: 'Your name is updated everywhere.' });
    },
    onError: (e) => {
      form.setErrors(fieldErrorsOf(e));
      notifications.show({ color: 'red', title: 'Could not save the profile', message: errorMessage(e) });
    },
  });
  return (
    <Paper withBorder radius="lg" p="xl">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack gap="md">
          <Title order={2} fz="md">
            Profile
          </Title>
          <Group grow align="flex-start">
            <TextInput label="First name" autoComplete="given-name" maxLength={150} {...form.getInputProps('first_name')} />
            <TextInput label="Last name" autoComplete="family-name" maxLength={150} {...form.getInputProps('last_name')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Email" value={user.email} readOnly disabled description="Your email is your login." />
            <TextInput label="Phone" autoComplete="tel" maxLength={64} {...form.getInputProps('phone')} />
          </Group>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!form.isDirty()}
              leftSection={<IconDeviceFloppy size={16} />}
            >
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** /user/account: who you are, your name, and your API token. */
export function AccountPage() {
  useDocumentTitle('Account · Groundwork');
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="Account" description="Your profile, the token for API access and your editor hotkeys." />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ProfileSummary user={user} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ProfileForm user={user} />
            <ApiTokenCard />
            <HotkeysCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
