import type { Template } from './template.types';

export const DATA_QUALITY_TEMPLATES: readonly Template[] = [
  {
    id: 'content-moderation',
    title: 'Content Moderation',
    group: 'Data Quality',
    description: 'Flag policy violations in user posts.',
    config: `<View>
  <Text name="post" value="$post"/>
  <Choices name="violations" toName="post" choice="multiple" showInline="true">
    <Choice value="Spam"/>
    <Choice value="Harassment"/>
    <Choice value="Hate speech"/>
    <Choice value="Self-harm"/>
    <Choice value="No violation"/>
  </Choices>
</View>`,
    sampleTasks: [{ post: 'Win a free phone!!! Click the link in my profile now.' }],
  },
  {
    id: 'label-verification',
    title: 'Label Verification',
    group: 'Data Quality',
    description: 'Confirm or correct an existing label on an image.',
    config: `<View>
  <Image name="image" value="$image"/>
  <Header value="$current_label"/>
  <Choices name="verdict" toName="image" choice="single-radio">
    <Choice value="Label is correct"/>
    <Choice value="Label is wrong"/>
    <Choice value="Image is unusable"/>
  </Choices>
  <Choices name="corrected" toName="image" value="$classes" visibleWhen="choice-selected" whenTagName="verdict" whenChoiceValue="Label is wrong"/>
</View>`,
    sampleTasks: [
      {
        image: 'https://samples.groundwork.dev/images/tabby.jpg',
        current_label: 'dog',
        classes: [{ value: 'cat' }, { value: 'dog' }, { value: 'rabbit' }],
      },
    ],
  },
  {
    id: 'duplicate-detection',
    title: 'Near-duplicate Detection',
    group: 'Data Quality',
    description: 'Decide whether two records describe the same thing.',
    config: `<View>
  <Text name="record_a" value="$record_a"/>
  <Text name="record_b" value="$record_b"/>
  <Choices name="same" toName="record_a,record_b" choice="single-radio" showInline="true">
    <Choice value="Duplicate"/>
    <Choice value="Different"/>
    <Choice value="Unsure"/>
  </Choices>
</View>`,
    sampleTasks: [{ record_a: 'ACME Corp., 12 Main St, Springfield', record_b: 'Acme Corporation, 12 Main Street, Springfield' }],
  },
  {
    id: 'pii-redaction',
    title: 'PII Span Review',
    group: 'Data Quality',
    description: 'Mark personal data that must be masked before release.',
    config: `<View>
  <Labels name="pii" toName="text">
    <Label value="Name" background="#fbb4ae"/>
    <Label value="Email" background="#b3cde3"/>
    <Label value="Phone" background="#ccebc5"/>
    <Label value="Address" background="#decbe4"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`,
    sampleTasks: [{ text: 'Contact Jonas Weber at jonas.weber@example.org or +49 30 1234567.' }],
  },
  {
    id: 'per-item-review',
    title: 'Repeated Item Review',
    group: 'Data Quality',
    description: 'Review every item of a task in one pass with a Repeater.',
    config: `<View>
  <Repeater on="$items" indexFlag="{{idx}}" mode="pagination">
    <Text name="item_{{idx}}" value="$items[{{idx}}].text"/>
    <Choices name="ok_{{idx}}" toName="item_{{idx}}" choice="single" showInline="true">
      <Choice value="Keep"/>
      <Choice value="Drop"/>
    </Choices>
  </Repeater>
</View>`,
    sampleTasks: [{ items: [{ text: 'First sentence to review.' }, { text: 'Second sentence to review.' }] }],
  },
];
