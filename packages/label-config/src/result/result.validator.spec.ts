import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parser/config.parser';
import { validateConfig } from '../validation/config.validator';
import { validateResult } from './result.validator';

const XML = `<View>
  <Image name="img" value="$image"/>
  <Text name="txt" value="$text"/>
  <HyperText name="html" value="$html"/>
  <Audio name="aud" value="$audio"/>
  <Video name="vid" value="$video"/>
  <TimeSeries name="ts" value="$ts" valueType="json"><Channel column="v"/></TimeSeries>
  <Paragraphs name="par" value="$dialogue"/>
  <List name="list" value="$items"/>
  <Text name="left" value="$left"/>
  <Text name="right" value="$right"/>
  <Pdf name="pdf" value="$pdf"/>
  <ReactCode name="rc" toName="rc" data="$rc"/>
  <Chat name="chat" value="$chat"/>
  <Choices name="cls" toName="txt"><Choice value="A"/><Choice value="B" alias="b"/></Choices>
  <Choices name="multi" toName="txt" choice="multiple"><Choice value="A"/><Choice value="B"/></Choices>
  <Choices name="dyn" toName="txt" value="$opts"/>
  <Choices name="nested" toName="txt" allowNested="true"><Choice value="Fruit"><Choice value="Apple"/></Choice></Choices>
  <Labels name="ner" toName="txt"><Label value="PER"/><Label value="ORG"/></Labels>
  <Labels name="seg" toName="aud"><Label value="Speech"/></Labels>
  <Labels name="vlab" toName="vid"><Label value="Car"/></Labels>
  <RectangleLabels name="rl" toName="img"><Label value="Car"/></RectangleLabels>
  <Rectangle name="rect" toName="img"/>
  <PolygonLabels name="pl" toName="img"><Label value="Roof"/></PolygonLabels>
  <Polygon name="poly" toName="img"/>
  <KeyPointLabels name="kpl" toName="img"><Label value="Eye"/></KeyPointLabels>
  <KeyPoint name="kp" toName="img"/>
  <EllipseLabels name="el" toName="img"><Label value="Cell"/></EllipseLabels>
  <Ellipse name="ell" toName="img"/>
  <BrushLabels name="bl" toName="img"><Label value="Sky"/></BrushLabels>
  <Brush name="brush" toName="img"/>
  <BitmaskLabels name="bml" toName="img"><Label value="Sky"/></BitmaskLabels>
  <Bitmask name="bm" toName="img"/>
  <VectorLabels name="vl" toName="img"><Label value="Line"/></VectorLabels>
  <Vector name="vec" toName="img"/>
  <HyperTextLabels name="htl" toName="html"><Label value="Price"/></HyperTextLabels>
  <ParagraphLabels name="pgl" toName="par"><Label value="Greeting"/></ParagraphLabels>
  <TimeSeriesLabels name="tsl" toName="ts"><Label value="Spike"/></TimeSeriesLabels>
  <TimelineLabels name="tll" toName="vid"><Label value="Goal"/></TimelineLabels>
  <VideoRectangle name="vr" toName="vid"/>
  <VideoVectorLabels name="vvl" toName="vid"><Label value="Lane"/></VideoVectorLabels>
  <VideoVector name="vv" toName="vid"/>
  <OcrLabels name="ocr" toName="pdf"><Label value="Total"/></OcrLabels>
  <TextArea name="ta" toName="txt"/>
  <TextArea name="note" toName="img" perRegion="true"/>
  <Rating name="rate" toName="txt" maxRating="5"/>
  <Number name="num" toName="txt" min="0" max="10"/>
  <DateTime name="dt" toName="txt" only="date"/>
  <Taxonomy name="tax" toName="txt"><Choice value="Animal"><Choice value="Cat"/></Choice><Choice value="Plant"/></Taxonomy>
  <Pairwise name="pw" toName="left,right"/>
  <Ranker name="rank" toName="list"><Bucket name="good" title="Good"/><Bucket name="bad" title="Bad"/></Ranker>
  <Ranker name="order" toName="list"/>
  <Relations><Relation value="part of"/></Relations>
</View>`;

const config = (() => {
  const parsed = parseConfig(XML);
  if (!parsed.config) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
})();

type Value = Record<string, unknown>;
interface ControlCase {
  control: string;
  valid: Value;
  invalid: [Value, string][];
}

const box = { x: 10, y: 10, width: 20, height: 20, rotation: 0 };
const seq = { frame: 1, enabled: true, time: 0, ...box };

const CASES: ControlCase[] = [
  {
    control: 'cls',
    valid: { choices: ['b'] },
    invalid: [
      [{ choices: ['C'] }, '"C" is not a choice'],
      [{ choices: ['A', 'B'] }, 'allows a single choice'],
      [{ choices: 'A' }, 'value.choices must be a list'],
      [{}, 'value.choices must be a list'],
    ],
  },
  {
    control: 'multi',
    valid: { choices: ['A', 'B'] },
    invalid: [
      [{ choices: [] }, 'at least 1 item'],
      [{ choices: [1] }, 'must be a string'],
    ],
  },
  { control: 'dyn', valid: { choices: ['anything from task data'] }, invalid: [[{ choices: [3] }, 'must be a string']] },
  {
    control: 'nested',
    valid: { choices: [['Fruit', 'Apple']] },
    invalid: [[{ choices: [['Fruit', 'Pear']] }, 'not a choice path']],
  },
  {
    control: 'ner',
    valid: { start: 0, end: 5, text: 'Alice', labels: ['PER'] },
    invalid: [
      [{ start: 6, end: 2, labels: ['PER'] }, 'start (6) is after end (2)'],
      [{ start: 0, end: 5, labels: ['LOC'] }, '"LOC" is not a label'],
      [{ start: -1, end: 5, labels: ['PER'] }, 'must be ≥ 0'],
      [{ start: 0, end: 5, labels: ['PER', 'ORG'] }, 'single label'],
    ],
  },
  {
    control: 'seg',
    valid: { start: 1.5, end: 2.25, channel: 0, labels: ['Speech'] },
    invalid: [
      [{ start: 3, end: 1, labels: ['Speech'] }, 'is after end'],
      [{ start: 'a', end: 1, labels: ['Speech'] }, 'value.start must be a number'],
    ],
  },
  {
    control: 'rl',
    valid: { ...box, rectanglelabels: ['Car'] },
    invalid: [
      [{ ...box, x: 120, rectanglelabels: ['Car'] }, 'value.x must be ≤ 100'],
      [{ ...box, x: 90, rectanglelabels: ['Car'] }, 'past the right edge'],
      [{ ...box, rectanglelabels: ['Bike'] }, '"Bike" is not a label'],
      [{ ...box }, 'value.rectanglelabels must be a list'],
    ],
  },
  {
    control: 'rect',
    valid: box,
    invalid: [
      [{ ...box, y: -3 }, 'value.y must be ≥ 0'],
      [{ x: 1, y: 1, width: 5 }, 'value.height must be a number'],
    ],
  },
  {
    control: 'pl',
    valid: {
      points: [
        [1, 1],
        [50, 2],
        [20, 40],
      ],
      closed: true,
      polygonlabels: ['Roof'],
    },
    invalid: [
      [
        {
          points: [
            [1, 1],
            [150, 2],
            [20, 40],
          ],
          polygonlabels: ['Roof'],
        },
        'must be between 0 and 100',
      ],
      [{ points: [[1, 1]], polygonlabels: ['Roof'] }, 'at least 3 items'],
      [
        {
          points: [
            [1, 1, 1],
            [2, 2],
            [3, 3],
          ],
          polygonlabels: ['Roof'],
        },
        'must be an [x, y] pair',
      ],
    ],
  },
  {
    control: 'poly',
    valid: {
      points: [
        [1, 1],
        [2, 2],
        [3, 1],
      ],
    },
    invalid: [[{ points: 'x' }, 'value.points must be a list']],
  },
  {
    control: 'kpl',
    valid: { x: 5, y: 5, width: 1, keypointlabels: ['Eye'] },
    invalid: [
      [{ x: 101, y: 5, keypointlabels: ['Eye'] }, 'value.x must be ≤ 100'],
      [{ x: 5, y: 5, keypointlabels: ['Nose'] }, '"Nose" is not a label'],
    ],
  },
  { control: 'kp', valid: { x: 5, y: 5 }, invalid: [[{ y: 5 }, 'value.x must be a number']] },
  {
    control: 'el',
    valid: { x: 50, y: 50, radiusX: 5, radiusY: 3, rotation: 0, ellipselabels: ['Cell'] },
    invalid: [[{ x: 50, y: 50, radiusX: -5, radiusY: 3, ellipselabels: ['Cell'] }, 'value.radiusX must be ≥ 0']],
  },
  {
    control: 'ell',
    valid: { x: 50, y: 50, radiusX: 5, radiusY: 3 },
    invalid: [[{ x: 50, y: 50 }, 'value.radiusX must be a number']],
  },
  {
    control: 'bl',
    valid: { format: 'rle', rle: [0, 1, 2], brushlabels: ['Sky'] },
    invalid: [
      [{ format: 'png', rle: [0], brushlabels: ['Sky'] }, 'value.format must be "rle"'],
      [{ format: 'rle', rle: [-1], brushlabels: ['Sky'] }, 'non-negative integers'],
    ],
  },
  { control: 'brush', valid: { format: 'rle', rle: [4, 4] }, invalid: [[{ format: 'rle' }, 'value.rle must be a list']] },
  {
    control: 'bml',
    valid: { imageDataURL: 'data:image/png;base64,AAAA', bitmasklabels: ['Sky'] },
    invalid: [[{ bitmasklabels: ['Water'] }, '"Water" is not a label']],
  },
  {
    control: 'bm',
    valid: { imageDataURL: 'data:image/png;base64,AAAA' },
    invalid: [[{ imageDataURL: 5 }, 'value.imageDataURL must be a string']],
  },
  {
    control: 'vl',
    valid: { vertices: [{ id: 'a', x: 1, y: 1 }], closed: false, vectorlabels: ['Line'] },
    invalid: [[{ vertices: [{ id: 'a', x: 1, y: 200 }], vectorlabels: ['Line'] }, 'vertices[0].y must be ≤ 100']],
  },
  { control: 'vec', valid: { vertices: [{ id: 'a', x: 1, y: 1 }] }, invalid: [[{ vertices: [] }, 'at least 1 item']] },
  {
    control: 'htl',
    valid: {
      start: '/p[1]',
      end: '/p[1]',
      startOffset: 0,
      endOffset: 4,
      globalOffsets: { start: 0, end: 4 },
      text: 'Cost',
      htmllabels: ['Price'],
      hypertextlabels: ['Price'],
    },
    invalid: [
      [
        { start: '/p[1]', end: '/p[1]', startOffset: 5, endOffset: 1, hypertextlabels: ['Price'] },
        'startOffset (5) is after end (1)',
      ],
      [{ start: 1, end: '/p', startOffset: 0, endOffset: 1, hypertextlabels: ['Price'] }, 'value.start must be a string'],
    ],
  },
  {
    control: 'pgl',
    valid: { start: '0', end: '1', startOffset: 0, endOffset: 3, text: 'Hi', paragraphlabels: ['Greeting'] },
    invalid: [
      [{ start: '2', end: '1', startOffset: 0, endOffset: 3, paragraphlabels: ['Greeting'] }, 'start (2) is after end (1)'],
      [{ start: 'x', end: '1', startOffset: 0, endOffset: 3, paragraphlabels: ['Greeting'] }, 'paragraph index'],
    ],
  },
  {
    control: 'tsl',
    valid: { start: 1, end: 4, instant: false, timeserieslabels: ['Spike'] },
    invalid: [
      [{ start: 5, end: 4, timeserieslabels: ['Spike'] }, 'is after end'],
      [{ start: 1, end: 4, instant: 'no', timeserieslabels: ['Spike'] }, 'value.instant must be true or false'],
    ],
  },
  {
    control: 'tll',
    valid: { ranges: [{ start: 1, end: 10 }], timelinelabels: ['Goal'] },
    invalid: [
      [{ ranges: [{ start: 10, end: 1 }], timelinelabels: ['Goal'] }, 'is after end'],
      [{ ranges: [], timelinelabels: ['Goal'] }, 'at least 1 item'],
    ],
  },
  {
    control: 'vr',
    valid: { framesCount: 100, duration: 4, sequence: [seq], labels: ['Car'] },
    invalid: [
      [{ sequence: [{ ...seq, width: 200 }] }, 'sequence[0].width must be ≤ 100'],
      [{ sequence: [seq], labels: ['Truck'] }, '"Truck" is not a label'],
      [{ sequence: [{ ...seq, enabled: 'yes' }] }, 'enabled must be true or false'],
    ],
  },
  {
    control: 'vvl',
    valid: {
      sequence: [{ frame: 1, enabled: true, closed: false, vertices: [{ id: 'a', x: 1, y: 1 }] }],
      videovectorlabels: ['Lane'],
    },
    invalid: [
      [
        { sequence: [{ frame: -1, enabled: true, vertices: [{ id: 'a', x: 1, y: 1 }] }], videovectorlabels: ['Lane'] },
        'frame must be ≥ 0',
      ],
    ],
  },
  {
    control: 'vv',
    valid: { sequence: [{ frame: 1, enabled: true, vertices: [{ id: 'a', x: 1, y: 1 }] }] },
    invalid: [[{ sequence: 'x' }, 'value.sequence must be a list']],
  },
  {
    control: 'ocr',
    valid: { ...box, pageIndex: 1, ocrlabels: ['Total'] },
    invalid: [[{ ...box, pageIndex: 0, ocrlabels: ['Total'] }, 'pageIndex must be ≥ 1']],
  },
  {
    control: 'ta',
    valid: { text: ['hello'] },
    invalid: [
      [{ text: 'hello' }, 'value.text must be a list'],
      [{ text: [1] }, 'value.text[0] must be a string'],
    ],
  },
  {
    control: 'rate',
    valid: { rating: 5 },
    invalid: [
      [{ rating: 6 }, 'must be ≤ 5'],
      [{ rating: 2.5 }, 'must be an integer'],
      [{ rating: '3' }, 'must be a number'],
    ],
  },
  {
    control: 'num',
    valid: { number: 7.5 },
    invalid: [
      [{ number: 11 }, 'must be ≤ 10'],
      [{ number: -1 }, 'must be ≥ 0'],
    ],
  },
  {
    control: 'dt',
    valid: { datetime: '2024-01-31' },
    invalid: [
      [{ datetime: 20240131 }, 'must be a string'],
      [{ datetime: '' }, 'must not be empty'],
    ],
  },
  {
    control: 'tax',
    valid: { taxonomy: [['Animal', 'Cat'], ['Plant']] },
    invalid: [
      [{ taxonomy: [['Animal', 'Dog']] }, 'is not a path'],
      [{ taxonomy: ['Animal'] }, 'must be a non-empty path'],
    ],
  },
  { control: 'pw', valid: { selected: 'right' }, invalid: [[{ selected: 'middle' }, 'must be "left" or "right"']] },
  {
    control: 'rank',
    valid: { ranker: { good: ['1'], bad: ['2', '3'] } },
    invalid: [
      [{ ranker: { ugly: ['1'] } }, '"ugly" is not a bucket'],
      [{ ranker: ['1', '2'] }, 'value.ranker must be an object'],
    ],
  },
  {
    control: 'order',
    valid: { ranker: { order: ['1', '2'] } },
    invalid: [[{ ranker: { order: 'x' } }, 'must be a list of item ids']],
  },
  { control: 'rc', valid: { reactcode: { score: 3 } }, invalid: [[{}, 'value.reactcode is missing']] },
];

function item(controlName: string, value: Value, extra: Value = {}) {
  const control = config.controls.find((c) => c.name === controlName);
  if (!control) throw new Error(controlName);
  const toName = control.tag === 'Pairwise' ? control.toName.join(',') : control.toName[0];
  return { id: `id-${controlName}`, from_name: controlName, to_name: toName, type: control.type, value, ...extra };
}

describe('validateResult per control tag', () => {
  it('uses a config that itself validates', () => {
    expect(validateConfig(XML)).toMatchObject({ ok: true, errors: [] });
  });

  it('covers every result-producing control in the config', () => {
    const covered = new Set(CASES.map((c) => config.controls.find((x) => x.name === c.control)?.tag));
    for (const control of config.controls.filter((c) => c.producesResults))
      expect(covered.has(control.tag), control.tag).toBe(true);
  });

  describe.each(CASES)('$control', ({ control, valid, invalid }) => {
    it('accepts a valid result', () => {
      expect(validateResult(config, [item(control, valid)])).toEqual([]);
    });
    it.each(invalid)('rejects %j', (value, fragment) => {
      const problems = validateResult(config, [item(control, value)]);
      expect(problems.map((p) => p.message).join('\n')).toContain(fragment);
      expect(problems.every((p) => p.index === 0)).toBe(true);
    });
  });
});

describe('validateResult envelope and relations', () => {
  const region = item('rl', { ...box, rectanglelabels: ['Car'] });

  it('rejects a non-list and non-object items', () => {
    expect(validateResult(config, { result: [] })).toEqual([{ index: -1, path: '', message: 'result must be a list' }]);
    expect(validateResult(config, [42])).toEqual([{ index: 0, path: '', message: 'result item must be an object' }]);
  });

  it('reports unknown from_name, wrong to_name and wrong type', () => {
    const problems = validateResult(config, [
      { ...region, from_name: 'nope' },
      { ...region, to_name: 'txt' },
      { ...region, type: 'polygonlabels' },
    ]);
    expect(problems).toEqual([
      { index: 0, path: 'from_name', message: 'Unknown from_name "nope": no control tag with that name' },
      { index: 1, path: 'to_name', message: 'to_name "txt" is not a toName of RectangleLabels "rl" (expected img)' },
      {
        index: 2,
        path: 'type',
        message: 'type "polygonlabels" does not match RectangleLabels "rl", which writes "rectanglelabels"',
      },
    ]);
  });

  it('checks envelope fields', () => {
    const problems = validateResult(config, [{ ...region, origin: 'robot', score: 'high', readonly: 1, original_width: -1 }]);
    expect(problems.map((p) => p.path)).toEqual(['origin', 'score', 'readonly', 'original_width']);
  });

  it('validates relations against region ids and relation labels', () => {
    const other = { ...item('kp', { x: 1, y: 1 }), id: 'id-kp' };
    expect(
      validateResult(config, [
        region,
        other,
        { type: 'relation', from_id: region.id, to_id: other.id, direction: 'right', labels: ['part of'] },
      ]),
    ).toEqual([]);
    const problems = validateResult(config, [
      region,
      { type: 'relation', from_id: region.id, to_id: 'ghost', direction: 'up', labels: ['sibling'] },
    ]);
    expect(problems).toEqual([
      { index: 1, path: 'to_id', message: 'to_id "ghost" does not match any region in this result' },
      { index: 1, path: 'direction', message: 'direction must be one of right, left, bi' },
      { index: 1, path: 'labels[0]', message: 'relation label "sibling" is not a <Relation> in the config' },
    ]);
  });

  it('requires per-region results to share a region id', () => {
    const note = item('note', { ...box, text: ['a dent'] }, { id: region.id });
    expect(validateResult(config, [region, note])).toEqual([]);
    expect(validateResult(config, [region, { ...note, id: 'lonely' }])[0]).toMatchObject({ index: 1, path: 'id' });
  });

  it('accepts chat messages from a Chat object', () => {
    const ok = {
      id: 'c1',
      from_name: 'chat',
      to_name: 'chat',
      type: 'chatmessage',
      value: { chatmessage: { role: 'user', content: 'hi' } },
    };
    expect(validateResult(config, [ok])).toEqual([]);
    expect(validateResult(config, [{ ...ok, value: { chatmessage: { role: 'user' } } }])[0].path).toBe(
      'value.chatmessage.content',
    );
  });

  it('matches repeated names by index', () => {
    const repeated = parseConfig(
      '<View><Repeater on="$items"><Text name="t_{{idx}}" value="$items[{{idx}}].text"/><Choices name="c_{{idx}}" toName="t_{{idx}}"><Choice value="Y"/></Choices></Repeater></View>',
    ).config;
    if (!repeated) throw new Error('parse');
    expect(validateResult(repeated, [{ from_name: 'c_3', to_name: 't_3', type: 'choices', value: { choices: ['Y'] } }])).toEqual(
      [],
    );
    expect(
      validateResult(repeated, [{ from_name: 'c_x', to_name: 't_3', type: 'choices', value: { choices: ['Y'] } }])[0].path,
    ).toBe('from_name');
  });
});
