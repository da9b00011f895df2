import { Alert, Chip, Group, Loader, ScrollArea, SimpleGrid, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../lib/api.client';
import classes from './template-gallery.module.css';
import { useTemplates } from './template.queries';

interface TemplateGalleryProps {
  /** The config in the editor: the template whose config equals it shows as picked. */
  value: string;
  onPick: (config: string) => void;
}

const ALL = 'All';

/** The template gallery: filter by group or words, pick one to load its config into the editor. */
export function TemplateGallery({ value, onPick }: TemplateGalleryProps) {
  const templates = useTemplates();
  const [group, setGroup] = useState(ALL);
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return (templates.data?.templates ?? []).filter(
      (t) =>
        (group === ALL || t.group === group) &&
        words.every((w) => `${t.title} ${t.group} ${t.details}`.toLowerCase().includes(w)),
    );
  }, [templates.data, group, search]);

  if (templates.isPending) return <Loader size="sm" aria-label="Loading templates" />;
  if (templates.isError) return <Alert color="red">Templates could not be loaded: {errorMessage(templates.error)}</Alert>;

  return (
    <div>
      <Group justify="space-between" mb={6} gap="xs">
        <Text size="sm" fw={500} id="templates-label">
          Start from a template
        </Text>
        <TextInput
          size="xs"
          placeholder="Search templates"
          aria-label="Search templates"
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      <Chip.Group value={group} onChange={(g) => setGroup(g as string)}>
        <Group gap={6} mb="xs" aria-label="Template groups">
          {[ALL, ...templates.data.groups].map((g) => (
            <Chip key={g} value={g} size="xs" variant="outline">
              {g}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ScrollArea.Autosize mah={300} type="auto">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" role="radiogroup" aria-labelledby="templates-label">
          {shown.map((t) => {
            const picked = t.config === value;
            return (
              <UnstyledButton
                key={t.id}
                role="radio"
                aria-checked={picked}
                className={classes.card}
                data-picked={picked || undefined}
                onClick={() => onPick(t.config)}
              >
                <Text size="sm" fw={600}>
                  {t.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t.group}
                </Text>
                {/* `details` is HTML in Label Studio's shape; ours is one escaped paragraph, shown as text. */}
                <Text size="xs" mt={4} lineClamp={2}>
                  {new DOMParser().parseFromString(t.details, 'text/html').body.textContent}
                </Text>
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
        {shown.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            No template matches.
          </Text>
        )}
      </ScrollArea.Autosize>
    </div>
  );
}
