import { AppError } from '../../platform/errors';
import type { ControlTagInfo } from '@groundwork/label-config';

type ControlTag = Pick<ControlTagInfo, 'name' | 'type' | 'valueKey' | 'toName'>;

/** Controls whose whole value is one label, text or number: a bare string or integer result fills them. */
const SINGLE_VALUED: Record<string, 'string' | 'integer'> = { choices: 'string', textarea: 'string', rating: 'integer' };
/** Controls whose value holds one scalar rather than a list. */
const SCALAR = new Set(['rating', 'number']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (field: string, message: string) =>
  new AppError(400, 'validation_error', 'Validation error', { [field]: [message] });

/**
 * A prediction's `result` in the three forms Label Studio accepts (its legacy SDK documents them):
 * a list of result items, kept as is; a `value` object, e.g. `{"choices": ["Cat"]}`, placed under
 * the first control whose type is one of its keys; a bare string or integer, e.g. `"Cat"`, placed
 * under the first single-valued control (Choices, TextArea, Rating) it fits.
 */
export function predictionResult(result: unknown, controls: readonly ControlTag[], field = 'result'): Record<string, unknown>[] {
  if (result === undefined || result === null) return [];
  if (Array.isArray(result)) {
    if (!result.every(isObject)) throw invalid(field, 'Each item in prediction result should be an object.');
    return result;
  }
  const item = (c: ControlTag, value: Record<string, unknown>) => [
    { from_name: c.name, to_name: c.toName.join(','), type: c.type, value },
  ];
  if (isObject(result)) {
    const control = controls.find((c) => c.valueKey in result);
    if (!control)
      throw invalid(field, `No control tag of the labeling config takes a value with keys ${Object.keys(result).join(', ')}.`);
    return item(control, result);
  }
  const kind = typeof result === 'string' ? 'string' : Number.isInteger(result) ? 'integer' : null;
  if (!kind) throw invalid(field, 'must be a list of result items, a value object, a label or an integer.');
  const control = controls.find((c) => SINGLE_VALUED[c.type] === kind);
  if (!control)
    throw invalid(
      field,
      `No single-valued control tag (Choices, TextArea, Rating) of the labeling config takes ${JSON.stringify(result)}.`,
    );
  return item(control, { [control.valueKey]: SCALAR.has(control.type) ? result : [result] });
}
