import type { ExportItem, RegionValue } from './export-items';
import { isPyInt, pyStr } from './python';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The converter's `prettify_result`: the values of one control, simplified for tabular and
 * JSON-MIN exports. A single choice or a single text becomes a plain string; chat messages
 * become their message objects; anything else stays a list of values without their `type`.
 */
export function prettifyResult(values: RegionValue[]): unknown {
  const out: unknown[] = [];
  let tagType: unknown = undefined;
  for (const value of values) {
    const j: Record<string, unknown> = { ...value };
    tagType = j.type;
    delete j.type;
    const choices = j.choices;
    const text = j.text;
    if (tagType === 'Choices' && Array.isArray(choices) && choices.length === 1) out.push(choices[0]);
    else if (tagType === 'TextArea' && Array.isArray(text) && text.length === 1) out.push(text[0]);
    else if (tagType === 'Chat' || tagType === 'chatmessage') out.push('chatmessage' in j ? j.chatmessage : j);
    else out.push(j);
  }
  // The converter looks at the type of the last value only, so [choices] unwraps to one object.
  return (tagType === 'Choices' || tagType === 'TextArea') && out.length === 1 ? out[0] : out;
}

/** Whether a control's values are chat messages (they get an extra `<name>_transcript` column). */
export function isChat(values: RegionValue[]): boolean {
  return values.some((v) => isPlainObject(v) && (v.type === 'Chat' || v.type === 'chatmessage'));
}

/** `role: content` lines of a prettified chat, as the converter's CSV transcript column has them. */
export function chatTranscript(pretty: unknown): string {
  const lines: string[] = [];
  if (Array.isArray(pretty)) {
    for (const message of pretty) {
      if (!isPlainObject(message)) continue;
      const role = 'role' in message ? pyStr(message.role) : '';
      const content = 'content' in message ? pyStr(message.content) : '';
      if (role) lines.push(content ? `${role}: ${content}` : `${role}:`);
      else lines.push(content);
    }
  }
  return lines.join('\n');
}

/**
 * The converter's `get_annotator`: the annotator's email when `completed_by` is a user object,
 * else the id (as a number with `intId`, as a string otherwise).
 */
export function getAnnotator(item: ExportItem, fallback: unknown = null, intId = false): unknown {
  const annotator = item.completedBy;
  if (isPlainObject(annotator)) return 'email' in annotator ? annotator.email : fallback;
  if (intId && (typeof annotator === 'boolean' || (typeof annotator === 'number' && isPyInt(annotator)))) return annotator;
  return pyStr(annotator);
}
