import type { Template } from './template.types';

export const GENERATIVE_AI_TEMPLATES: readonly Template[] = [
  {
    id: 'llm-response-grading',
    title: 'LLM Response Grading',
    group: 'Generative AI',
    description: 'Grade a model answer for correctness, helpfulness and safety.',
    config: `<View>
  <Header value="Prompt"/>
  <Text name="prompt" value="$prompt"/>
  <Header value="Model answer"/>
  <Text name="answer" value="$answer"/>
  <Rating name="helpfulness" toName="answer" maxRating="5"/>
  <Choices name="correctness" toName="answer" choice="single-radio" showInline="true">
    <Choice value="Correct"/>
    <Choice value="Partially correct"/>
    <Choice value="Incorrect"/>
  </Choices>
  <Choices name="safety" toName="answer" choice="multiple" showInline="true">
    <Choice value="Harmful"/>
    <Choice value="Biased"/>
    <Choice value="Private data"/>
  </Choices>
  <TextArea name="comment" toName="answer" rows="2" placeholder="Why?"/>
</View>`,
    sampleTasks: [{ prompt: 'What is the boiling point of water at sea level?', answer: 'About 100 °C (212 °F).' }],
  },
  {
    id: 'pairwise-preference',
    title: 'Pairwise Preference (RLHF)',
    group: 'Generative AI',
    description: 'Pick the better of two model responses to the same prompt.',
    config: `<View>
  <Text name="prompt" value="$prompt"/>
  <View style="display: flex; gap: 1em">
    <Text name="response_a" value="$response_a"/>
    <Text name="response_b" value="$response_b"/>
  </View>
  <Pairwise name="preference" toName="response_a,response_b" selectionStyle="background"/>
</View>`,
    sampleTasks: [
      {
        prompt: 'Suggest a name for a bakery.',
        response_a: 'Crumb & Co.',
        response_b: 'Bakery Number One Best Bread Shop',
      },
    ],
  },
  {
    id: 'supervised-fine-tuning',
    title: 'Supervised Fine-tuning Data',
    group: 'Generative AI',
    description: 'Write an ideal response for each instruction.',
    config: `<View>
  <Header value="Instruction"/>
  <Text name="instruction" value="$instruction"/>
  <TextArea name="response" toName="instruction" rows="8" editable="true" maxSubmissions="1" required="true"/>
</View>`,
    sampleTasks: [{ instruction: 'Explain what a hash table is to a new programmer in three sentences.' }],
  },
  {
    id: 'llm-output-ranking',
    title: 'Rank LLM Outputs',
    group: 'Generative AI',
    description: 'Drag model outputs into relevant and not relevant buckets.',
    config: `<View>
  <Text name="prompt" value="$prompt"/>
  <List name="outputs" value="$outputs" title="Model outputs"/>
  <Ranker name="rank" toName="outputs">
    <Bucket name="relevant" title="Relevant"/>
    <Bucket name="not_relevant" title="Not relevant"/>
  </Ranker>
</View>`,
    sampleTasks: [
      {
        prompt: 'Summarise the return policy.',
        outputs: [
          { id: 'o1', title: 'Model A', body: 'Returns within 30 days with receipt.' },
          { id: 'o2', title: 'Model B', body: 'We sell shoes.' },
        ],
      },
    ],
  },
  {
    id: 'text-to-image-review',
    title: 'Text-to-Image Evaluation',
    group: 'Generative AI',
    description: 'Judge how well a generated image follows its prompt.',
    config: `<View>
  <Text name="prompt" value="$prompt"/>
  <Image name="generated" value="$image"/>
  <Rating name="alignment" toName="generated" maxRating="5" icon="heart"/>
  <Choices name="artifacts" toName="generated" choice="multiple">
    <Choice value="Extra limbs"/>
    <Choice value="Garbled text"/>
    <Choice value="Wrong colors"/>
  </Choices>
</View>`,
    sampleTasks: [
      { prompt: 'A red fox reading a newspaper in a cafe', image: 'https://samples.groundwork.dev/images/fox-cafe.png' },
    ],
  },
  {
    id: 'hallucination-spans',
    title: 'Hallucination Span Marking',
    group: 'Generative AI',
    description: 'Highlight unsupported claims in a generated answer.',
    config: `<View>
  <Header value="Source"/>
  <Text name="source" value="$source"/>
  <Header value="Generated answer"/>
  <Labels name="claims" toName="answer">
    <Label value="Unsupported" background="#ff9896"/>
    <Label value="Contradicts source" background="#d62728"/>
  </Labels>
  <Text name="answer" value="$answer"/>
</View>`,
    sampleTasks: [
      {
        source: 'The museum opens at 9 am and closes at 5 pm, Tuesday to Sunday.',
        answer: 'The museum is open every day from 9 am to 7 pm.',
      },
    ],
  },
];
