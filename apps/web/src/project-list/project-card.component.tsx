import { Card, Group, Progress, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBrain, IconCheckbox, IconListDetails } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Project } from '../lib/api.types';
import { formatCount, formatDate } from '../lib/format.util';
import classes from './project-card.module.css';

function Stat({ icon, value, one }: { icon: ReactNode; value: number; one: string }) {
  const label = value === 1 ? one : `${one}s`;
  return (
    <Tooltip label={`${one[0].toUpperCase()}${one.slice(1)}s`} withArrow>
      <Group gap={4} wrap="nowrap" c="dimmed" data-testid={`card-${one}s`}>
        {icon}
        <Text size="sm" fw={500} c="var(--mantine-color-text)">
          {formatCount(value)}
          <VisuallyHidden> {label}</VisuallyHidden>
        </Text>
      </Group>
    </Tooltip>
  );
}

/** Label Studio stores white as "no colour"; only a real colour earns the accent bar. */
function accentOf(color: string): string | undefined {
  return /^#?(f{3}|f{6})$/i.test(color.trim()) || !color.trim() ? undefined : color;
}

export function ProjectCard({ project }: { project: Project }) {
  const done = project.finished_task_number;
  const total = project.task_number;
  const percent = total ? Math.round((done / total) * 100) : 0;
  const accent = accentOf(project.color);
  return (
    <Card
      component={Link}
      to={`/projects/${project.id}/data`}
      withBorder
      radius="lg"
      padding="lg"
      className={classes.card}
      style={accent ? { borderTop: `3px solid ${accent}` } : undefined}
      data-testid="project-card"
    >
      <Stack gap="sm" h="100%">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={600} fz="md" lineClamp={1} className={classes.title}>
            {project.title || 'Untitled project'}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={2} mih={40}>
            {project.description || 'No description'}
          </Text>
        </Stack>
        <Group gap="lg">
          <Stat icon={<IconListDetails size={16} aria-hidden />} value={project.task_number} one="task" />
          <Stat icon={<IconCheckbox size={16} aria-hidden />} value={project.total_annotations_number} one="annotation" />
          <Stat icon={<IconBrain size={16} aria-hidden />} value={project.total_predictions_number} one="prediction" />
        </Group>
        <Stack gap={6}>
          <Progress value={percent} size="sm" radius="xl" aria-label={`${percent}% of tasks done`} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed" data-testid="project-progress">
              {formatCount(done)} of {formatCount(total)} tasks done
            </Text>
            <Text size="xs" c="dimmed">
              {formatDate(project.created_at)}
            </Text>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
