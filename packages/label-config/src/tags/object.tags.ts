import { bool, num, oneOf, str, STYLE_ATTRS, type AttrSpec, type TagDefinition } from './tag-definition';

const objectBase = (extra: readonly AttrSpec[]): readonly AttrSpec[] => [str('name'), str('value'), ...STYLE_ATTRS, ...extra];
const valueObject = { valueAttr: 'value', valueRequired: true } as const;
const GRANULARITY = ['symbol', 'word', 'sentence', 'paragraph'] as const;

const textAttrs: readonly AttrSpec[] = [
  oneOf('valueType', ['text', 'url'], 'text'),
  oneOf('saveTextResult', ['yes', 'no']),
  oneOf('encoding', ['none', 'base64', 'base64unicode'], 'none'),
  bool('selectionEnabled', true),
  str('highlightColor'),
  bool('showLabels'),
  oneOf('granularity', GRANULARITY, 'symbol'),
];

export const IMAGE_TAG: TagDefinition = {
  name: 'Image',
  kind: 'object',
  object: { valueAttr: 'value', valueRequired: false },
  requiresName: true,
  attrs: objectBase([
    str('valueList'),
    bool('smoothing'),
    str('width', '100%'),
    str('maxWidth', '750px'),
    str('height'),
    str('maxHeight'),
    bool('zoom', true),
    bool('negativeZoom', false),
    num('zoomBy', 1.1),
    bool('grid', false),
    num('gridSize', 30),
    str('gridColor'),
    bool('zoomControl', true),
    bool('brightnessControl', false),
    bool('contrastControl', false),
    bool('rotateControl', false),
    bool('crosshair', false),
    oneOf('horizontalAlignment', ['left', 'center', 'right'], 'left'),
    oneOf('verticalAlignment', ['top', 'center', 'bottom'], 'top'),
    oneOf('defaultZoom', ['fit', 'auto', 'original'], 'fit'),
    oneOf('crossOrigin', ['none', 'anonymous', 'use-credentials'], 'none'),
  ]),
};

export const TEXT_TAG: TagDefinition = {
  name: 'Text',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase(textAttrs),
};

export const HYPERTEXT_TAG: TagDefinition = {
  name: 'HyperText',
  kind: 'object',
  object: { valueAttr: 'value', valueRequired: false },
  requiresName: true,
  // Inline HTML may be written directly inside the tag instead of coming from task data.
  freeContent: true,
  attrs: objectBase([...textAttrs, bool('inline', false), bool('clickableLinks', false)]),
};

const audioAttrs: readonly AttrSpec[] = [
  str('hotkey'),
  str('sync'),
  num('height', 96),
  num('waveHeight', 32),
  bool('splitChannels', false),
  oneOf('decoder', ['webaudio', 'ffmpeg'], 'webaudio'),
  oneOf('player', ['html5', 'webaudio'], 'html5'),
  num('defaultSpeed', 1),
  num('defaultScale', 1),
  num('defaultZoom', 1),
  num('defaultVolume', 1),
  num('cursorWidth', 2),
  str('cursorColor'),
  bool('zoom', true),
  bool('volume', true),
  bool('speed', true),
  oneOf('valueType', ['url'], 'url'),
];

export const AUDIO_TAG: TagDefinition = {
  name: 'Audio',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase(audioAttrs),
};
/** Deprecated alias of Audio that old configs still use. */
export const AUDIO_PLUS_TAG: TagDefinition = { ...AUDIO_TAG, name: 'AudioPlus' };

export const VIDEO_TAG: TagDefinition = {
  name: 'Video',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([num('frameRate', 24), str('sync'), bool('muted', false), num('height', 600), num('timelineHeight', 64)]),
};

export const TIME_SERIES_TAG: TagDefinition = {
  name: 'TimeSeries',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([
    oneOf('valueType', ['url', 'json'], 'url'),
    str('timeColumn'),
    str('timeFormat'),
    str('timeDisplayFormat'),
    str('durationDisplayFormat'),
    str('sep', ','),
    str('overviewChannels'),
    str('overviewWidth', '25%'),
    bool('fixedScale', false),
    str('sync'),
    str('cursorColor'),
  ]),
};

export const PARAGRAPHS_TAG: TagDefinition = {
  name: 'Paragraphs',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([
    oneOf('valueType', ['json', 'url'], 'json'),
    str('audioUrl'),
    str('sync'),
    bool('showPlayer', false),
    oneOf('saveTextResult', ['yes', 'no'], 'yes'),
    oneOf('layout', ['none', 'dialogue'], 'none'),
    str('nameKey', 'author'),
    str('textKey', 'text'),
    bool('contextScroll', false),
    oneOf('granularity', GRANULARITY),
  ]),
};

export const TABLE_TAG: TagDefinition = {
  name: 'Table',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([oneOf('valueType', ['json', 'url'], 'json')]),
};

export const LIST_TAG: TagDefinition = {
  name: 'List',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([str('title')]),
};

export const PDF_TAG: TagDefinition = {
  name: 'Pdf',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([]),
};

export const CHAT_TAG: TagDefinition = {
  name: 'Chat',
  kind: 'object',
  object: valueObject,
  requiresName: true,
  attrs: objectBase([str('llm'), num('minMessages'), num('maxMessages'), str('editable')]),
};
