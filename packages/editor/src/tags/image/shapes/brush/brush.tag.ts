import { imageControlModules } from '../../image-codec';

/**
 * `<BrushLabels>` (`brushlabels`) and `<Brush>` (`brush`, no label list) on an Image: `{format: "rle", rle}`: the RGBA mask in Label Studio's RLE (see `brush-rle.ts`).
 */
export const [brushLabelsTag, brushTag] = imageControlModules('BrushLabels', 'brushlabels', 'Brush', 'brush', 'brush');
