import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileTypeJs } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError, errorMessage } from '../lib/api.client';
import { saveBlob } from '../lib/download.util';

const FORMATS = [
  { type: 'JSON', title: 'JSON', description: 'Tasks with their annotations, in Label Studio’s format' },
  { type: 'JSON_MIN', title: 'JSON-MIN', description: 'One flat record per annotation' },
] as const;

type ExportType = (typeof FORMATS)[number]['type'];

/** Downloads the project's annotations in the format picked. */
export function ExportMenu({ projectId }: { projectId: number }) {
  const download = useMutation({
    mutationFn: async (exportType: ExportType) => {
      const { data, error, response } = await api.GET('/api/projects/{id}/export', {
        params: { path: { id: projectId }, query: { exportType } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) {
        const detail = typeof error === 'object' && error && 'detail' in error ? String(error.detail) : response.statusText;
        throw new ApiError(response.status, detail, {});
      }
      saveBlob(data, response, `project-${projectId}-${exportType}.json`);
      return exportType;
    },
    onSuccess: (exportType) =>
      notifications.show({ color: 'teal', title: 'Export ready', message: `Downloaded the ${exportType} export.` }),
    onError: (e) => notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(e) }),
  });

  return (
    <Menu position="bottom-end" width={300} shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={download.isPending}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Download as</Menu.Label>
        {FORMATS.map((f) => (
          <Menu.Item key={f.type} leftSection={<IconFileTypeJs size={18} />} onClick={() => download.mutate(f.type)}>
            <Text size="sm" fw={500}>
              {f.title}
            </Text>
            <Text size="xs" c="dimmed">
              {f.description}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
