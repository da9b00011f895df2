export interface Template {
  /** Stable slug, unique across groups. */
  id: string;
  title: string;
  group: TemplateGroup;
  description: string;
  config: string;
  /** Task `data` objects that fit the config, for previews and tests. */
  sampleTasks: Record<string, unknown>[];
}

/** Display groups, in the order the gallery shows them. */
export const TEMPLATE_GROUPS = [
  'Computer Vision',
  'Natural Language Processing',
  'Audio/Speech Processing',
  'Conversational AI',
  'Generative AI',
  'Ranking & Scoring',
  'Structured Data Parsing',
  'Time Series Analysis',
  'Videos',
  'Data Quality',
] as const;

export type TemplateGroup = (typeof TEMPLATE_GROUPS)[number];
