import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataKeys } from '../data-keys';
import { validateConfig } from '../validation/config.validator';
import { parseConfig } from './config.parser';

const VALID = `<View>
  <Header value="$title"/>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image">
    <Label value="Car" alias="car"/>
    <Label value="Bus"/>
  </RectangleLabels>
  <Choices name="tags" toName="image" value="$options" perRegion="true"/>
</View>`;

describe('parseConfig', () => {
  it('builds a typed, defaulted tree with positions', () => {
    const { ok, config } = parseConfig(VALID);
    expect(ok).toBe(true);
    const image = config?.root.children[1];
    expect(image).toMatchObject({ tag: 'Image', kind: 'object', line: 3, column: 3 });
    expect(image?.attrs).toMatchObject({ name: 'image', value: '$image', zoom: true, zoomBy: 1.1, defaultZoom: 'fit' });
    expect(image?.attrPositions.value).toEqual({ line: 3, column: 23 });
  });

  it('derives objects, controls and variables', () => {
    const config = parseConfig(VALID).config;
    expect(config?.objects.map((o) => [o.name, o.type, o.dataKey])).toEqual([['image', 'image', 'image']]);
    const [box, tags] = config?.controls ?? [];
    expect(box).toMatchObject({
      name: 'box',
      type: 'rectanglelabels',
      valueKey: 'rectanglelabels',
      toName: ['image'],
      labels: ['Car', 'car', 'Bus'],
      dynamic: false,
      choice: 'single',
    });
    expect(tags).toMatchObject({ name: 'tags', type: 'choices', dynamic: true, dynamicKey: 'options', perRegion: true });
    expect(config?.variables.map((v) => `${v.tag}.${v.attribute}=${v.key}`)).toEqual([
      'Header.value=title',
      'Image.value=image',
      'Choices.value=options',
    ]);
    expect(config && dataKeys(config)).toEqual(['image', 'options']);
  });

  it('records Repeater context on repeated tags', () => {
    const config = parseConfig(
      '<View><Repeater on="$docs" indexFlag="{{n}}"><Text name="t_{{n}}" value="$docs[{{n}}].body"/><TextArea name="a_{{n}}" toName="t_{{n}}"/></Repeater></View>',
    ).config;
    expect(config?.repeaters).toEqual([{ on: 'docs', indexFlag: '{{n}}', mode: 'list' }]);
    expect(config?.objects[0]).toMatchObject({ name: 't_{{n}}', dataKey: 'docs', repeater: { on: 'docs' } });
    expect(config && dataKeys(config)).toEqual(['docs']);
  });

  it('keeps inline HTML inside HyperText as markup', () => {
    const { ok, config } = parseConfig('<View><HyperText name="h"><p>Hello <b>world</b></p></HyperText></View>');
    expect(ok).toBe(true);
    expect(config?.root.children[0].children[0]).toMatchObject({ tag: 'p', kind: 'markup' });
  });
});

describe('parser robustness', () => {
  const neverThrows = (xml: string) => {
    const parsed = parseConfig(xml);
    const validated = validateConfig(xml);
    expect(typeof parsed.ok).toBe('boolean');
    for (const issue of [...validated.errors, ...validated.warnings]) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    if (!validated.ok) expect(validated.errors.length).toBeGreaterThan(0);
  };

  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), neverThrows), { numRuns: 200 });
  });

  it('never throws on mutated valid configs', () => {
    const mutation = fc.record({
      at: fc.nat({ max: VALID.length }),
      cut: fc.nat({ max: 20 }),
      insert: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let xml = VALID;
        for (const m of mutations) xml = xml.slice(0, m.at) + m.insert + xml.slice(m.at + m.cut);
        neverThrows(xml);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random tag soup', () => {
    const tag = fc.constantFrom('View', 'Image', 'Text', 'Choices', 'Choice', 'Labels', 'Label', 'Foo', 'Repeater', 'Relations');
    const attr = fc.tuple(
      fc.constantFrom('name', 'toName', 'value', 'choice', 'on', 'x'),
      fc.constantFrom('a', 'b', '$a', '', 'single', '{{idx}}'),
    );
    const element: fc.Memo<string> = fc.memo((n) =>
      fc
        .tuple(tag, fc.array(attr, { maxLength: 3 }), n > 1 ? fc.array(element(n - 1), { maxLength: 3 }) : fc.constant([]))
        .map(([t, attrs, children]) => {
          const a = attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
          const unique = [...new Map(attrs.map(([k, v]) => [k, v])).entries()].length === attrs.length;
          const attrsText = unique ? a : '';
          return children.length > 0 ? `<${t}${attrsText}>${children.join('')}</${t}>` : `<${t}${attrsText}/>`;
        }),
    );
    fc.assert(fc.property(element(4), neverThrows), { numRuns: 150 });
  });

  it('handles 10,000 levels of nesting quickly', () => {
    const xml = `${'<View>'.repeat(10_000)}<Text name="t" value="$t"/>${'</View>'.repeat(10_000)}`;
    const started = Date.now();
    const result = validateConfig(xml);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: 'too-deep', line: 1, column: 601 });
  });

  it('handles a 1 MB attribute value', () => {
    const big = 'x'.repeat(1_000_000);
    const started = Date.now();
    const result = validateConfig(`<View><Text name="t" value="$t" style="${big}"/><Header value="${big}"/></View>`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(true);
  });

  it('handles many unclosed tags and garbage without hanging', () => {
    const result = validateConfig(`<View>${'<Text name="a" value="$b">'.repeat(5_000)}`);
    expect(result.ok).toBe(false);
    expect(result.errors[0].code).toMatch(/xml-syntax|too-deep/);
  });
});
