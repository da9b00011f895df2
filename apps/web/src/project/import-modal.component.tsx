import { Alert, Button, Code, FileInput, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconClipboardText, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, unwrap } from '../lib/api.client';
import { plural } from '../lib/format.util';
import { useInvalidateProjects } from '../projects/project.queries';
import { exampleTasks, parseTasksJson } from './import-tasks.util';

interface ImportModalProps {
  projectId: number;
  dataKeys: string[];
  opened: boolean;
  onClose: () => void;
}

type Source = 'paste' | 'file';

/** Imports tasks from pasted JSON or a .json file, and reports the outcome as a toast. */
export function ImportModal({ projectId, dataKeys, opened, onClose }: ImportModalProps) {
  const [source, setSource] = useState<Source>('paste');
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const invalidate = useInvalidateProjects();

  const reset = () => {
    setPasted('');
    setFile(null);
    setInputError(null);
    importTasks.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const importTasks = useMutation({
    mutationFn: (tasks: unknown[]) =>
      unwrap(api.POST('/api/projects/{id}/import', { params: { path: { id: projectId } }, body: tasks })),
    onSuccess: async (result) => {
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
    },
  });

  const submit = async () => {
    setInputError(null);
    const text = source === 'paste' ? pasted : file ? await file.text() : '';
    if (source === 'file' && !file) {
      setInputError('Choose a .json file');
      return;
    }
    const parsed = parseTasksJson(text);
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
            label="JSON file"
            description="A list of tasks, as Label Studio exports them."
            placeholder="Choose a .json file"
            accept="application/json,.json"
            value={file}
            onChange={(f) => {
              setFile(f);
              setInputError(null);
            }}
            error={inputError}
            clearable
            leftSection={<IconFileUpload size={16} />}
          />
        )}
        {importTasks.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Import failed" role="alert">
            {errorMessage(importTasks.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button leftSection={<IconUpload size={16} />} onClick={() => void submit()} loading={importTasks.isPending}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
