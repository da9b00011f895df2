import { ActionIcon, Button, Group, Menu, Modal, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { IconCopy, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { DmView } from '../lib/api.types';

interface ViewTabsProps {
  views: DmView[];
  activeId: number | null;
  canManage: boolean;
  busy: boolean;
  onSelect: (id: number) => void;
  onCreate: () => void;
  onRename: (view: DmView, title: string) => void;
  onDuplicate: (view: DmView) => void;
  onDelete: (view: DmView) => void;
}

export function viewTitle(view: DmView): string {
  return typeof view.data.title === 'string' && view.data.title ? view.data.title : `View ${view.id}`;
}

/** The project's saved views as tabs; the active one can be renamed, duplicated or deleted. */
export function ViewTabs({
  views,
  activeId,
  canManage,
  busy,
  onSelect,
  onCreate,
  onRename,
  onDuplicate,
  onDelete,
}: ViewTabsProps) {
  const active = views.find((v) => v.id === activeId) ?? null;
  const [renaming, setRenaming] = useState<DmView | null>(null);
  const [deleting, setDeleting] = useState<DmView | null>(null);
  const [title, setTitle] = useState('');

  return (
    <Group gap="xs" wrap="nowrap" mb="sm" align="flex-end">
      <Tabs
        value={activeId === null ? null : String(activeId)}
        onChange={(v) => v && onSelect(Number(v))}
        style={{ minWidth: 0 }}
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto' }} aria-label="Views">
          {views.map((view) => (
            <Tabs.Tab key={view.id} value={String(view.id)}>
              {viewTitle(view)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {canManage && (
        <ActionIcon variant="subtle" aria-label="Add view" onClick={onCreate} loading={busy} size="lg">
          <IconPlus size={16} />
        </ActionIcon>
      )}
      {canManage && active && (
        <Menu position="bottom-end" shadow="md" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" aria-label="View options" size="lg">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconPencil size={14} />}
              onClick={() => {
                setTitle(viewTitle(active));
                setRenaming(active);
              }}
            >
              Rename view
            </Menu.Item>
            <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => onDuplicate(active)}>
              Duplicate view
            </Menu.Item>
            <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => setDeleting(active)}>
              Delete view
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <Modal opened={renaming !== null} onClose={() => setRenaming(null)} title="Rename view" centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming && title.trim()) onRename(renaming, title.trim());
            setRenaming(null);
          }}
        >
          <Stack>
            <TextInput label="View name" value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRenaming(null)}>
                Cancel
              </Button>
              <Button type="submit" disabled={!title.trim()}>
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete view" centered>
        <Stack>
          <Text size="sm">
            Delete the view “{deleting ? viewTitle(deleting) : ''}”? Its filters, ordering and columns are lost; the tasks stay.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (deleting) onDelete(deleting);
                setDeleting(null);
              }}
            >
              Delete view
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
