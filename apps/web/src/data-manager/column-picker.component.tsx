import { Button, Checkbox, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { toggleHidden, type ColumnDef } from './columns.util';

interface ColumnPickerProps {
  columns: ColumnDef[];
  /** The view's hidden column ids; undefined means the defaults. */
  hidden: string[] | undefined;
  onChange: (hidden: string[]) => void;
  disabled?: boolean;
}

/** Shows or hides the table's columns; the choice is saved in the view (`hiddenColumns.explore`). */
export function ColumnPicker({ columns, hidden, onChange, disabled }: ColumnPickerProps) {
  const shown = (def: ColumnDef) => (hidden ? !hidden.includes(def.id) : !def.hiddenByDefault);
  const displayable = columns.filter((c) => c.displayable);
  const group = (title: string, defs: ColumnDef[]) =>
    defs.length > 0 && (
      <Stack gap={6}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {title}
        </Text>
        {defs.map((def) => (
          <Checkbox
            key={def.id}
            label={def.title}
            checked={shown(def)}
            onChange={() => onChange(toggleHidden(columns, hidden, def.id))}
            size="sm"
          />
        ))}
      </Stack>
    );
  return (
    <Popover position="bottom-start" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />} disabled={disabled}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="column-picker">
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap="md" pr="sm">
            {group(
              'Data',
              displayable.filter((c) => c.isData),
            )}
            {group(
              'Task',
              displayable.filter((c) => !c.isData),
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
