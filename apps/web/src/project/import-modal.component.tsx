import { Alert, Button, Code, FileInput, Group, Modal, Progress, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconClipboardText, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage, unwrap } from '../lib/api.client';
import { plural } from '../lib/format.util';
import { useInvalidateProjects } from './project.queries';
import { IMPORT_ACCEPT, uploadImport } from './file-import.util';
import { exampleTasks, parseTasksJson } from './import-tasks.util';

interface ImportModalProps {
  projectId: number;
  dataKeys: string[];
  opened: boolean;
  onClose: () => void;
}

type Source = 'paste' | 'file';

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

/**
 * Imports tasks from pasted JSON (at once), or from files (JSON, JSON Lines, CSV, TSV, TXT, media)
 * as a background job whose upload and import progress it shows; reports the outcome as a toast.
 */
export function ImportModal({ projectId, dataKeys, opened, onClose }: ImportModalProps) {
  const [source, setSource] = useState<Source>('paste');
  const [pasted, setPasted] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState(0);
  const [jobId, setJobId] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const invalidate = useInvalidateProjects();

  const reset = () => {
    setPasted('');
    setFiles([]);
    setInputError(null);
    setUploaded(0);
    setJobId(null);
    importTasks.reset();
    upload.reset();
  };
  const close = () => {
    abort.current?.abort();
    reset();
    onClose();
  };

  const finished = async (result: { task_count: number; annotation_count: number; prediction_count: number }) => {
    await invalidate();
    const extras = [
      result.annotation_count ? plural(result.annotation_count, 'annotation') : '',
      result.prediction_count ? plural(result.prediction_count, 'prediction') : '',
    ].filter(Boolean);
    notifications.show({
      color: 'teal',
      title: 'Import finished',
      message: `Imported ${plural(result.task_count, 'task')}${extras.length ? ` with ${extras.join(' and ')}` : ''}.`,
    });
    close();
  };

  const upload = useMutation({
    mutationFn: (chosen: File[]) => {
      abort.current = new AbortController();
      return uploadImport(projectId, chosen, setUploaded, abort.current.signal);
    },
    onSuccess: (id) => setJobId(id),
  });

  // The job's progress, polled until it ends.
  const job = useQuery({
    queryKey: ['projects', 'detail', projectId, 'imports', jobId],
    queryFn: () =>
      unwrap(api.GET('/api/projects/{id}/imports/{importId}', { params: { path: { id: projectId, importId: jobId ?? 0 } } })),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && FINISHED.has(q.state.data.status) ? false : 500),
  });
  const jobStatus = job.data?.status;
  useEffect(() => {
    if (jobStatus === 'completed' && job.data) void finished(job.data);
    // Runs once per finished job.
  }, [jobStatus]);

  const cancelJob = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/projects/{id}/imports/{importId}/cancel', { params: { path: { id: projectId, importId: jobId ?? 0 } } }),
      ),
    onSuccess: () => job.refetch(),
  });
  const working = upload.isPending || (jobId !== null && !FINISHED.has(jobStatus ?? 'created'));

  const importTasks = useMutation({
    mutationFn: (tasks: unknown[]) =>
      unwrap(api.POST('/api/projects/{id}/import', { params: { path: { id: projectId } }, body: tasks })),
    onSuccess: finished,
  });

  const submit = async () => {
    setInputError(null);
    if (source === 'file') {
      if (!files.length) {
        setInputError('Choose one or more files');
        return;
      }
      setJobId(null);
      setUploaded(0);
      upload.mutate(files);
      return;
    }
    const parsed = parseTasksJson(pasted);
    if (!parsed.ok) {
      setInputError(parsed.error);
      return;
    }
    importTasks.mutate(parsed.tasks);
  };

  return (
    <Modal opened={opened} onClose={close} title="Import tasks" size="lg" radius="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          A task is a JSON object with the fields your labeling config reads
          {dataKeys.length > 0 && (
            <>
              {' '}
              (
              {dataKeys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ', '}
                  <Code>{k}</Code>
                </span>
              ))}
              )
            </>
          )}
          . Tasks may also carry <Code>annotations</Code> and <Code>predictions</Code>, as in Label Studio.
        </Text>
        <SegmentedControl
          value={source}
          onChange={(v) => {
            setSource(v === 'file' ? 'file' : 'paste');
            setInputError(null);
          }}
          data={[
            {
              value: 'paste',
              label: (
                <Group gap={6} justify="center" wrap="nowrap">
                  <IconClipboardText size={16} aria-hidden />
                  Paste JSON
                </Group>
              ),
            },
            {
              value: 'file',
              label: (
                <Group gap={6} justify="center" wrap="nowrap">
                  <IconFileUpload size={16} aria-hidden />
                  Upload file
                </Group>
              ),
            },
          ]}
        />
        {source === 'paste' ? (
          <Textarea
            label="Tasks as JSON"
            placeholder={exampleTasks(dataKeys)}
            value={pasted}
            onChange={(e) => {
              setPasted(e.currentTarget.value);
              setInputError(null);
            }}
            error={inputError}
            autosize
            minRows={8}
            maxRows={16}
            spellCheck={false}
            data-autofocus
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          />
        ) : (
          <FileInput
            label="Files"
            description="JSON, JSON Lines, CSV, TSV or TXT (one task per row or line), or media files (images, audio, video, PDF, HTML: one task each). Any size: files stream to the server."
            placeholder="Choose files"
            accept={IMPORT_ACCEPT}
            multiple
            value={files}
            onChange={(f) => {
              setFiles(f);
              setInputError(null);
            }}
            error={inputError}
            clearable
            disabled={working}
            leftSection={<IconFileUpload size={16} />}
          />
        )}
        {upload.isPending && (
          <div>
            <Text size="sm" mb={4}>
              Uploading… {Math.round(uploaded * 100)}%
            </Text>
            <Progress value={uploaded * 100} aria-label="Upload progress" />
          </div>
        )}
        {jobId !== null && job.data && job.data.status !== 'completed' && (
          <div data-testid="import-progress">
            <Text size="sm" mb={4}>
              {job.data.status === 'failed'
                ? 'Import failed; no tasks were kept.'
                : job.data.status === 'cancelled'
                  ? 'Import cancelled; no tasks were kept.'
                  : `Importing… ${job.data.tasks_read.toLocaleString()} read, ${job.data.task_count.toLocaleString()} added`}
            </Text>
            {!FINISHED.has(job.data.status) && <Progress value={100} striped animated aria-label="Import progress" />}
          </div>
        )}
        {job.data?.status === 'failed' && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Import failed" role="alert">
            {job.data.error}
          </Alert>
        )}
        {upload.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Upload failed" role="alert">
            {errorMessage(upload.error)}
          </Alert>
        )}
        {importTasks.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Import failed" role="alert">
            {errorMessage(importTasks.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          {jobId !== null && working ? (
            <Button variant="default" color="red" onClick={() => cancelJob.mutate()} loading={cancelJob.isPending}>
              Cancel import
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
          )}
          <Button leftSection={<IconUpload size={16} />} onClick={() => void submit()} loading={importTasks.isPending || working}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
