import {
  bool,
  num,
  oneOf,
  str,
  VISIBILITY_ATTRS,
  type AttrSpec,
  type ControlSpec,
  type TagDefinition,
  type ValueShape,
} from './tag-definition';

const IMAGE_ONLY = ['Image'] as const;
const SPAN_OBJECTS = ['Text', 'HyperText', 'Paragraphs', 'Audio', 'AudioPlus', 'Video', 'Image', 'TimeSeries', 'Pdf'] as const;

const base = (extra: readonly AttrSpec[]): readonly AttrSpec[] => [str('name'), str('toName'), ...VISIBILITY_ATTRS, ...extra];

const classificationAttrs: readonly AttrSpec[] = [
  bool('required', false),
  str('requiredMessage'),
  bool('perRegion', false),
  bool('perItem', false),
];

const shapeAttrs: readonly AttrSpec[] = [
  num('opacity'),
  str('fillColor'),
  str('strokeColor'),
  num('strokeWidth'),
  bool('smart', false),
  bool('smartOnly', false),
];

const labelsAttrs: readonly AttrSpec[] = [
  oneOf('choice', ['single', 'multiple'], 'single'),
  num('maxUsages'),
  bool('showInline', true),
  str('value'),
  bool('allowEmpty', false),
  oneOf('granularity', ['symbol', 'word', 'sentence', 'paragraph']),
  ...shapeAttrs,
];

const POINT_ATTRS: readonly AttrSpec[] = [
  oneOf('pointSize', ['small', 'medium', 'large'], 'small'),
  oneOf('pointStyle', ['rectangle', 'circle'], 'circle'),
  oneOf('snap', ['pixel', 'none'], 'none'),
];

function control(
  name: string,
  spec: Omit<ControlSpec, 'producesResults' | 'requiresToName' | 'valueKey'> &
    Partial<Pick<ControlSpec, 'producesResults' | 'requiresToName' | 'valueKey'>>,
  attrs: readonly AttrSpec[],
): TagDefinition {
  return {
    name,
    kind: 'control',
    requiresName: true,
    control: { producesResults: true, requiresToName: true, valueKey: spec.resultType, ...spec },
    attrs: base(attrs),
  };
}

const labelsControl = (name: string, shape: ValueShape, targets: readonly string[], extra: readonly AttrSpec[] = []) =>
  control(name, { resultType: name.toLowerCase(), shape, targets, itemTag: 'Label' }, [...labelsAttrs, ...extra]);

const toolControl = (name: string, shape: ValueShape, extra: readonly AttrSpec[] = []) =>
  control(name, { resultType: name.toLowerCase(), shape, targets: IMAGE_ONLY }, [...shapeAttrs, ...extra]);

export const CHOICES_TAG = control('Choices', { resultType: 'choices', shape: 'choices', targets: 'any', itemTag: 'Choice' }, [
  oneOf('choice', ['single', 'single-radio', 'multiple'], 'single'),
  bool('showInline', false),
  str('value'),
  bool('allowNested', false),
  oneOf('layout', ['select', 'inline', 'vertical']),
  num('maxUsages'),
  ...classificationAttrs,
]);
export const LABELS_TAG = control(
  'Labels',
  { resultType: 'labels', shape: 'labels', targets: SPAN_OBJECTS, itemTag: 'Label' },
  labelsAttrs,
);
export const RECTANGLE_LABELS_TAG = labelsControl('RectangleLabels', 'rectangle', IMAGE_ONLY, [bool('canRotate', true)]);
export const RECTANGLE_TAG = toolControl('Rectangle', 'rectangle', [bool('canRotate', true)]);
export const POLYGON_LABELS_TAG = labelsControl('PolygonLabels', 'polygon', IMAGE_ONLY, POINT_ATTRS);
export const POLYGON_TAG = toolControl('Polygon', 'polygon', POINT_ATTRS);
export const KEYPOINT_LABELS_TAG = labelsControl('KeyPointLabels', 'keypoint', IMAGE_ONLY, [
  oneOf('snap', ['pixel', 'none'], 'none'),
]);
export const KEYPOINT_TAG = toolControl('KeyPoint', 'keypoint', [oneOf('snap', ['pixel', 'none'], 'none')]);
export const ELLIPSE_LABELS_TAG = labelsControl('EllipseLabels', 'ellipse', IMAGE_ONLY, [bool('canRotate', true)]);
export const ELLIPSE_TAG = toolControl('Ellipse', 'ellipse', [bool('canRotate', true)]);
export const BRUSH_LABELS_TAG = labelsControl('BrushLabels', 'brush', IMAGE_ONLY);
export const BRUSH_TAG = toolControl('Brush', 'brush');
/** MagicWand only creates brush regions; their results are written by the BrushLabels control. */
export const MAGIC_WAND_TAG = control(
  'MagicWand',
  { resultType: 'brushlabels', shape: 'brush', targets: IMAGE_ONLY, producesResults: false },
  [num('opacity', 0.6), str('fillColor'), num('blurRadius', 5), num('defaultThreshold', 15)],
);
export const BITMASK_LABELS_TAG = labelsControl('BitmaskLabels', 'bitmask', IMAGE_ONLY);
export const BITMASK_TAG = toolControl('Bitmask', 'bitmask');
const vectorAttrs: readonly AttrSpec[] = [
  bool('closable', false),
  bool('curves', false),
  bool('skeleton', false),
  num('minPoints'),
  num('maxPoints'),
  bool('constrainToBounds', false),
  ...POINT_ATTRS,
];
export const VECTOR_LABELS_TAG = labelsControl('VectorLabels', 'vector', IMAGE_ONLY, vectorAttrs);
export const VECTOR_TAG = toolControl('Vector', 'vector', vectorAttrs);
export const HYPERTEXT_LABELS_TAG = labelsControl('HyperTextLabels', 'hypertext', ['HyperText']);
export const PARAGRAPH_LABELS_TAG = labelsControl('ParagraphLabels', 'paragraph', ['Paragraphs']);
export const TIME_SERIES_LABELS_TAG = labelsControl('TimeSeriesLabels', 'timeseries', ['TimeSeries']);
export const TIMELINE_LABELS_TAG = labelsControl('TimelineLabels', 'timeline', ['Video']);
export const OCR_LABELS_TAG = labelsControl('OcrLabels', 'ocr', ['Pdf', 'Image']);
export const VIDEO_RECTANGLE_TAG = control(
  'VideoRectangle',
  { resultType: 'videorectangle', valueKey: 'labels', shape: 'videorectangle', targets: ['Video'] },
  shapeAttrs,
);
export const VIDEO_VECTOR_TAG = control(
  'VideoVector',
  { resultType: 'videovector', valueKey: 'labels', shape: 'videovector', targets: ['Video'] },
  [...shapeAttrs, ...vectorAttrs],
);
export const VIDEO_VECTOR_LABELS_TAG = labelsControl('VideoVectorLabels', 'videovector', ['Video'], vectorAttrs);

export const TEXTAREA_TAG = control('TextArea', { resultType: 'textarea', valueKey: 'text', shape: 'textarea', targets: 'any' }, [
  str('value'),
  str('label'),
  str('placeholder'),
  num('maxSubmissions'),
  bool('editable', false),
  bool('skipDuplicates', false),
  bool('transcription', false),
  oneOf('displayMode', ['tag', 'region-list'], 'tag'),
  num('rows'),
  bool('showSubmitButton'),
  ...classificationAttrs,
]);
export const RATING_TAG = control('Rating', { resultType: 'rating', shape: 'rating', targets: 'any' }, [
  num('maxRating', 5),
  num('defaultValue', 0),
  oneOf('size', ['small', 'medium', 'large'], 'medium'),
  oneOf('icon', ['star', 'heart', 'fire', 'smile'], 'star'),
  str('hotkey'),
  ...classificationAttrs,
]);
export const NUMBER_TAG = control('Number', { resultType: 'number', shape: 'number', targets: 'any' }, [
  num('min'),
  num('max'),
  num('step', 1),
  num('defaultValue'),
  str('hotkey'),
  bool('slider', false),
  str('placeholder'),
  ...classificationAttrs,
]);
export const DATETIME_TAG = control('DateTime', { resultType: 'datetime', shape: 'datetime', targets: 'any' }, [
  str('only'),
  str('format'),
  str('min'),
  str('max'),
  ...classificationAttrs,
]);
export const TAXONOMY_TAG = control(
  'Taxonomy',
  { resultType: 'taxonomy', shape: 'taxonomy', targets: 'any', itemTag: 'Choice' },
  [
    str('apiUrl'),
    bool('leafsOnly', false),
    bool('showFullPath', false),
    str('pathSeparator', ' / '),
    num('maxUsages'),
    num('maxWidth'),
    num('minWidth'),
    str('placeholder'),
    bool('legacy', false),
    str('value'),
    bool('isEditable'),
    str('labeling'),
    ...classificationAttrs,
  ],
);
export const PAIRWISE_TAG = control(
  'Pairwise',
  { resultType: 'pairwise', valueKey: 'selected', shape: 'pairwise', targets: 'any' },
  [oneOf('selectionStyle', ['border', 'background'], 'border'), str('leftClassName'), str('rightClassName')],
);
export const RANKER_TAG = control('Ranker', { resultType: 'ranker', shape: 'ranker', targets: ['List'] }, []);
/** Relations has no name of its own: relation results carry only region ids. */
export const RELATIONS_TAG: TagDefinition = {
  name: 'Relations',
  kind: 'visual',
  attrs: [oneOf('choice', ['single', 'multiple'], 'single')],
};
/** ReactCode (Enterprise) renders its own UI from task data and points at itself. */
export const REACT_CODE_TAG: TagDefinition = {
  ...control('ReactCode', { resultType: 'reactcode', shape: 'reactcode', targets: ['ReactCode'] }, [
    str('data'),
    str('inputs'),
    str('outputs'),
    str('style'),
    str('classname'),
  ]),
  object: { valueAttr: 'data', valueRequired: false },
  freeContent: true,
};
