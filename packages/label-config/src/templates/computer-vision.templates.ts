import type { Template } from './template.types';

const IMG = 'https://samples.groundwork.dev/images';

export const COMPUTER_VISION_TEMPLATES: readonly Template[] = [
  {
    id: 'image-classification',
    title: 'Image Classification',
    group: 'Computer Vision',
    description: 'Pick one category for each image.',
    config: `<View>
  <Image name="image" value="$image" zoom="true"/>
  <Choices name="category" toName="image" choice="single-radio" showInline="true">
    <Choice value="Indoor"/>
    <Choice value="Outdoor"/>
    <Choice value="Not sure"/>
  </Choices>
</View>`,
    sampleTasks: [{ image: `${IMG}/living-room.jpg` }],
  },
  {
    id: 'bounding-box-detection',
    title: 'Object Detection with Boxes',
    group: 'Computer Vision',
    description: 'Draw rectangles around vehicles, people and traffic signs.',
    config: `<View>
  <Image name="image" value="$image" zoomControl="true" rotateControl="true"/>
  <RectangleLabels name="objects" toName="image" strokeWidth="2">
    <Label value="Vehicle" background="#1f77b4"/>
    <Label value="Pedestrian" background="#ff7f0e"/>
    <Label value="Traffic sign" background="#2ca02c"/>
  </RectangleLabels>
</View>`,
    sampleTasks: [{ image: `${IMG}/crossing.jpg` }],
  },
  {
    id: 'polygon-segmentation',
    title: 'Segmentation with Polygons',
    group: 'Computer Vision',
    description: 'Outline regions such as roofs and roads with polygons.',
    config: `<View>
  <Image name="image" value="$image" zoom="true"/>
  <PolygonLabels name="regions" toName="image" pointSize="small" pointStyle="circle" opacity="0.5">
    <Label value="Roof" background="#d62728"/>
    <Label value="Road" background="#7f7f7f"/>
    <Label value="Vegetation" background="#2ca02c"/>
  </PolygonLabels>
</View>`,
    sampleTasks: [{ image: `${IMG}/aerial-block.jpg` }],
  },
  {
    id: 'mask-segmentation',
    title: 'Segmentation with Brush Masks',
    group: 'Computer Vision',
    description: 'Paint pixel masks; the magic wand helps with uniform areas.',
    config: `<View>
  <Image name="image" value="$image" zoom="true"/>
  <BrushLabels name="mask" toName="image">
    <Label value="Lesion" background="#e377c2"/>
    <Label value="Healthy tissue" background="#17becf"/>
  </BrushLabels>
  <MagicWand name="wand" toName="image"/>
</View>`,
    sampleTasks: [{ image: `${IMG}/dermatology-042.png` }],
  },
  {
    id: 'keypoint-pose',
    title: 'Body Keypoints',
    group: 'Computer Vision',
    description: 'Place keypoints on joints for pose estimation.',
    config: `<View>
  <Image name="image" value="$image" zoom="true"/>
  <KeyPointLabels name="joints" toName="image" strokeWidth="2">
    <Label value="Head" background="#9467bd"/>
    <Label value="Left hand" background="#8c564b"/>
    <Label value="Right hand" background="#bcbd22"/>
    <Label value="Left foot" background="#17becf"/>
    <Label value="Right foot" background="#ff9896"/>
  </KeyPointLabels>
</View>`,
    sampleTasks: [{ image: `${IMG}/runner.jpg` }],
  },
  {
    id: 'image-captioning',
    title: 'Image Captioning',
    group: 'Computer Vision',
    description: 'Write a one-sentence caption for each image.',
    config: `<View>
  <Image name="image" value="$image"/>
  <Header value="Describe the image in one sentence"/>
  <TextArea name="caption" toName="image" rows="3" placeholder="A dog chasing a ball on the beach" maxSubmissions="1" editable="true"/>
</View>`,
    sampleTasks: [{ image: `${IMG}/beach-dog.jpg` }],
  },
  {
    id: 'ocr-regions',
    title: 'Text Recognition (OCR) Regions',
    group: 'Computer Vision',
    description: 'Box text regions on scanned documents and transcribe each one.',
    config: `<View>
  <Image name="image" value="$image" zoomControl="true"/>
  <Labels name="kind" toName="image">
    <Label value="Printed" background="#1f77b4"/>
    <Label value="Handwritten" background="#d62728"/>
  </Labels>
  <Rectangle name="box" toName="image" strokeWidth="2"/>
  <TextArea name="transcription" toName="image" perRegion="true" editable="true" displayMode="region-list" placeholder="Text in this box"/>
</View>`,
    sampleTasks: [{ image: `${IMG}/receipt-scan.png` }],
  },
  {
    id: 'visual-question-answering',
    title: 'Visual Question Answering',
    group: 'Computer Vision',
    description: 'Answer a question about an image and mark the evidence.',
    config: `<View>
  <Image name="image" value="$image"/>
  <Header value="$question"/>
  <TextArea name="answer" toName="image" rows="2" maxSubmissions="1"/>
  <Ellipse name="evidence" toName="image"/>
</View>`,
    sampleTasks: [{ image: `${IMG}/kitchen.jpg`, question: 'How many cups are on the table?' }],
  },
  {
    id: 'multi-image-classification',
    title: 'Multi-page Image Classification',
    group: 'Computer Vision',
    description: 'Classify each page of a multi-image task separately.',
    config: `<View>
  <Image name="pages" valueList="$pages"/>
  <Choices name="page_type" toName="pages" perItem="true" choice="single">
    <Choice value="Cover"/>
    <Choice value="Content"/>
    <Choice value="Blank"/>
  </Choices>
</View>`,
    sampleTasks: [{ pages: [`${IMG}/page-1.png`, `${IMG}/page-2.png`] }],
  },
];
