import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../create-engine';
import { renderMarkdown } from '../tags/markdown/markdown.render';
import { sanitizeHtml } from '../tags/hypertext/sanitize';
import { Editor, type EditorProps } from './editor';
import { EditorProvider } from './editor-provider';
import { HotkeyHelp } from './hotkey-help';
import { NodeView } from './node-view';

const NER = `<View>
  <Header value="$title"/>
  <Labels name="label" toName="text"><Label value="PER" background="#ff0000"/><Label value="ORG"/></Labels>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
  <Choices name="why" toName="text" visibleWhen="choice-selected" whenTagName="sentiment" whenChoiceValue="Negative"><Choice value="Rude"/></Choices>
</View>`;

const render = (props: EditorProps) => renderToStaticMarkup(createElement(Editor, props));

describe('<Editor> (server-rendered)', () => {
  it('renders the interface with real text, highlighted spans, labels with hotkeys and the region list', () => {
    const html = render({
      config: NER,
      task: { id: 1, data: { text: 'Ada met IBM', title: 'Find names' } },
      annotation: {
        id: 7,
        result: [
          {
            value: { start: 0, end: 3, text: 'Ada', labels: ['PER'] },
            id: 'r1',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            origin: 'manual',
          },
        ],
      },
    });
    expect(html).toContain('<h4 class="gw-header"');
    expect(html).toContain('Find names');
    expect(html).toMatch(/<mark[^>]*data-region="r1"[^>]*>Ada<\/mark> met IBM/);
    expect(html).toMatch(/aria-pressed="false"[^>]*>.*PER.*<kbd class="gw-hotkey">1<\/kbd>/);
    expect(html).toContain('PER “Ada”');
    // The annotation exists, so the primary button updates it.
    expect(html).toContain('>Update<');
    // Conditional choices stay hidden until "Negative" is chosen.
    expect(html).not.toContain('Rude');
    expect(html).toContain('Positive');
  });

  it('shows a clear message in place of a tag whose data is missing', () => {
    const html = render({ config: NER, task: { data: { title: 'x' } } });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Task data has no &quot;text&quot; field, which &lt;Text name=&quot;text&quot;&gt; needs.');
    expect(html).toContain('Positive');
  });

  it('reports malformed prediction items and loads the rest', () => {
    const html = render({
      config: NER,
      task: { data: { text: 'Ada met IBM', title: '' } },
      predictions: [
        {
          result: [
            { id: 'ok', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 4, end: 7, labels: ['ORG'] } },
            { id: 'bad', from_name: 'ghost', to_name: 'text', type: 'labels', value: {} },
          ],
        },
      ],
    });
    expect(html).toContain('1 result item could not be loaded');
    expect(html).toContain('no control named &quot;ghost&quot;');
    expect(html).toMatch(/data-region="ok"[^>]*>met<\/mark>/);
    expect(html).toContain('>Submit<');
  });

  it('counts every skipped item in one notice and lists the first reasons', () => {
    const bad = Array.from({ length: 7 }, (_, i) => ({
      id: `b${i}`,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: 0, end: 3, labels: [`X${i}`] },
    }));
    const html = render({
      config: NER,
      task: { data: { text: 'Ada met IBM', title: '' } },
      predictions: [
        {
          result: [
            ...bad,
            { id: 'ok', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } },
          ],
        },
      ],
    });
    expect(html).toContain('7 result items could not be loaded and were left out; the');
    expect(html).toContain('&quot;X4&quot; is not an option of &quot;label&quot;');
    expect(html).not.toContain('&quot;X5&quot;');
    expect(html).toContain('…and 2 more.');
  });

  it("shows the user's rebound keys on the buttons", () => {
    const html = render({
      config: NER,
      task: { data: { text: 'x', title: '' } },
      hotkeys: { 'annotation:submit': 'alt+s' },
      onSubmit: () => undefined,
    });
    expect(html).toContain('title="Submit (Alt + S)"');
  });

  it('shows where valueType="url" content is loading from, and a message when the field holds no URL', () => {
    const config = `<View><Labels name="l" toName="t"><Label value="A"/></Labels><Text name="t" value="$t" valueType="url"/>
      <HyperText name="h" value="$h" valueType="url"/><Paragraphs name="p" value="$p" valueType="url"/></View>`;
    const html = render({ config, task: { data: { t: '/data/upload/1/story.txt', h: 'https://example.com/page.html', p: 42 } } });
    expect(html).toContain('Loading the text of t from /data/upload/1/story.txt…');
    expect(html).toContain('Loading the HTML of h from https://example.com/page.html…');
    expect(html).toContain('&lt;Paragraphs name=&quot;p&quot; valueType=&quot;url&quot;&gt; needs a URL in the task data');
    expect(html).not.toContain('not supported');
  });

  it('shows config errors instead of failing', () => {
    const html = render({ config: '<View><Bogus/></View>', task: { data: {} } });
    expect(html).toContain('Invalid labeling config');
  });

  it('renders every form control of part 1', () => {
    const config = `<View>
      <Text name="t" value="$text"/>
      <TextArea name="ta" toName="t" placeholder="Say something"/>
      <Rating name="r" toName="t" maxRating="3"/>
      <Number name="n" toName="t" min="1"/>
      <DateTime name="d" toName="t" only="date"/>
      <Taxonomy name="tx" toName="t"><Choice value="A"><Choice value="A1"/></Choice></Taxonomy>
      <Collapse><Panel value="More"><Header value="Inside"/></Panel></Collapse>
      <Table name="tbl" value="$meta"/>
      <Markdown value="$md"/>
      <Style>.x { color: red }</Style>
      <View style="margin-top: 4px; background: url(evil)"><Header value="Styled"/></View>
    </View>`;
    const html = render({
      config,
      task: { data: { text: 'x', meta: { author: 'Ada' }, md: '# Hi\n\nSome **bold** [link](javascript:alert(1))' } },
    });
    expect(html).toContain('placeholder="Say something"');
    expect(html.match(/role="radio"/g)).toHaveLength(3);
    expect(html).toContain('type="number"');
    expect(html).toContain('type="date"');
    expect(html).toContain('role="tree"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('<th scope="row">author</th><td>Ada</td>');
    expect(html).toContain('<h1>Hi</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<style>.x { color: red }</style>');
    expect(html).toContain('style="margin-top:4px"');
  });

  it('renders Paragraphs as a dialogue, HyperText inert, Pairwise and Ranker', () => {
    const config = `<View>
      <Paragraphs name="p" value="$dialogue" layout="dialogue"/>
      <ParagraphLabels name="pl" toName="p"><Label value="Greeting"/></ParagraphLabels>
      <HyperText name="h" value="$html"/>
      <Text name="a" value="$a"/><Text name="b" value="$b"/>
      <Pairwise name="pw" toName="a,b"/>
      <List name="list" value="$items"/><Ranker name="rank" toName="list"/>
    </View>`;
    const html = render({
      config,
      task: {
        data: {
          dialogue: [
            { author: 'Alice', text: 'Hi!' },
            { author: 'Bob', text: 'Hello.' },
          ],
          html: '<p onclick="steal()">Safe <script>steal()</script>text</p>',
          a: 'left text',
          b: 'right text',
          items: [
            { id: '1', title: 'One' },
            { id: '2', title: 'Two' },
          ],
        },
      },
    });
    expect(html).toContain('gw-paragraphs--dialogue');
    expect(html).toContain('data-side="right"');
    expect(html).toContain('Alice');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('<script');
    expect(html).toContain('Safe text');
    expect(html).toContain('a is better');
    expect(html).toContain('<strong>One</strong>');
  });
});

describe('views', () => {
  it('lists hotkeys in the help overlay', () => {
    const engine = createEngine({ config: NER, data: { text: 'x', title: '' } });
    const html = renderToStaticMarkup(
      createElement(EditorProvider, { engine, children: createElement(HotkeyHelp, { onClose: () => undefined }) }),
    );
    expect(html).toContain('Keyboard shortcuts');
    expect(html).toContain('Ctrl + Enter');
    expect(html).toContain('Ctrl + Shift + Z');
    expect(html).toContain('<caption>label</caption>');
    const rebound = createEngine({ config: NER, data: { text: 'x', title: '' }, hotkeys: { 'annotation:submit': 'alt+s' } });
    const help = renderToStaticMarkup(
      createElement(EditorProvider, { engine: rebound, children: createElement(HotkeyHelp, { onClose: () => undefined }) }),
    );
    expect(help).toContain('<kbd>Alt + S</kbd>');
    expect(help).not.toContain('Ctrl + Enter');
  });

  it('shows per-region controls only for the selected region', () => {
    const config = `<View><Labels name="l" toName="t"><Label value="A"/></Labels><Text name="t" value="$text"/>
      <TextArea name="note" toName="t" perRegion="true" placeholder="Note for region"/></View>`;
    const engine = createEngine({ config, data: { text: 'abc def' } });
    engine.load([
      { value: { start: 0, end: 3, text: 'abc', labels: ['A'] }, id: 'r1', from_name: 'l', to_name: 't', type: 'labels' },
    ]);
    const view = () =>
      renderToStaticMarkup(
        createElement(EditorProvider, { engine, children: createElement(NodeView, { node: engine.ui.root }) }),
      );
    expect(view()).not.toContain('Note for region');
    engine.select('r1');
    expect(view()).toContain('Note for region');
    expect(view()).toContain('gw-span--selected');
  });

  it('sanitizes HTML to text without a DOM, and renders markdown without raw HTML', () => {
    expect(sanitizeHtml('<b onclick="x()">bold</b><script>alert(1)</script>')).toEqual({ text: 'bold' });
    const html = renderToStaticMarkup(
      createElement('div', null, renderMarkdown('<img src=x onerror=alert(1)>\n\n- one\n- two\n\n```\ncode\n```')),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<pre><code>code</code></pre>');
  });
});
