/* eslint-disable @typescript-eslint/no-explicit-any -- the test walks an arbitrary JSON Schema document */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parser/config.parser';
import { resultJsonSchema } from './result-json-schema';

const config = parseConfig(`<View>
  <Image name="img" value="$image"/>
  <RectangleLabels name="box" toName="img"><Label value="Car"/><Label value="Bus"/></RectangleLabels>
  <Choices name="tags" toName="img" choice="multiple"><Choice value="Day"/><Choice value="Night"/></Choices>
  <Rating name="q" toName="img" maxRating="3"/>
  <Relations><Relation value="follows"/></Relations>
</View>`).config;

describe('resultJsonSchema', () => {
  it('describes each control with label enums and value shapes', () => {
    if (!config) throw new Error('parse');
    const schema = resultJsonSchema(config) as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('array');
    const [box, tags, rating, relation] = schema.items.anyOf;
    expect(box.properties.from_name).toEqual({ const: 'box' });
    expect(box.properties.type).toEqual({ const: 'rectanglelabels' });
    expect(box.properties.value.properties.rectanglelabels).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['Car', 'Bus'] },
      minItems: 1,
      maxItems: 1,
    });
    expect(box.properties.value.properties.x).toEqual({ type: 'number', minimum: 0, maximum: 100 });
    expect(tags.properties.value.properties.choices.maxItems).toBeUndefined();
    expect(rating.properties.value.properties.rating).toEqual({ type: 'integer', minimum: 0, maximum: 3 });
    expect(relation.properties.labels.items.enum).toEqual(['follows']);
  });

  it('strict mode lists only required properties, for LLM structured outputs', () => {
    if (!config) throw new Error('parse');
    const schema = resultJsonSchema(config, { strict: true }) as any;
    const visit = (node: any): void => {
      if (node && typeof node === 'object') {
        if (node.type === 'object' && node.properties) {
          expect(node.additionalProperties).toBe(false);
          expect([...node.required].sort()).toEqual(Object.keys(node.properties).sort());
        }
        Object.values(node).forEach(visit);
      }
    };
    visit(schema);
  });
});
