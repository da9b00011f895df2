import type { Template } from './template.types';

export const STRUCTURED_DATA_TEMPLATES: readonly Template[] = [
  {
    id: 'html-entities',
    title: 'HTML Entity Recognition',
    group: 'Structured Data Parsing',
    description: 'Highlight entities inside rendered HTML documents.',
    config: `<View>
  <HyperTextLabels name="entities" toName="page">
    <Label value="Product" background="#66c2a5"/>
    <Label value="Price" background="#fc8d62"/>
    <Label value="Seller" background="#8da0cb"/>
  </HyperTextLabels>
  <HyperText name="page" value="$html"/>
</View>`,
    sampleTasks: [{ html: '<h2>Aero Kettle</h2><p>Now <b>€39.00</b>, sold by <i>HomeGoods Ltd</i>.</p>' }],
  },
  {
    id: 'tabular-review',
    title: 'Tabular Data Review',
    group: 'Structured Data Parsing',
    description: 'Check a record and flag fields that look wrong.',
    config: `<View>
  <Table name="record" value="$record"/>
  <Choices name="status" toName="record" choice="single-radio">
    <Choice value="Valid"/>
    <Choice value="Needs correction"/>
  </Choices>
  <TextArea name="fix" toName="record" rows="2" placeholder="Which field, and the correct value"/>
</View>`,
    sampleTasks: [{ record: { customer: 'Lena Fischer', country: 'DE', vat_id: 'DE123456789', total: 1250.4 } }],
  },
  {
    id: 'pdf-classification',
    title: 'PDF Document Classification',
    group: 'Structured Data Parsing',
    description: 'Sort PDF documents by type.',
    config: `<View>
  <Pdf name="document" value="$pdf"/>
  <Choices name="doc_type" toName="document" choice="single">
    <Choice value="Invoice"/>
    <Choice value="Contract"/>
    <Choice value="Receipt"/>
    <Choice value="Other"/>
  </Choices>
</View>`,
    sampleTasks: [{ pdf: 'https://samples.groundwork.dev/docs/invoice-2024-031.pdf' }],
  },
  {
    id: 'invoice-fields',
    title: 'Invoice Field Extraction',
    group: 'Structured Data Parsing',
    description: 'Box the key fields on an invoice image and read their values.',
    config: `<View>
  <Image name="invoice" value="$image" zoomControl="true"/>
  <RectangleLabels name="field" toName="invoice">
    <Label value="Invoice number"/>
    <Label value="Date"/>
    <Label value="Total"/>
    <Label value="Vendor"/>
  </RectangleLabels>
  <TextArea name="field_value" toName="invoice" perRegion="true" displayMode="region-list" editable="true"/>
</View>`,
    sampleTasks: [{ image: 'https://samples.groundwork.dev/images/invoice-scan.png' }],
  },
  {
    id: 'freeform-metadata',
    title: 'Freeform Metadata',
    group: 'Structured Data Parsing',
    description: 'Capture several typed fields about a record.',
    config: `<View>
  <Text name="listing" value="$listing"/>
  <Number name="bedrooms" toName="listing" min="0" max="20"/>
  <DateTime name="available_from" toName="listing" only="date"/>
  <TextArea name="address" toName="listing" rows="1"/>
  <Choices name="furnished" toName="listing" choice="single-radio" showInline="true">
    <Choice value="Yes"/>
    <Choice value="No"/>
  </Choices>
</View>`,
    sampleTasks: [{ listing: 'Bright two-bedroom flat near the river, unfurnished, available from 1 June. 14 Quay Street.' }],
  },
];
