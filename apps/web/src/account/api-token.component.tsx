import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryError } from '../common/query-error.component';
import { api, errorMessage, unwrap } from '../lib/api.client';

const TOKEN_KEY = ['current-user', 'token'] as const;

/** The user's API token for scripts and SDKs, with copy and a confirmed reset. */
export function ApiTokenCard() {
  const qc = useQueryClient();
  const token = useQuery({ queryKey: TOKEN_KEY, queryFn: () => unwrap(api.GET('/api/current-user/token')) });
  const [confirming, confirm] = useDisclosure(false);
  const reset = useMutation({
    mutationFn: () => unwrap(api.POST('/api/current-user/reset-token')),
    onSuccess: (result) => {
      qc.setQueryData(TOKEN_KEY, result);
      confirm.close();
      notifications.show({ color: 'teal', title: 'New token created', message: 'The old token no longer works.' });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not reset the token', message: errorMessage(e) }),
  });

  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="md">
            API token
          </Title>
          <Text size="sm" c="dimmed">
            Scripts, the CLI and Label Studio's SDK authenticate with this token, sent as <Code>Authorization: Token …</Code>.
            Keep it secret.
          </Text>
        </Stack>
        {token.isPending ? (
          <Skeleton h={36} />
        ) : token.isError ? (
          <QueryError error={token.error} onRetry={() => void token.refetch()} title="Could not load the token" />
        ) : (
          <TextInput
            label="Access token"
            value={token.data.token}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="api-token"
            rightSection={
              <CopyButton value={token.data.token} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
                    <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy token">
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            }
          />
        )}
        <Group>
          <Button
            variant="default"
            color="red"
            leftSection={<IconRefresh size={16} />}
            onClick={confirm.open}
            disabled={!token.isSuccess}
          >
            Reset token
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title="Reset the API token?" radius="lg" centered>
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            Scripts and integrations using the current token stop working until you give them the new one.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={() => reset.mutate()} loading={reset.isPending}>
              Reset token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
