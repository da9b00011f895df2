import type { Template } from './template.types';

export const RANKING_SCORING_TEMPLATES: readonly Template[] = [
  {
    id: 'search-results-ranking',
    title: 'Search Results Ranking',
    group: 'Ranking & Scoring',
    description: 'Order search results by relevance to the query.',
    config: `<View>
  <Header value="$query"/>
  <List name="results" value="$results" title="Results"/>
  <Ranker name="ranking" toName="results"/>
</View>`,
    sampleTasks: [
      {
        query: 'waterproof hiking boots',
        results: [
          { id: 'r1', title: 'Trail Pro GTX', body: 'Waterproof leather hiking boot.' },
          { id: 'r2', title: 'City Sneaker', body: 'Lightweight canvas shoe.' },
          { id: 'r3', title: 'Summit Mid', body: 'Water-resistant mid boot.' },
        ],
      },
    ],
  },
  {
    id: 'document-relevance',
    title: 'Document Relevance Scoring',
    group: 'Ranking & Scoring',
    description: 'Grade how relevant a document is to a query.',
    config: `<View>
  <Text name="query" value="$query"/>
  <Text name="document" value="$document"/>
  <Choices name="relevance" toName="document" choice="single-radio" showInline="true">
    <Choice value="Perfect"/>
    <Choice value="Good"/>
    <Choice value="Fair"/>
    <Choice value="Bad"/>
  </Choices>
</View>`,
    sampleTasks: [
      { query: 'how to descale a kettle', document: 'Fill the kettle with equal parts water and vinegar, boil, then rinse.' },
    ],
  },
  {
    id: 'pairwise-text-comparison',
    title: 'Pairwise Comparison',
    group: 'Ranking & Scoring',
    description: 'Choose which of two texts is better written.',
    config: `<View>
  <Text name="left" value="$left"/>
  <Text name="right" value="$right"/>
  <Pairwise name="better" toName="left,right"/>
</View>`,
    sampleTasks: [{ left: 'Our new app help you to save money.', right: 'Our new app helps you save money.' }],
  },
  {
    id: 'pairwise-scoring',
    title: 'Pairwise Regression',
    group: 'Ranking & Scoring',
    description: 'Score how similar two sentences are on a 0–10 scale.',
    config: `<View>
  <Text name="first" value="$first"/>
  <Text name="second" value="$second"/>
  <Number name="similarity" toName="first" min="0" max="10" step="1" slider="true"/>
</View>`,
    sampleTasks: [{ first: 'The cat sat on the mat.', second: 'A cat was sitting on a rug.' }],
  },
  {
    id: 'image-search-relevance',
    title: 'Image Search Relevance',
    group: 'Ranking & Scoring',
    description: 'Rate how well an image matches a text query.',
    config: `<View>
  <Header value="$query"/>
  <Image name="image" value="$image"/>
  <Rating name="match" toName="image" maxRating="4" icon="star"/>
</View>`,
    sampleTasks: [{ query: 'sunset over mountains', image: 'https://samples.groundwork.dev/images/alps-dusk.jpg' }],
  },
  {
    id: 'asr-hypothesis-selection',
    title: 'ASR Hypothesis Selection',
    group: 'Ranking & Scoring',
    description: 'Pick the transcript hypothesis closest to the audio.',
    config: `<View>
  <Audio name="audio" value="$audio"/>
  <Choices name="best" toName="audio" value="$hypotheses" choice="single"/>
</View>`,
    sampleTasks: [
      {
        audio: 'https://samples.groundwork.dev/audio/order-pizza.wav',
        hypotheses: [{ value: 'I would like a large pizza' }, { value: 'I would like a large piece of' }],
      },
    ],
  },
];
