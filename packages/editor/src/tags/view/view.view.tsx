import type { CSSProperties, ReactNode } from 'react';
import type { TagViewProps } from '../../react/engine-context';
import { NodeChildren } from '../../react/node-view';
import { parseInlineStyle } from '../shared/inline-style';

/** `<View>`: a block (or inline) container; `style` and `className` as written. */
export function ViewView({ node }: TagViewProps): ReactNode {
  const style: CSSProperties = parseInlineStyle(node.attrs.style);
  if (node.attrs.display === 'inline') style.display = 'inline-block';
  return (
    <div
      className={['gw-view', typeof node.attrs.className === 'string' ? node.attrs.className : ''].join(' ').trim()}
      style={style}
    >
      <NodeChildren node={node} />
    </div>
  );
}
