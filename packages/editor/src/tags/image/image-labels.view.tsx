import type { ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { LabelButtons } from '../shared/label-buttons';

/**
 * Label buttons of the image controls (RectangleLabels, PolygonLabels, KeyPointLabels,
 * EllipseLabels, BrushLabels). Pressing one (or its hotkey) picks the label and the matching
 * drawing tool; with a region of this control selected, it changes that region's label. A
 * `<Filter>` naming the control narrows the buttons to the labels matching what is typed.
 */
export function ImageLabelsView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  const module = control ? engine.module(control.tag) : undefined;
  if (!control || !module) return null;
  return <LabelButtons control={control} onPress={(item) => module.onItemHotkey?.(engine, control, item)} />;
}

/** Plain tool controls (`<Rectangle>`, `<Polygon>`…) have no buttons of their own: the image toolbar has the tool. */
export function ImageToolControlView(): ReactNode {
  return null;
}
