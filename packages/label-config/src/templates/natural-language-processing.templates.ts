import type { Template } from './template.types';

export const NLP_TEMPLATES: readonly Template[] = [
  {
    id: 'text-classification',
    title: 'Text Classification',
    group: 'Natural Language Processing',
    description: 'Assign a sentiment to short reviews.',
    config: `<View>
  <Text name="review" value="$review"/>
  <Choices name="sentiment" toName="review" choice="single-radio" showInline="true">
    <Choice value="Positive"/>
    <Choice value="Neutral"/>
    <Choice value="Negative"/>
  </Choices>
</View>`,
    sampleTasks: [{ review: 'Battery life is great, but the screen scratches easily.' }],
  },
  {
    id: 'named-entities',
    title: 'Named Entity Recognition',
    group: 'Natural Language Processing',
    description: 'Highlight people, organisations, places and dates in text.',
    config: `<View>
  <Labels name="entities" toName="text">
    <Label value="Person" background="#ffb3ba"/>
    <Label value="Organization" background="#bae1ff"/>
    <Label value="Location" background="#baffc9"/>
    <Label value="Date" background="#ffffba"/>
  </Labels>
  <Text name="text" value="$text" granularity="word"/>
</View>`,
    sampleTasks: [{ text: 'On 4 March, Priya Raman signed a supply contract with Helios Energy in Oslo.' }],
  },
  {
    id: 'relation-extraction',
    title: 'Relation Extraction',
    group: 'Natural Language Processing',
    description: 'Mark entities, then link them with typed relations.',
    config: `<View>
  <Relations choice="single">
    <Relation value="works for"/>
    <Relation value="located in"/>
  </Relations>
  <Labels name="entities" toName="text">
    <Label value="Person"/>
    <Label value="Company"/>
    <Label value="City"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`,
    sampleTasks: [{ text: 'Tomas Berg is an engineer at Kestrel Robotics, headquartered in Tallinn.' }],
  },
  {
    id: 'text-summarization',
    title: 'Text Summarization',
    group: 'Natural Language Processing',
    description: 'Write a short summary of a longer passage.',
    config: `<View>
  <Text name="article" value="$article"/>
  <TextArea name="summary" toName="article" rows="4" placeholder="Two or three sentences" maxSubmissions="1" editable="true" required="true"/>
</View>`,
    sampleTasks: [
      {
        article:
          'The city council approved a plan to add 40 km of protected bike lanes over three years. Funding comes from a mix of federal grants and parking revenue. Opponents worry about delivery access on narrow streets.',
      },
    ],
  },
  {
    id: 'machine-translation-review',
    title: 'Machine Translation Post-editing',
    group: 'Natural Language Processing',
    description: 'Correct a machine translation and rate its fluency.',
    config: `<View>
  <Text name="source" value="$source"/>
  <Header value="Machine translation"/>
  <Text name="translation" value="$translation"/>
  <TextArea name="corrected" toName="translation" value="$translation" rows="3" editable="true" maxSubmissions="1"/>
  <Rating name="fluency" toName="translation" maxRating="5" icon="star"/>
</View>`,
    sampleTasks: [{ source: 'Der Zug hat zwanzig Minuten Verspätung.', translation: 'The train has twenty minutes delay.' }],
  },
  {
    id: 'topic-taxonomy',
    title: 'Topic Taxonomy',
    group: 'Natural Language Processing',
    description: 'File news snippets under a hierarchical topic tree.',
    config: `<View>
  <Text name="snippet" value="$snippet"/>
  <Taxonomy name="topic" toName="snippet" leafsOnly="true" showFullPath="true">
    <Choice value="Business">
      <Choice value="Markets"/>
      <Choice value="Startups"/>
    </Choice>
    <Choice value="Science">
      <Choice value="Space"/>
      <Choice value="Health"/>
    </Choice>
    <Choice value="Sport"/>
  </Taxonomy>
</View>`,
    sampleTasks: [{ snippet: 'A new probe will study the icy moons of Jupiter starting next decade.' }],
  },
  {
    id: 'extractive-question-answering',
    title: 'Extractive Question Answering',
    group: 'Natural Language Processing',
    description: 'Highlight the span of the passage that answers the question.',
    config: `<View>
  <Header value="$question"/>
  <Labels name="answer" toName="passage" choice="single">
    <Label value="Answer" background="#98df8a"/>
  </Labels>
  <Text name="passage" value="$passage"/>
</View>`,
    sampleTasks: [
      {
        question: 'When was the bridge completed?',
        passage: 'Construction began in 1931 and the bridge was completed in 1937, two years ahead of schedule.',
      },
    ],
  },
];
