import type { ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { maxRating, rate, ratingOf } from './rating.tag';

const ICONS: Record<string, [string, string]> = { star: ['★', '☆'], heart: ['♥', '♡'], fire: ['🔥', '·'], smile: ['☺', '·'] };

/** `<Rating>`: a row of radio-like buttons, 1…maxRating. */
export function RatingView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const value = ratingOf(engine, control);
  const [full, empty] = ICONS[String(control.attrs.icon ?? 'star')] ?? ICONS.star;
  return (
    <div className="gw-rating" role="radiogroup" aria-label={control.name}>
      {Array.from({ length: maxRating(control) }, (_, i) => i + 1).map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={`${n}`}
          onClick={() => rate(engine, control, n)}
        >
          {n <= value ? full : empty}
        </button>
      ))}
    </div>
  );
}
