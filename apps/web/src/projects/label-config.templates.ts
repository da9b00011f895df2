/** Starter labeling configs offered when creating a project; each one is a complete, valid config. */
export interface ConfigTemplate {
  id: string;
  title: string;
  description: string;
  config: string;
}

export const CONFIG_TEMPLATES: readonly ConfigTemplate[] = [
  {
    id: 'text-classification',
    title: 'Text classification',
    description: 'Pick one label for each text, e.g. sentiment.',
    config: `<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single" showInline="true">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
    <Choice value="Neutral"/>
  </Choices>
</View>`,
  },
  {
    id: 'ner',
    title: 'Named entity recognition',
    description: 'Highlight spans of text and label them.',
    config: `<View>
  <Labels name="label" toName="text">
    <Label value="Person" background="#ff8787"/>
    <Label value="Organization" background="#74c0fc"/>
    <Label value="Location" background="#8ce99a"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`,
  },
  {
    id: 'image-classification',
    title: 'Image classification',
    description: 'Pick a class for each image.',
    config: `<View>
  <Image name="image" value="$image"/>
  <Choices name="class" toName="image" choice="single">
    <Choice value="Cat"/>
    <Choice value="Dog"/>
    <Choice value="Other"/>
  </Choices>
</View>`,
  },
  {
    id: 'object-detection',
    title: 'Object detection',
    description: 'Draw labeled bounding boxes on images.',
    config: `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image">
    <Label value="Car" background="#4dabf7"/>
    <Label value="Pedestrian" background="#ff922b"/>
  </RectangleLabels>
</View>`,
  },
  {
    id: 'transcription',
    title: 'Audio transcription',
    description: 'Listen to a clip and type what is said.',
    config: `<View>
  <Audio name="audio" value="$audio"/>
  <TextArea name="transcription" toName="audio" rows="4" editable="true" maxSubmissions="1"/>
</View>`,
  },
];
