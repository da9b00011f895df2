import { Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Editor } from '@groundwork/editor';
import { sampleTask, validateConfig } from '@groundwork/label-config';
import { useMemo } from 'react';

/**
 * The labeling interface a config produces, on sample data that fits it, updated as the config is
 * edited. Parsing happens in the browser: the same package the server validates with.
 */
export function ConfigPreview({ config }: { config: string }) {
  const [settled] = useDebouncedValue(config, 300);
  const preview = useMemo(() => {
    const checked = validateConfig(settled);
    if (!checked.ok || !checked.config)
      return { error: checked.errors[0] ? `Line ${checked.errors[0].line}: ${checked.errors[0].message}` : 'Invalid config' };
    return { config: checked.config, data: sampleTask(checked.config).data };
  }, [settled]);

  return (
    <Paper withBorder radius="md" p="md" aria-label="Labeling interface preview" role="region">
      <Text size="sm" fw={500} mb="xs">
        Preview
      </Text>
      {preview.config ? (
        <Editor key={settled} config={preview.config} task={{ id: 'preview', data: preview.data }} showRegionList={false} />
      ) : (
        <Text size="sm" c="dimmed">
          The preview appears when the config is valid ({preview.error}).
        </Text>
      )}
    </Paper>
  );
}
