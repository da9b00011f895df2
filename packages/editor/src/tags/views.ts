import type { TagView } from '../react/engine-context';
import { ChoicesView } from './choices/choices.view';
import { CollapseView } from './collapse/collapse.view';
import { DateTimeView } from './datetime/datetime.view';
import { FilterView } from './filter/filter.view';
import { HeaderView } from './header/header.view';
import { HyperTextView } from './hypertext/hypertext.view';
import { ImageLabelsView, ImageToolControlView } from './image/image-labels.view';
import { ImageView } from './image/image.view';
import { LabelsView } from './labels/labels.view';
import { ListView } from './list/list.view';
import { MarkdownView } from './markdown/markdown.view';
import { NumberView } from './number/number.view';
import { PairwiseView } from './pairwise/pairwise.view';
import { ParagraphsView } from './paragraphs/paragraphs.view';
import { RankerView } from './ranker/ranker.view';
import { RatingView } from './rating/rating.view';
import { RelationsView } from './relations/relations.view';
import { RepeaterView } from './repeater/repeater.view';
import { StyleView } from './style/style.view';
import { TableView } from './table/table.view';
import { TaxonomyView } from './taxonomy/taxonomy.view';
import { TextAreaView } from './textarea/textarea.view';
import { TextView } from './text/text.view';
import { ViewView } from './view/view.view';

/** Every tag's React view. Kept apart from `defaultTags` so the engine never loads React. */
export const defaultTagViews: readonly TagView[] = [
  { tag: 'Text', component: TextView },
  { tag: 'HyperText', component: HyperTextView },
  { tag: 'Paragraphs', component: ParagraphsView },
  { tag: 'Table', component: TableView },
  { tag: 'List', component: ListView },
  { tag: 'Image', component: ImageView },
  { tag: 'Choices', component: ChoicesView },
  { tag: 'Labels', component: LabelsView },
  { tag: 'HyperTextLabels', component: LabelsView },
  { tag: 'ParagraphLabels', component: LabelsView },
  { tag: 'RectangleLabels', component: ImageLabelsView },
  { tag: 'PolygonLabels', component: ImageLabelsView },
  { tag: 'KeyPointLabels', component: ImageLabelsView },
  { tag: 'EllipseLabels', component: ImageLabelsView },
  { tag: 'BrushLabels', component: ImageLabelsView },
  { tag: 'Rectangle', component: ImageToolControlView },
  { tag: 'Polygon', component: ImageToolControlView },
  { tag: 'KeyPoint', component: ImageToolControlView },
  { tag: 'Ellipse', component: ImageToolControlView },
  { tag: 'Brush', component: ImageToolControlView },
  { tag: 'TextArea', component: TextAreaView },
  { tag: 'Rating', component: RatingView },
  { tag: 'Number', component: NumberView },
  { tag: 'DateTime', component: DateTimeView },
  { tag: 'Taxonomy', component: TaxonomyView },
  { tag: 'Pairwise', component: PairwiseView },
  { tag: 'Ranker', component: RankerView },
  { tag: 'Relations', component: RelationsView },
  { tag: 'View', component: ViewView },
  { tag: 'Header', component: HeaderView },
  { tag: 'Style', component: StyleView },
  { tag: 'Collapse', component: CollapseView },
  { tag: 'Markdown', component: MarkdownView },
  { tag: 'Repeater', component: RepeaterView },
  { tag: 'Filter', component: FilterView },
];
