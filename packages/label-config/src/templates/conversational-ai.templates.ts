import type { Template } from './template.types';

const DIALOGUE = [
  { author: 'User', text: 'I need to move my dentist appointment to Friday.' },
  { author: 'Bot', text: 'Sure. Morning or afternoon?' },
  { author: 'User', text: 'Afternoon, after 3 if possible.' },
];

export const CONVERSATIONAL_AI_TEMPLATES: readonly Template[] = [
  {
    id: 'intent-and-slots',
    title: 'Intent Classification and Slot Filling',
    group: 'Conversational AI',
    description: 'Tag slots in dialogue turns and pick the overall intent.',
    config: `<View>
  <ParagraphLabels name="slots" toName="dialogue">
    <Label value="Date" background="#ffd92f"/>
    <Label value="Time" background="#a6d854"/>
    <Label value="Service" background="#8da0cb"/>
  </ParagraphLabels>
  <Paragraphs name="dialogue" value="$dialogue" layout="dialogue"/>
  <Choices name="intent" toName="dialogue" choice="single-radio">
    <Choice value="Reschedule"/>
    <Choice value="Cancel"/>
    <Choice value="Book"/>
  </Choices>
</View>`,
    sampleTasks: [{ dialogue: DIALOGUE }],
  },
  {
    id: 'response-writing',
    title: 'Response Generation',
    group: 'Conversational AI',
    description: 'Write the next assistant reply for a conversation.',
    config: `<View>
  <Paragraphs name="dialogue" value="$dialogue" layout="dialogue"/>
  <TextArea name="reply" toName="dialogue" rows="3" editable="true" maxSubmissions="1" placeholder="Next reply from the assistant"/>
</View>`,
    sampleTasks: [{ dialogue: DIALOGUE }],
  },
  {
    id: 'response-selection',
    title: 'Response Selection',
    group: 'Conversational AI',
    description: 'Choose the best of several candidate replies.',
    config: `<View>
  <Paragraphs name="dialogue" value="$dialogue" layout="dialogue"/>
  <Header value="Which reply fits best?"/>
  <Choices name="best_reply" toName="dialogue" value="$candidates" choice="single"/>
</View>`,
    sampleTasks: [
      {
        dialogue: DIALOGUE,
        candidates: [
          { value: 'I booked Friday at 3:30 pm for you.' },
          { value: 'Please call the clinic.' },
          { value: 'What is your name?' },
        ],
      },
    ],
  },
  {
    id: 'coreference',
    title: 'Coreference Resolution',
    group: 'Conversational AI',
    description: 'Mark mentions and link the ones that refer to the same entity.',
    config: `<View>
  <Relations>
    <Relation value="same entity"/>
  </Relations>
  <Labels name="mention" toName="text">
    <Label value="Mention" background="#fdb462"/>
    <Label value="Pronoun" background="#80b1d3"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`,
    sampleTasks: [{ text: 'Ana called the courier because he had left her parcel at the wrong door.' }],
  },
  {
    id: 'dialogue-act-tagging',
    title: 'Dialogue Act Tagging',
    group: 'Conversational AI',
    description: 'Tag each utterance with its dialogue act.',
    config: `<View>
  <ParagraphLabels name="act" toName="dialogue" choice="single">
    <Label value="Question"/>
    <Label value="Answer"/>
    <Label value="Request"/>
    <Label value="Confirmation"/>
  </ParagraphLabels>
  <Paragraphs name="dialogue" value="$dialogue" layout="dialogue" nameKey="speaker" textKey="utterance"/>
</View>`,
    sampleTasks: [
      {
        dialogue: [
          { speaker: 'Agent', utterance: 'Can I have your order number?' },
          { speaker: 'Customer', utterance: 'It is 55-1930.' },
        ],
      },
    ],
  },
];
