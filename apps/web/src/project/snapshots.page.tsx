import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Code,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconDownload, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { EmptyState } from '../common/empty-state.component';
import { PageHeader } from '../common/page-header.component';
import { QueryError } from '../common/query-error.component';
import { api, errorMessage, unwrap } from '../lib/api.client';
import { saveBlob } from '../lib/download.util';
import { formatCount } from '../lib/format.util';
import { useProject } from './project.queries';
import { projectStatus } from './project-status.component';
import { CreateSnapshotModal } from './snapshots-create.component';
import {
  downloadSnapshot,
  snapshotKeys,
  useExportFormats,
  useSnapshots,
  type ExportFormatInfo,
  type Snapshot,
} from './snapshots.queries';

const STATUS_COLORS: Record<Snapshot['status'], string> = {
  created: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  failed: 'red',
};

const STATUS_LABELS: Record<Snapshot['status'], string> = {
  created: 'Queued',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function creatorOf(s: Snapshot): string {
  const c = s.created_by;
  if (!c) return 'Unknown';
  const name = `${c.first_name} ${c.last_name}`.trim();
  return name ? `${name} (${c.email})` : c.email;
}

function StatusBadge({ status }: { status: Snapshot['status'] }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** Download and convert menus, and delete behind a confirmation, for one snapshot. */
function SnapshotActions({
  projectId,
  snapshot,
  formats,
}: {
  projectId: number;
  snapshot: Snapshot;
  formats: ExportFormatInfo[];
}) {
  const qc = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const ready = snapshot.status === 'completed';
  const refresh = () => qc.invalidateQueries({ queryKey: snapshotKeys.list(projectId) });

  const download = useMutation({
    mutationFn: async (exportType: string) => {
      const { blob, response } = await downloadSnapshot(projectId, snapshot.id, exportType);
      saveBlob(blob, response, `snapshot-${snapshot.id}-${exportType}`);
      return exportType;
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Download failed', message: errorMessage(e) }),
  });
  const convert = useMutation({
    mutationFn: (exportType: string) =>
      unwrap(
        api.POST('/api/projects/{id}/exports/{export_pk}/convert', {
          params: { path: { id: projectId, export_pk: snapshot.id } },
          body: { export_type: exportType },
        }),
      ),
    onSuccess: async (res) => {
      await refresh();
      notifications.show({ color: 'teal', title: 'Conversion started', message: `Converting to ${res.export_type}.` });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not convert', message: errorMessage(e) }),
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/projects/{id}/exports/{export_pk}', { params: { path: { id: projectId, export_pk: snapshot.id } } }),
      ),
    onSuccess: async () => {
      confirm.close();
      await refresh();
      notifications.show({ color: 'teal', title: 'Snapshot deleted', message: `“${snapshot.title}” and its files are gone.` });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not delete the snapshot', message: errorMessage(e) }),
  });
  const convertible = formats.filter((f) => f.name !== 'JSON');

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            disabled={!ready}
            loading={download.isPending}
            aria-label={`Download snapshot ${snapshot.id}`}
          >
            Download
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Download as</Menu.Label>
          {formats.map((f) => (
            <Menu.Item key={f.name} onClick={() => download.mutate(f.name)}>
              {f.title}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <Tooltip label="Convert and keep the file with the snapshot" disabled={!ready}>
            <ActionIcon
              variant="default"
              size="md"
              disabled={!ready || !convertible.length}
              loading={convert.isPending}
              aria-label={`Convert snapshot ${snapshot.id}`}
            >
              <IconRefresh size={16} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Convert to</Menu.Label>
          {convertible.map((f) => (
            <Menu.Item key={f.name} onClick={() => convert.mutate(f.name)}>
              {f.title}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ActionIcon variant="subtle" color="red" size="md" onClick={confirm.open} aria-label={`Delete snapshot ${snapshot.id}`}>
        <IconTrash size={16} />
      </ActionIcon>
      <Modal opened={confirming} onClose={confirm.close} title="Delete snapshot?" radius="lg" centered>
        <Stack>
          <Text size="sm">
            This deletes <b>{snapshot.title}</b> and every file converted from it. The project's tasks are not touched.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete snapshot
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

function SnapshotTable({
  projectId,
  snapshots,
  formats,
}: {
  projectId: number;
  snapshots: Snapshot[];
  formats: ExportFormatInfo[];
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Snapshots">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ID</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th ta="right">Tasks</Table.Th>
            <Table.Th>MD5</Table.Th>
            <Table.Th>Conversions</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {snapshots.map((s) => (
            <Table.Tr key={s.id} data-snapshot-id={s.id}>
              <Table.Td>{s.id}</Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" fw={500} truncate>
                  {s.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={s.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{creatorOf(s)}</Text>
                <Text size="xs" c="dimmed">
                  {when.format(new Date(s.created_at))}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{s.counters.task_number === undefined ? '—' : formatCount(s.counters.task_number)}</Table.Td>
              <Table.Td>
                {s.md5 ? (
                  <Tooltip label={s.md5}>
                    <Code>{s.md5.slice(0, 8)}</Code>
                  </Tooltip>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {s.converted_formats.length
                    ? s.converted_formats.map((f) => (
                        <Tooltip key={f.id} label={f.traceback ?? STATUS_LABELS[f.status]}>
                          <Badge size="sm" variant="outline" color={STATUS_COLORS[f.status]}>
                            {f.export_type}
                          </Badge>
                        </Tooltip>
                      ))
                    : '—'}
                </Group>
              </Table.Td>
              <Table.Td>
                <SnapshotActions projectId={projectId} snapshot={s} formats={formats} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /projects/{id}/snapshots: frozen versions of the project's data, to download and convert at any time. */
export function SnapshotsPage() {
  const id = Number(useParams().id);
  const project = useProject(id);
  const snapshots = useSnapshots(id);
  const formats = useExportFormats(id);
  const [creating, createModal] = useDisclosure(false);
  useDocumentTitle(project.data ? `Snapshots · ${project.data.title} · Groundwork` : 'Snapshots · Groundwork');

  const status = projectStatus(id, project);
  if (status || !project.data) return status;
  const p = project.data;
  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
      Create snapshot
    </Button>
  );

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/projects" size="sm">
              Projects
            </Anchor>
            <Anchor component={Link} to={`/projects/${p.id}/data`} size="sm" truncate maw={300}>
              {p.title}
            </Anchor>
            <Text size="sm">Snapshots</Text>
          </Breadcrumbs>
        }
        title="Snapshots"
        description="Each snapshot freezes the project's tasks and annotations as they are now, so a dataset version can be downloaded in any format later."
        actions={createButton}
      />
      {snapshots.isError ? (
        <QueryError error={snapshots.error} onRetry={() => void snapshots.refetch()} />
      ) : snapshots.data && !snapshots.data.length ? (
        <EmptyState icon={<IconCamera size={28} />} title="No snapshots yet" action={createButton}>
          Create a snapshot to keep this version of the data; you can download or convert it whenever you need it.
        </EmptyState>
      ) : (
        <SnapshotTable projectId={p.id} snapshots={snapshots.data ?? []} formats={formats.data ?? []} />
      )}
      <CreateSnapshotModal projectId={p.id} opened={creating} onClose={createModal.close} />
    </>
  );
}
