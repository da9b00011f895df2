import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';

/** The mark and the name, as the header and the log-in pages show them. */
/** `collapsible` hides the name on phones, where the header needs the room for the user menu. */
export function Logo({ size = 'md', collapsible = false }: { size?: 'md' | 'lg'; collapsible?: boolean }) {
  const large = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={large ? 40 : 30} radius="md" variant="gradient" gradient={{ from: 'teal.7', to: 'cyan.6', deg: 135 }}>
        <IconStack2 size={large ? 24 : 18} stroke={2} aria-hidden />
      </ThemeIcon>
      <Text
        fw={700}
        fz={large ? 26 : 19}
        lh={1}
        style={{ letterSpacing: '-0.02em' }}
        visibleFrom={collapsible ? 'xs' : undefined}
      >
        Groundwork
      </Text>
    </Group>
  );
}
