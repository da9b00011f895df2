import { ActionIcon, Badge, Button, Group, Kbd, Paper, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconKeyboard } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { comboOf, DEFAULT_KEYMAP, describeCombo, normalizeCombo, type EditorAction } from '@groundwork/editor';
import { useState, type KeyboardEvent } from 'react';
import { SESSION_KEY, useCurrentUser } from '../auth/session.hooks';
import { api, errorMessage, unwrap } from '../lib/api.client';
import type { SessionUser } from '../lib/api.types';

/** Label Studio's `custom_hotkeys`: editor action → `{key, active}`. */
type CustomHotkeys = Record<string, { key: string; active?: boolean }>;

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock']);

/** `mod+shift+s` (the editor's spelling) → `ctrl+shift+s` (Label Studio's, what the server stores). */
const toStored = (combo: string) =>
  combo
    .split('+')
    .map((p) => (p === 'mod' ? 'ctrl' : p))
    .join('+');

/** The stored combo in the editor's spelling, for display. */
const toShown = (key: string) => describeCombo(normalizeCombo(key));

function storedHotkeys(user: SessionUser): CustomHotkeys {
  const raw = user.custom_hotkeys as unknown;
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as CustomHotkeys) : {};
}

/**
 * Captures one key combination: focus the field and press the keys. Escape alone cancels
 * (it stays bindable through the server API, but here it leaves the field).
 */
function ComboCapture({ action, onCapture }: { action: EditorAction; onCapture: (combo: string) => void }) {
  const [listening, setListening] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Tab') return;
    e.preventDefault();
    e.stopPropagation();
    if (MODIFIER_KEYS.has(e.key)) return;
    if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) {
      e.currentTarget.blur();
      return;
    }
    onCapture(toStored(comboOf(e.nativeEvent)));
    e.currentTarget.blur();
  };
  return (
    <TextInput
      size="xs"
      readOnly
      w={170}
      aria-label={`New keys for ${action}`}
      data-testid={`hotkey-capture-${action}`}
      placeholder={listening ? 'Press the keys…' : 'Click, then press keys'}
      value=""
      onFocus={() => setListening(true)}
      onBlur={() => setListening(false)}
      onKeyDown={onKeyDown}
      leftSection={<IconKeyboard size={14} />}
    />
  );
}

/** The Account page's "Hotkeys" card: every editor action, its default keys and yours. */
export function HotkeysCard() {
  const user = useCurrentUser();
  const qc = useQueryClient();
  const custom = storedHotkeys(user);
  const save = useMutation({
    mutationFn: (next: CustomHotkeys) => unwrap(api.PATCH('/api/current-user/hotkeys', { body: { custom_hotkeys: next } })),
    onSuccess: (res) => {
      // The labeling page reads the hotkeys from the session user.
      qc.setQueryData<SessionUser | null>(SESSION_KEY, (old) => (old ? { ...old, custom_hotkeys: res.custom_hotkeys } : old));
      notifications.show({ color: 'teal', title: 'Hotkeys saved', message: 'The editor uses them from the next task you open.' });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not save the hotkeys', message: errorMessage(e) }),
  });
  const without = (action: string) => Object.fromEntries(Object.entries(custom).filter(([a]) => a !== action));
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Title order={2} fz="md">
              Hotkeys
            </Title>
            <Text size="sm" c="dimmed">
              Keys of the labeling editor. Ctrl stands for ⌘ on a Mac. Press ? in the editor to see them all.
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconArrowBackUp size={14} />}
            disabled={Object.keys(custom).length === 0}
            loading={save.isPending}
            onClick={() => save.mutate({})}
          >
            Reset all
          </Button>
        </Group>
        <Table verticalSpacing="xs" data-testid="hotkeys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Action</Table.Th>
              <Table.Th>Default</Table.Th>
              <Table.Th>Yours</Table.Th>
              <Table.Th>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {DEFAULT_KEYMAP.map((binding) => {
              const mine = custom[binding.action];
              return (
                <Table.Tr key={binding.action} data-testid={`hotkey-row-${binding.action}`}>
                  <Table.Td>
                    <Text size="sm">{binding.description}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {binding.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {binding.keys.map((k) => (
                        <Kbd key={k}>{describeCombo(k)}</Kbd>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td data-testid={`hotkey-current-${binding.action}`}>
                    {!mine ? (
                      <Text size="xs" c="dimmed">
                        default
                      </Text>
                    ) : mine.active === false ? (
                      <Badge color="gray" variant="light">
                        off
                      </Badge>
                    ) : (
                      <Kbd>{toShown(mine.key)}</Kbd>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ComboCapture
                        action={binding.action}
                        onCapture={(key) => save.mutate({ ...custom, [binding.action]: { key, active: true } })}
                      />
                      <Tooltip label="Back to the default">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Reset ${binding.action}`}
                          disabled={!mine}
                          onClick={() => save.mutate(without(binding.action))}
                        >
                          <IconArrowBackUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
