import { AUDIO_SPEECH_TEMPLATES } from './audio-speech.templates';
import { COMPUTER_VISION_TEMPLATES } from './computer-vision.templates';
import { CONVERSATIONAL_AI_TEMPLATES } from './conversational-ai.templates';
import { DATA_QUALITY_TEMPLATES } from './data-quality.templates';
import { GENERATIVE_AI_TEMPLATES } from './generative-ai.templates';
import { NLP_TEMPLATES } from './natural-language-processing.templates';
import { RANKING_SCORING_TEMPLATES } from './ranking-scoring.templates';
import { STRUCTURED_DATA_TEMPLATES } from './structured-data.templates';
import { TIME_SERIES_TEMPLATES } from './time-series.templates';
import type { Template } from './template.types';
import { TEMPLATE_GROUPS } from './template.types';
import { VIDEO_TEMPLATES } from './videos.templates';

/** The template gallery, in display order. */
export const templates: readonly Template[] = [
  ...COMPUTER_VISION_TEMPLATES,
  ...NLP_TEMPLATES,
  ...AUDIO_SPEECH_TEMPLATES,
  ...CONVERSATIONAL_AI_TEMPLATES,
  ...GENERATIVE_AI_TEMPLATES,
  ...RANKING_SCORING_TEMPLATES,
  ...STRUCTURED_DATA_TEMPLATES,
  ...TIME_SERIES_TEMPLATES,
  ...VIDEO_TEMPLATES,
  ...DATA_QUALITY_TEMPLATES,
];

/** One entry of Label Studio's `GET /api/templates` (a parsed `config.yml`). */
export interface ApiTemplate {
  title: string;
  type: 'community';
  group: string;
  order: number;
  details: string;
  config: string;
  /** Our addition: the slug, so clients can link to a template. */
  id: string;
}

export interface ApiTemplateList {
  templates: ApiTemplate[];
  groups: string[];
}

/**
 * The gallery in Label Studio's `GET /api/templates` shape: `{templates: [...], groups: [...]}`.
 * `details` is HTML there, so descriptions are escaped and wrapped in a paragraph.
 */
export function templatesForApi(): ApiTemplateList {
  const order = new Map<string, number>();
  return {
    templates: templates.map((t) => {
      const n = (order.get(t.group) ?? 0) + 1;
      order.set(t.group, n);
      return {
        id: t.id,
        title: t.title,
        type: 'community',
        group: t.group,
        order: n,
        details: `<p>${escapeHtml(t.description)}</p>`,
        config: t.config,
      };
    }),
    groups: [...TEMPLATE_GROUPS],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
