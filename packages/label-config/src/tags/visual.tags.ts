import { bool, num, oneOf, str, STYLE_ATTRS, VISIBILITY_ATTRS, type TagDefinition } from './tag-definition';

export const VIEW_TAG: TagDefinition = {
  name: 'View',
  kind: 'visual',
  attrs: [...STYLE_ATTRS, oneOf('display', ['block', 'inline'], 'block'), str('idAttr'), str('whenRole'), ...VISIBILITY_ATTRS],
};
export const HEADER_TAG: TagDefinition = {
  name: 'Header',
  kind: 'visual',
  attrs: [str('value'), num('size', 4), ...STYLE_ATTRS, bool('underline', false), str('name')],
};
/** Style holds raw CSS text. */
export const STYLE_TAG: TagDefinition = { name: 'Style', kind: 'visual', attrs: [], freeContent: true };
export const FILTER_TAG: TagDefinition = {
  name: 'Filter',
  kind: 'visual',
  attrs: [
    str('name'),
    str('toName'),
    str('placeholder', 'Quick Filter'),
    num('minLength', 3),
    str('style'),
    str('hotkey'),
    bool('caseSensitive', false),
  ],
};
export const COLLAPSE_TAG: TagDefinition = {
  name: 'Collapse',
  kind: 'visual',
  attrs: [bool('accordion', true), bool('bordered', false)],
};
export const PANEL_TAG: TagDefinition = { name: 'Panel', kind: 'visual', attrs: [str('value')] };
export const REPEATER_TAG: TagDefinition = {
  name: 'Repeater',
  kind: 'visual',
  requiredAttrs: ['on'],
  attrs: [str('on'), str('indexFlag', '{{idx}}'), oneOf('mode', ['list', 'pagination'], 'list')],
};
export const MARKDOWN_TAG: TagDefinition = {
  name: 'Markdown',
  kind: 'visual',
  freeContent: true,
  attrs: [str('value'), str('style')],
};

// Item tags: options and sub-elements that only make sense inside a specific parent.
const ITEM_COMMON = [
  str('value'),
  str('alias'),
  str('hint'),
  str('hotkey'),
  str('background'),
  str('style'),
  bool('selected', false),
  str('html'),
];
export const LABEL_TAG: TagDefinition = {
  name: 'Label',
  kind: 'item',
  requiredAttrs: ['value'],
  attrs: [
    ...ITEM_COMMON,
    num('maxUsages'),
    bool('showAlias', false),
    str('aliasStyle'),
    oneOf('size', ['small', 'medium', 'large']),
    str('selectedColor'),
    oneOf('granularity', ['symbol', 'word']),
    str('category'),
  ],
};
export const CHOICE_TAG: TagDefinition = {
  name: 'Choice',
  kind: 'item',
  requiredAttrs: ['value'],
  attrs: [...ITEM_COMMON, str('color')],
};
export const RELATION_TAG: TagDefinition = {
  name: 'Relation',
  kind: 'item',
  requiredAttrs: ['value'],
  attrs: [str('value'), str('background')],
};
export const SHORTCUT_TAG: TagDefinition = {
  name: 'Shortcut',
  kind: 'item',
  requiredAttrs: ['value'],
  attrs: [str('value'), str('alias'), str('hotkey'), str('background')],
};
export const BUCKET_TAG: TagDefinition = {
  name: 'Bucket',
  kind: 'item',
  requiresName: true,
  attrs: [str('name'), str('title'), bool('default', false), str('style')],
};
export const CHANNEL_TAG: TagDefinition = {
  name: 'Channel',
  kind: 'item',
  requiredAttrs: ['column'],
  attrs: [
    str('column'),
    str('legend'),
    str('units'),
    str('displayFormat'),
    num('height'),
    str('strokeColor'),
    num('strokeWidth'),
    str('markerColor'),
    num('markerSize'),
    str('markerSymbol'),
    str('timeRange'),
    str('dataRange'),
    bool('showAxis', true),
    bool('fixedScale'),
  ],
};
