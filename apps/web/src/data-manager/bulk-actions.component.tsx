import { Alert, Button, Group, Menu, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../lib/api.client';
import type { DmAction } from '../lib/api.types';
import { plural } from '../lib/format.util';
import { useActions, useRunAction } from './dm.queries';
import type { Selection } from './dm.types';
import { selectionBody } from './selection.util';

interface BulkActionsProps {
  projectId: number;
  viewId: number | null;
  search: string;
  selection: Selection;
  selectedCount: number;
  onDone: () => void;
}

interface FormField {
  type: string;
  name: string;
  label?: string;
  options?: (string | number)[];
}

function formOf(action: DmAction): FormField[] {
  return ((action.dialog.form ?? []) as FormField[]).filter((f) => f && typeof f.name === 'string');
}

const DANGER = /delete|remove/i;

/** The project's bulk actions on the selected tasks, each behind a confirmation that says how many it touches. */
export function BulkActions({ projectId, viewId, search, selection, selectedCount, onDone }: BulkActionsProps) {
  const actions = useActions(projectId);
  const run = useRunAction(projectId);
  const [pending, setPending] = useState<DmAction | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});

  const open = (action: DmAction) => {
    setForm({});
    run.reset();
    setPending(action);
  };
  const confirm = () => {
    if (!pending) return;
    run.mutate(
      { action: pending.id, viewId, selection: selectionBody(selection), search, form },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            title: pending.title,
            message: result.detail || `Done: ${plural(result.processed_items, 'task')}.`,
          });
          setPending(null);
          onDone();
        },
      },
    );
  };
  const list = [...(actions.data ?? [])].sort((a, b) => a.order - b.order);
  const fields = pending ? formOf(pending) : [];
  const formComplete = fields.every((f) => f.type !== 'select' || !f.options?.length || form[f.name]);

  return (
    <>
      <Menu position="bottom-start" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconListCheck size={16} />}
            rightSection={<IconChevronDown size={14} />}
            disabled={selectedCount === 0 || list.length === 0}
          >
            {selectedCount > 0 ? `${plural(selectedCount, 'task')} selected` : 'Actions'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {list.map((action) => (
            <Menu.Item key={action.id} color={DANGER.test(action.id) ? 'red' : undefined} onClick={() => open(action)}>
              {action.title}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={pending !== null} onClose={() => setPending(null)} title={pending?.dialog.title || pending?.title} centered>
        {pending && (
          <Stack>
            <Text size="sm">{pending.dialog.text}</Text>
            <Text size="sm" fw={600} data-testid="action-count">
              This applies to {plural(selectedCount, 'task')}.
            </Text>
            {fields.map((f) =>
              f.type === 'select' ? (
                <Select
                  key={f.name}
                  label={f.label ?? f.name}
                  data={(f.options ?? []).map(String)}
                  value={form[f.name] ?? null}
                  onChange={(v) => setForm((all) => ({ ...all, [f.name]: v ?? '' }))}
                />
              ) : (
                <TextInput
                  key={f.name}
                  label={f.label ?? f.name}
                  value={form[f.name] ?? ''}
                  onChange={(e) => setForm((all) => ({ ...all, [f.name]: e.currentTarget.value }))}
                />
              ),
            )}
            {run.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(run.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Cancel
              </Button>
              <Button
                color={DANGER.test(pending.id) ? 'red' : undefined}
                loading={run.isPending}
                disabled={!formComplete}
                onClick={confirm}
              >
                {pending.title}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
