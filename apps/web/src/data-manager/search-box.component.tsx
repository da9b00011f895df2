import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  value: string;
  /** Called with the trimmed words once typing pauses. */
  onChange: (search: string) => void;
}

/** Full-text search over the tasks' data, on top of the view's filters. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (debounced !== value) onChange(debounced);
    // Only the typed text drives a search, not a re-render with the same value.
  }, [debounced]);
  return (
    <TextInput
      aria-label="Search tasks"
      placeholder="Search task data"
      leftSection={<IconSearch size={16} />}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText('')} /> : undefined}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      w={260}
    />
  );
}
