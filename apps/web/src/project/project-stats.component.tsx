import { Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBrain, IconCheckbox, IconCircleCheck, IconListDetails } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Project } from '../lib/api.types';
import { formatCount } from '../lib/format.util';

interface StatCardProps {
  label: string;
  value: number;
  icon: ReactNode;
  color: string;
  /** A dimmed note after the number, e.g. a percentage. */
  note?: string;
  children?: ReactNode;
}

function StatCard({ label, value, icon, color, note, children }: StatCardProps) {
  return (
    <Paper withBorder radius="lg" p="md" data-testid={`stat-${label.toLowerCase()}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {label}
          </Text>
          <Group gap={8} align="baseline">
            <Text fz={26} fw={700} lh={1.2} data-testid="stat-value">
              {formatCount(value)}
            </Text>
            {note && (
              <Text size="sm" c="dimmed">
                {note}
              </Text>
            )}
          </Group>
        </Stack>
        <ThemeIcon variant="light" color={color} size={38} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
      {children}
    </Paper>
  );
}

/** The project's counts, as the projects list shows them, with progress towards done. */
export function ProjectStats({ project }: { project: Project }) {
  const percent = project.task_number ? Math.round((project.finished_task_number / project.task_number) * 100) : 0;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="lg">
      <StatCard label="Tasks" value={project.task_number} icon={<IconListDetails size={20} />} color="blue" />
      <StatCard label="Annotations" value={project.total_annotations_number} icon={<IconCheckbox size={20} />} color="teal" />
      <StatCard label="Predictions" value={project.total_predictions_number} icon={<IconBrain size={20} />} color="violet" />
      <StatCard
        label="Done"
        value={project.finished_task_number}
        note={`${percent}%`}
        icon={<IconCircleCheck size={20} />}
        color="green"
      >
        <Progress value={percent} size="sm" radius="xl" mt="sm" aria-label={`${percent}% of tasks done`} />
      </StatCard>
    </SimpleGrid>
  );
}
