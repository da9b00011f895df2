import type { ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { LabelButtons } from '../shared/label-buttons';
import { SpanTool } from './span.tool';

/**
 * Label buttons of Labels, HyperTextLabels and ParagraphLabels. Pressed: active for the next
 * span, or the labels of the selected span. Each shows its hotkey.
 */
export function LabelsView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const object = control.toName[0] ?? '';
  return (
    <LabelButtons
      control={control}
      onPress={(_item, value) => new SpanTool(engine, object).send({ type: 'label', control: control.name, value })}
    />
  );
}
