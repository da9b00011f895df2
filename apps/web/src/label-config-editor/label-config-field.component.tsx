import { Alert, Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconCode } from '@tabler/icons-react';
import { errorMessage, fieldErrorsOf } from '../lib/api.client';
import { errorLocation, useValidateLabelConfig } from './label-config.hooks';
import { ConfigPreview } from './config-preview.component';
import { TemplateGallery } from './template-gallery.component';

interface LabelConfigFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The error to show under the editor, from the form (a failed save or a failed check). */
  error?: string | null;
  onError: (message: string | null) => void;
  withTemplates?: boolean;
}

/** The labeling config XML, with the template gallery to pick from and a server-side check that points at the bad line. */
export function LabelConfigField({ value, onChange, error, onError, withTemplates = false }: LabelConfigFieldProps) {
  const validate = useValidateLabelConfig();
  const location = error ? errorLocation(error, value) : null;
  const keys = validate.isSuccess && validate.variables === value ? validate.data : null;

  const check = () =>
    validate.mutate(value, {
      onSuccess: () => onError(null),
      onError: (e) => onError(fieldErrorsOf(e).label_config ?? errorMessage(e)),
    });

  return (
    <Stack gap="xs">
      {withTemplates && (
        <TemplateGallery
          value={value}
          onPick={(config) => {
            onChange(config);
            onError(null);
          }}
        />
      )}
      <Textarea
        label="Labeling configuration"
        description="Label Studio's XML: object tags show the data ($field comes from each task), control tags collect the labels."
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          if (error) onError(null);
        }}
        error={error}
        autosize
        minRows={8}
        maxRows={22}
        spellCheck={false}
        required
        // The error is spelled out below; turning the whole config red would only make it harder to read.
        styles={{
          input: {
            fontFamily: 'var(--mantine-font-family-monospace)',
            fontSize: 13,
            lineHeight: 1.55,
            color: 'var(--mantine-color-text)',
          },
        }}
      />
      {location && (
        <Alert color="red" variant="light" p="xs" icon={<IconCode size={16} />} aria-label="Config error location">
          <Text size="xs" c="dimmed" mb={4}>
            Line {location.line}
            {location.column ? `, column ${location.column}` : ''}
          </Text>
          <Code block fz={12}>
            <Text span c="dimmed" fz={12} ff="monospace" mr="sm" aria-hidden>
              {location.line}
            </Text>
            {location.text || ' '}
          </Code>
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCheck size={14} />}
          onClick={check}
          loading={validate.isPending}
          disabled={!value.trim()}
        >
          Check config
        </Button>
        {/* A live region that is always there, so screen readers announce the result when it appears. */}
        <div role="status" aria-live="polite">
          {keys && !error && (
            <Text size="sm" c="teal.7">
              Config is valid
              {keys.length > 0 && (
                <>
                  {' '}
                  — tasks need {keys.length > 1 ? 'the fields' : 'the field'}{' '}
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ', '}
                      <Code>{k}</Code>
                    </span>
                  ))}
                </>
              )}
            </Text>
          )}
        </div>
      </Group>
      <ConfigPreview config={value} />
    </Stack>
  );
}
