import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api.client';

interface ValidResult {
  data_keys?: unknown;
}

/** Asks the server whether a labeling config is valid; resolves with the data fields tasks will need. */
export function useValidateLabelConfig() {
  return useMutation({
    mutationFn: async (labelConfig: string): Promise<string[]> => {
      const result: ValidResult = await unwrap(api.POST('/api/projects/validate', { body: { label_config: labelConfig } }));
      return Array.isArray(result.data_keys) ? result.data_keys.filter((k): k is string => typeof k === 'string') : [];
    },
  });
}

/**
 * The source line a config error points at ("line 3, column 7: …"), so the page can show it.
 * Returns null when the message names no line or the line is outside the config.
 */
export function errorLocation(message: string, config: string): { line: number; column: number; text: string } | null {
  const match = /line (\d+)(?:, column (\d+))?/i.exec(message);
  if (!match) return null;
  const line = Number(match[1]);
  const lines = config.split('\n');
  if (line < 1 || line > lines.length) return null;
  return { line, column: Number(match[2] ?? 0), text: lines[line - 1] };
}
