import {
  dataKeys,
  findOrphans,
  validateConfig,
  validateResult,
  type ConfigIssue,
  type LabelConfig,
  type LabelItem,
  type Orphan,
  type ResultProblem,
  type UsedLabels,
  type ValidationResult,
} from '@groundwork/label-config';
import { AppError } from '../../platform/errors';

/**
 * The server's view of the labeling-config language: `@groundwork/label-config` does the work,
 * this module caches parsed configs and turns problems into Label Studio's 400 envelope.
 */

const CACHE_SIZE = 256;
const cache = new Map<string, ValidationResult>();

/** Parses and validates a config; results are cached by the XML text (configs rarely change). */
export function analyzeConfig(xml: string): ValidationResult {
  const hit = cache.get(xml);
  if (hit) {
    // Re-insert so the map's order approximates recency.
    cache.delete(xml);
    cache.set(xml, hit);
    return hit;
  }
  const result = validateConfig(xml);
  cache.set(xml, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}

/** `line L, column C: message`, the form every config error takes in our responses. */
export function issueMessage(issue: Pick<ConfigIssue, 'line' | 'column' | 'message'>): string {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}

/** The parsed config, or Label Studio's 400 naming line and column of every error. */
export function assertLabelConfig(xml: string): LabelConfig {
  const check = analyzeConfig(xml);
  if (!check.ok || !check.config) {
    throw new AppError(400, 'invalid_label_config', 'Validation error', { label_config: check.errors.map(issueMessage) });
  }
  return check.config;
}

/** The parsed config when it is valid, else undefined (stored configs were valid when saved). */
export function usableConfig(xml: string): LabelConfig | undefined {
  const check = analyzeConfig(xml);
  return check.ok ? check.config : undefined;
}

/** Task data keys the config reads; empty for a config that does not parse. */
export function configDataKeys(xml: string): string[] {
  const config = analyzeConfig(xml).config;
  return config ? dataKeys(config) : [];
}

/** True when the config has a control tag that writes results (Label Studio's `config_has_control_tags`). */
export function hasControlTags(xml: string): boolean {
  return (analyzeConfig(xml).config?.controls.length ?? 0) > 0;
}

/** Label Studio's `data_types`: data key → the object tag that reads it (`{"text": "Text"}`). */
export function dataTypes(xml: string): Record<string, string> {
  const config = analyzeConfig(xml).config;
  const out: Record<string, string> = {};
  for (const o of config?.objects ?? []) if (o.dataKey && !(o.dataKey in out)) out[o.dataKey] = o.tag;
  return out;
}

function flatItems(items: LabelItem[], out: LabelItem[] = []): LabelItem[] {
  for (const item of items) {
    out.push(item);
    flatItems(item.children, out);
  }
  return out;
}

/**
 * Label Studio's `parsed_label_config`: per control, its type, targets, the objects it reads
 * (`inputs`), its labels and their attributes.
 */
export function parsedLabelConfig(xml: string): Record<string, unknown> {
  const config = analyzeConfig(xml).config;
  const out: Record<string, unknown> = {};
  for (const c of config?.controls ?? []) {
    const inputs = c.toName.flatMap((name) => {
      const o = config!.objects.find((x) => x.name === name);
      if (!o) return [];
      // Label Studio reports the attribute only when the config sets it.
      const written = Object.entries(o.node.rawAttrs).find(([k]) => k.toLowerCase() === 'valuetype');
      return [{ type: o.tag, valueType: written ? written[1] : null, value: o.dataKey ?? o.value }];
    });
    const items = flatItems(c.items);
    out[c.name] = {
      type: c.tag,
      to_name: c.toName,
      inputs,
      labels: items.map((i) => i.value),
      labels_attrs: Object.fromEntries(
        items.map((i) => [
          i.value,
          {
            value: i.value,
            ...(i.alias ? { alias: i.alias } : {}),
            ...(i.background ? { background: i.background } : {}),
            ...(i.hint ? { hint: i.hint } : {}),
          },
        ]),
      ),
      ...(c.dynamic ? { dynamic_labels: true, value: `$${c.dynamicKey ?? ''}` } : {}),
    };
  }
  return out;
}

/** `field.index.path: message` lines for the 400 body, one per problem. */
export function problemMessages(problems: ResultProblem[]): string[] {
  return problems.map((p) => {
    const at = p.index < 0 ? '' : `[${p.index}]${p.path ? (p.path.startsWith('[') ? '' : '.') + p.path : ''}`;
    return at ? `${at}: ${p.message}` : p.message;
  });
}

/**
 * Rejects a result list that does not fit the config with 400 and every problem found. Projects
 * whose config has no control tag yet (Label Studio accepts an empty `<View></View>` while a project
 * is being set up) accept any list of objects.
 */
export function assertResult(xml: string, result: unknown, field = 'result'): void {
  const config = usableConfig(xml);
  if (!config || config.controls.length === 0) return;
  const problems = validateResult(config, result);
  if (problems.length) throw new AppError(400, 'invalid_result', 'Validation error', { [field]: problemMessages(problems) });
}

/** Problems of a result list against a config, for callers that report them with their own context. */
export function resultProblems(config: LabelConfig | undefined, result: unknown): ResultProblem[] {
  if (!config || config.controls.length === 0) return [];
  return validateResult(config, result);
}

/**
 * Label Studio refuses a config change that would orphan labels or controls annotations use;
 * `force` skips the check.
 */
export function assertNoOrphans(oldXml: string, newConfig: LabelConfig, used: UsedLabels): void {
  const oldConfig = analyzeConfig(oldXml).config;
  if (!oldConfig) return;
  const orphans: Orphan[] = findOrphans(oldConfig, newConfig, used);
  if (orphans.length) {
    throw new AppError(
      400,
      'config_orphans_annotations',
      'Created annotations are incompatible with the new labeling config. Pass force=true to change it anyway.',
      { label_config: orphans.map((o) => o.message) },
    );
  }
}
