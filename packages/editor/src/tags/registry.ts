import type { TagModule } from '../engine/tag-module';
import { choicesTag } from './choices/choices.tag';
import { collapseTag } from './collapse/collapse.tag';
import { dateTimeTag } from './datetime/datetime.tag';
import { filterTag } from './filter/filter.tag';
import { headerTag } from './header/header.tag';
import { imageTag } from './image/image.tag';
import { brushLabelsTag, brushTag } from './image/shapes/brush/brush.tag';
import { ellipseLabelsTag, ellipseTag } from './image/shapes/ellipse/ellipse.tag';
import { keyPointLabelsTag, keyPointTag } from './image/shapes/keypoint/keypoint.tag';
import { polygonLabelsTag, polygonTag } from './image/shapes/polygon/polygon.tag';
import { rectangleLabelsTag, rectangleTag } from './image/shapes/rectangle/rectangle.tag';
import { hyperTextLabelsTag } from './hypertext-labels/hypertext-labels.tag';
import { hyperTextTag } from './hypertext/hypertext.tag';
import { labelsTag } from './labels/labels.tag';
import { listTag } from './list/list.tag';
import { markdownTag } from './markdown/markdown.tag';
import { numberTag } from './number/number.tag';
import { pairwiseTag } from './pairwise/pairwise.tag';
import { paragraphLabelsTag } from './paragraph-labels/paragraph-labels.tag';
import { paragraphsTag } from './paragraphs/paragraphs.tag';
import { rankerTag } from './ranker/ranker.tag';
import { ratingTag } from './rating/rating.tag';
import { relationsTag } from './relations/relations.tag';
import { repeaterTag } from './repeater/repeater.tag';
import { styleTag } from './style/style.tag';
import { tableTag } from './table/table.tag';
import { taxonomyTag } from './taxonomy/taxonomy.tag';
import { textAreaTag } from './textarea/textarea.tag';
import { textTag } from './text/text.tag';
import { viewTag } from './view/view.tag';

/**
 * Every tag this editor handles, headless part only (results, hotkeys). Adding a tag means
 * adding its module here; nothing registers itself on import.
 */
export const defaultTags: readonly TagModule[] = [
  // objects
  textTag,
  hyperTextTag,
  paragraphsTag,
  tableTag,
  listTag,
  imageTag,
  // controls
  choicesTag,
  labelsTag,
  hyperTextLabelsTag,
  paragraphLabelsTag,
  textAreaTag,
  ratingTag,
  numberTag,
  dateTimeTag,
  taxonomyTag,
  pairwiseTag,
  rankerTag,
  relationsTag,
  rectangleLabelsTag,
  rectangleTag,
  polygonLabelsTag,
  polygonTag,
  keyPointLabelsTag,
  keyPointTag,
  ellipseLabelsTag,
  ellipseTag,
  brushLabelsTag,
  brushTag,
  // layout
  viewTag,
  headerTag,
  styleTag,
  collapseTag,
  markdownTag,
  repeaterTag,
  filterTag,
];
