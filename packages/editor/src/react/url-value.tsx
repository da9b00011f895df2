import { useEffect, useState, type ReactNode } from 'react';
import type { UiNode } from '../engine/interface-model';
import { useEngine } from './engine-context';

type UrlState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'loaded'; readonly value: unknown };

/**
 * `valueType="url"` on Text, HyperText and Paragraphs: the task holds a URL and the data is
 * fetched from it in the browser (with the page's cookies, so the server's own `/data/upload/…`
 * files work). Until then a loading line shows; a failure shows the URL and why. Once loaded the
 * engine gets the data too ({@link EditorEngine.setObjectValue}), so span offsets are over it.
 *
 * @example
 * <UrlValue node={node} parse={(body) => body}>{(loaded) => <TextBody node={loaded} />}</UrlValue>
 */
export function UrlValue({
  node,
  parse,
  what,
  children,
}: {
  node: UiNode;
  /** Turns the response body into the object's value; throws when it is not what the tag reads. */
  parse: (body: string) => unknown;
  /** What is loaded, for the messages ("text", "HTML", "paragraphs"). */
  what: string;
  children: (loaded: UiNode) => ReactNode;
}): ReactNode {
  const engine = useEngine();
  const url = typeof node.value === 'string' ? node.value.trim() : '';
  const name = node.name ?? '';
  const [state, setState] = useState<UrlState>({ status: 'loading' });
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState({ status: 'loading' });
    void (async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok)
          throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        const value = parse(await response.text());
        if (!live) return;
        engine.setObjectValue(name, value);
        setState({ status: 'loaded', value });
      } catch (e) {
        if (live) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [engine, name, url, parse]);

  if (!url) {
    return (
      <div role="alert" className="gw-error">
        {`<${node.tag} name="${name}" valueType="url"> needs a URL in the task data, but the field is ${node.value === '' ? 'empty' : 'not a string'}.`}
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <div role="status" className="gw-loading" aria-busy="true">
        {`Loading the ${what} of ${name} from ${url}…`}
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className="gw-error">
        {`Could not load the ${what} of <${node.tag} name="${name}"> from ${url}: ${state.message}.`}
      </div>
    );
  }
  return children({ ...node, value: state.value });
}

/** The body as text, unchanged. */
export const asText = (body: string): string => body;

/** A JSON list (Paragraphs' utterances). */
export const asJsonList = (body: string): unknown[] => {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error('the response is not JSON');
  }
  if (!Array.isArray(value)) throw new Error('the response is not a JSON list');
  return value;
};
