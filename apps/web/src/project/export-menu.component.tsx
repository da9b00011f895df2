import { Button, Loader, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconDownload,
  IconFileText,
  IconFileTypeCsv,
  IconFileTypeJs,
  IconFileTypeZip,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ApiError, errorMessage, unwrap } from '../lib/api.client';
import { saveBlob } from '../lib/download.util';
import { snapshotKeys } from './snapshots.queries';

/** The file extension a format's export usually has, for when the server names no file. */
function extensionOfFormat(exportType: string): string {
  switch (exportType) {
    case 'JSON':
    case 'JSON_MIN':
      return 'json';
    case 'CSV':
      return 'csv';
    case 'TSV':
      return 'tsv';
    case 'CONLL2003':
      return 'txt';
    default:
      // COCO, VOC, YOLO*, *_WITH_IMAGES, BRUSH_TO_PNG, ASR_MANIFEST: a zip, as Label Studio's.
      return 'zip';
  }
}

const EXTENSION_BY_CONTENT_TYPE: Record<string, string> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/zip': 'zip',
  'text/plain': 'txt',
};

/** The extension the response's content type calls for, else the format's usual one. */
function extensionOf(exportType: string, response: Response): string {
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return EXTENSION_BY_CONTENT_TYPE[type] ?? extensionOfFormat(exportType);
}

function FormatIcon({ exportType }: { exportType: string }) {
  switch (extensionOfFormat(exportType)) {
    case 'json':
      return <IconFileTypeJs size={18} />;
    case 'csv':
    case 'tsv':
      return <IconFileTypeCsv size={18} />;
    case 'zip':
      return <IconFileTypeZip size={18} />;
    default:
      return <IconFileText size={18} />;
  }
}

/** Downloads the project's annotations in the format picked, of those the server offers for its config. */
export function ExportMenu({ projectId }: { projectId: number }) {
  // Same cache entry as the snapshots page, which shows only the enabled formats.
  const formats = useQuery({
    queryKey: snapshotKeys.formats(projectId),
    queryFn: () => unwrap(api.GET('/api/projects/{id}/export/formats', { params: { path: { id: projectId } } })),
    staleTime: 60_000,
  });

  const download = useMutation({
    mutationFn: async (exportType: string) => {
      const { data, error, response } = await api.GET('/api/projects/{id}/export', {
        params: { path: { id: projectId }, query: { exportType } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) {
        const detail = typeof error === 'object' && error && 'detail' in error ? String(error.detail) : response.statusText;
        throw new ApiError(response.status, detail, {});
      }
      // The server's Content-Disposition names the file; this is only the fallback.
      saveBlob(data as Blob, response, `project-${projectId}-${exportType}.${extensionOf(exportType, response)}`);
      return exportType;
    },
    onSuccess: (exportType) =>
      notifications.show({ color: 'teal', title: 'Export ready', message: `Downloaded the ${exportType} export.` }),
    onError: (e) => notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(e) }),
  });

  return (
    <Menu position="bottom-end" width={340} shadow="md">
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
      <Menu.Dropdown mah="70vh" style={{ overflowY: 'auto' }}>
        <Menu.Label>Download as</Menu.Label>
        {formats.isPending && (
          <Menu.Item disabled leftSection={<Loader size={14} />}>
            Loading formats…
          </Menu.Item>
        )}
        {formats.isError && (
          <Text size="sm" c="red" px="sm" py={6} role="alert">
            Could not load the export formats: {errorMessage(formats.error)}
          </Text>
        )}
        {formats.data?.map((f) => (
          <Menu.Item
            key={f.name}
            disabled={f.disabled}
            title={f.disabled ? "Not available for this project's labeling config" : undefined}
            leftSection={<FormatIcon exportType={f.name} />}
            onClick={() => download.mutate(f.name)}
          >
            <Text size="sm" fw={500}>
              {f.title}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={3}>
              {f.disabled ? "Not available for this project's labeling config. " : ''}
              {f.description}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
