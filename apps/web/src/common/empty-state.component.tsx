import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  /** What to do next: usually one primary button. */
  action?: ReactNode;
  withBorder?: boolean;
}

/** What a page shows when it has nothing yet, always with the next step to take. */
export function EmptyState({ icon, title, children, action, withBorder = true }: EmptyStateProps) {
  return (
    <Paper withBorder={withBorder} radius="lg" p={48} style={withBorder ? { borderStyle: 'dashed' } : undefined} bg="transparent">
      <Stack align="center" gap="sm" maw={460} mx="auto" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          {icon}
        </ThemeIcon>
        <Title order={3} fz="lg">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {children}
        </Text>
        {action && <div style={{ marginTop: 8 }}>{action}</div>}
      </Stack>
    </Paper>
  );
}
