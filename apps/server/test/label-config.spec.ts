import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const NER = `<View>
  <Labels name="label" toName="text">
    <Label value="PER" background="red"/>
    <Label value="ORG"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`;

const BOXES = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image">
    <Label value="Car"/>
    <Label value="Person"/>
  </RectangleLabels>
</View>`;

const span = (label: string, start = 0, end = 4) => ({
  id: `s${start}`,
  from_name: 'label',
  to_name: 'text',
  type: 'labels',
  value: { start, end, text: 'Anna', labels: [label] },
});

const box = (x: number, label = 'Car') => ({
  id: `b${x}`,
  from_name: 'box',
  to_name: 'image',
  type: 'rectanglelabels',
  original_width: 640,
  original_height: 480,
  image_rotation: 0,
  value: { x, y: 10, width: 20, height: 20, rotation: 0, rectanglelabels: [label] },
});

describeEachDb('the labeling-config language in the API', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('explains a broken config with line and column, and lists data keys and warnings for a good one', async () => {
    const bad = await t.call('POST', '/api/projects/validate', {
      body: {
        label_config:
          '<View>\n  <Text name="text" value="$text"/>\n  <Choices name="c" toName="txt"><Choice value="A"/></Choices>\n</View>',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.validation_errors.label_config).toHaveLength(1);
    expect(bad.body.validation_errors.label_config[0]).toMatch(/^line 3, column \d+: .*txt/);

    const unknownTag = await t.call('POST', '/api/projects/validate', {
      body: { label_config: '<View><Text name="t" value="$t"/><Choise name="c" toName="t"/></View>' },
    });
    expect(unknownTag.status).toBe(400);
    expect(unknownTag.body.validation_errors.label_config[0]).toMatch(/^line 1, column \d+: .*Choise/);

    const ok = await t.call('POST', '/api/projects/validate', {
      body: {
        label_config:
          '<View><Text name="text" value="$text" madeUp="1"/><Choices name="c" toName="text" value="$options"/></View>',
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data_keys).toEqual(['text', 'options']);
    expect(ok.body.warnings.join('\n')).toMatch(/madeUp/i);
  });

  it("describes a project's config as Label Studio does: parsed_label_config, data_types, control tags", async () => {
    const project = await t.createProject({ label_config: NER });
    const got = (await t.call('GET', `/api/projects/${project.id}`)).body;
    expect(got.config_has_control_tags).toBe(true);
    expect(got.data_types).toEqual({ text: 'Text' });
    expect(got.parsed_label_config).toEqual({
      label: {
        type: 'Labels',
        to_name: ['text'],
        inputs: [{ type: 'Text', valueType: null, value: 'text' }],
        labels: ['PER', 'ORG'],
        labels_attrs: { PER: { value: 'PER', background: 'red' }, ORG: { value: 'ORG' } },
      },
    });
    const empty = await t.createProject({ label_config: '<View></View>' });
    expect((await t.call('GET', `/api/projects/${empty.id}`)).body.config_has_control_tags).toBe(false);
  });

  it('refuses imports whose tasks lack the data the config reads, or carry results that do not fit it', async () => {
    const project = await t.createProject({ label_config: NER });
    const tasks = Array.from({ length: 40 }, (_, i) => ({ text: `task ${i}` }));
    tasks[37] = { txt: 'typo' } as never;
    const missing = await t.call('POST', `/api/projects/${project.id}/import`, { body: tasks });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('Task #37');
    expect(missing.body.validation_errors['tasks[37].data']).toEqual(['These fields are not found in data: text']);

    const badResult = await t.call('POST', `/api/projects/${project.id}/import`, {
      body: [
        { data: { text: 'Anna works' }, annotations: [{ result: [span('PER')] }] },
        { data: { text: 'Anna works' }, annotations: [{ result: [span('LOC'), { ...span('PER', 6, 2), id: 'x' }] }] },
      ],
    });
    expect(badResult.status).toBe(400);
    const problems = badResult.body.validation_errors['tasks[1].annotations[0].result'];
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\[0\].*LOC/);
    expect(problems[1]).toMatch(/^\[1\].*start/);

    const badPrediction = await t.call('POST', `/api/projects/${project.id}/import`, {
      body: [{ data: { text: 'x' }, predictions: [{ result: [{ ...span('PER'), from_name: 'nope' }] }] }],
    });
    expect(badPrediction.status).toBe(400);
    expect(badPrediction.body.validation_errors['tasks[0].predictions[0].result'][0]).toMatch(/nope/);
    // Nothing from the refused requests was stored.
    expect((await t.call('GET', `/api/projects/${project.id}`)).body.task_number).toBe(0);

    const good = await t.call('POST', `/api/projects/${project.id}/import`, {
      body: [
        {
          data: { text: 'Anna works' },
          annotations: [{ result: [span('PER')] }],
          predictions: [{ result: [span('ORG')], score: 0.5 }],
        },
      ],
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ task_count: 1, annotation_count: 1, prediction_count: 1 });
  });

  it('rejects annotations and predictions whose results do not fit the config, listing every problem', async () => {
    const project = await t.createProject({ label_config: BOXES });
    const [taskId] = (
      await t.call('POST', `/api/projects/${project.id}/import?return_task_ids=true`, { body: [{ image: '/a.jpg' }] })
    ).body.task_ids;

    const bad = await t.call('POST', `/api/tasks/${taskId}/annotations`, {
      body: { result: [box(10, 'Dog'), { ...box(95), id: 'wide' }, { ...box(5), type: 'polygonlabels' }] },
    });
    expect(bad.status).toBe(400);
    const problems: string[] = bad.body.validation_errors.result;
    expect(problems.some((p) => p.startsWith('[0]') && p.includes('Dog'))).toBe(true);
    expect(problems.some((p) => p.startsWith('[1]') && /right edge/.test(p))).toBe(true);
    expect(problems.some((p) => p.startsWith('[2]') && /type/.test(p))).toBe(true);

    const ok = await t.call('POST', `/api/tasks/${taskId}/annotations`, { body: { result: [box(10), box(40, 'Person')] } });
    expect(ok.status).toBe(201);
    expect(ok.body.result).toEqual([box(10), box(40, 'Person')]);
    const badUpdate = await t.call('PATCH', `/api/annotations/${ok.body.id}`, {
      body: { result: [{ ...box(10), value: { ...box(10).value, width: -5 } }] },
    });
    expect(badUpdate.status).toBe(400);
    expect(badUpdate.body.validation_errors.result[0]).toMatch(/width/);
    expect((await t.call('GET', `/api/annotations/${ok.body.id}`)).body.result).toEqual([box(10), box(40, 'Person')]);

    const badPrediction = await t.call('POST', '/api/predictions', {
      body: { task: taskId, result: [box(10, 'Dog')], score: 0.3 },
    });
    expect(badPrediction.status).toBe(400);
    expect(badPrediction.body.validation_errors.result[0]).toMatch(/Dog/);
    const badImported = await t.call('POST', `/api/projects/${project.id}/import/predictions`, {
      body: [{ task: taskId, result: [box(10, 'Dog')] }],
    });
    expect(badImported.status).toBe(400);
    expect(JSON.stringify(badImported.body.validation_errors)).toMatch(/Dog/);
    expect((await t.call('GET', `/api/tasks/${taskId}`)).body.total_predictions).toBe(0);
  });

  it('expands shorthand prediction results against the config (label, rating, text)', async () => {
    const config = `<View><Text name="text" value="$text"/>
      <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
      <Rating name="stars" toName="text"/><TextArea name="note" toName="text"/></View>`;
    const project = await t.createProject({ label_config: config });
    const [taskId] = (await t.call('POST', `/api/projects/${project.id}/import?return_task_ids=true`, { body: [{ text: 'x' }] }))
      .body.task_ids;
    const label = await t.call('POST', '/api/predictions', { body: { task: taskId, result: 'Positive' } });
    expect(label.status).toBe(201);
    expect(label.body.result).toEqual([
      { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } },
    ]);
    const stars = await t.call('POST', '/api/predictions', { body: { task: taskId, result: 4 } });
    expect(stars.body.result).toEqual([{ from_name: 'stars', to_name: 'text', type: 'rating', value: { rating: 4 } }]);
    const note = await t.call('POST', '/api/predictions', { body: { task: taskId, result: { text: ['hello'] } } });
    expect(note.body.result).toEqual([{ from_name: 'note', to_name: 'text', type: 'textarea', value: { text: ['hello'] } }]);
    const unknown = await t.call('POST', '/api/predictions', { body: { task: taskId, result: 'Neutral' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.validation_errors.result[0]).toMatch(/Neutral/);
  });

  it('refuses a config change that orphans labels in use unless forced, on PATCH and on validate', async () => {
    const project = await t.createProject({ label_config: NER });
    await t.call('POST', `/api/projects/${project.id}/import`, {
      body: [
        { data: { text: 'Anna' }, annotations: [{ result: [span('PER')] }] },
        { data: { text: 'Anna' }, annotations: [{ result: [span('PER')] }, { result: [span('ORG')] }] },
      ],
    });
    const withoutPer = NER.replace('<Label value="PER" background="red"/>', '<Label value="PERSON"/>');
    const refused = await t.call('PATCH', `/api/projects/${project.id}`, { body: { label_config: withoutPer } });
    expect(refused.status).toBe(400);
    expect(refused.body.validation_errors.label_config.join('\n')).toMatch(/PER \(2 annotations\)/);
    expect((await t.call('GET', `/api/projects/${project.id}`)).body.label_config).toBe(NER);

    const validate = await t.call('POST', `/api/projects/${project.id}/validate`, { body: { label_config: withoutPer } });
    expect(validate.status).toBe(400);

    const renamedControl = NER.replace('name="label"', 'name="entities"');
    expect((await t.call('PATCH', `/api/projects/${project.id}`, { body: { label_config: renamedControl } })).status).toBe(400);

    // Adding labels is always fine.
    const more = NER.replace('<Label value="ORG"/>', '<Label value="ORG"/><Label value="LOC"/>');
    expect((await t.call('PATCH', `/api/projects/${project.id}`, { body: { label_config: more } })).status).toBe(200);

    const forced = await t.call('PATCH', `/api/projects/${project.id}?force=true`, { body: { label_config: withoutPer } });
    expect(forced.status).toBe(200);
    expect(forced.body.label_config).toBe(withoutPer);
  });

  it('serves the template gallery, every template a config the server accepts', async () => {
    const res = await t.call('GET', '/api/templates');
    expect(res.status).toBe(200);
    expect(res.body.templates.length).toBeGreaterThanOrEqual(50);
    expect(new Set(res.body.templates.map((x: { group: string }) => x.group))).toEqual(new Set(res.body.groups));
    for (const template of res.body.templates) {
      const v = await t.call('POST', '/api/projects/validate', { body: { label_config: template.config } });
      expect(v.status, template.title).toBe(200);
    }
    expect((await t.call('GET', '/api/templates', { token: null })).status).toBe(401);
  });

  it('builds a sample task whose data imports and whose annotation submits', async () => {
    const project = await t.createProject({ label_config: BOXES });
    const res = await t.call('POST', `/api/projects/${project.id}/sample-task/`, { body: {} });
    expect(res.status).toBe(200);
    const sample = res.body.sample_task;
    expect(Object.keys(sample.data)).toEqual(['image']);
    const [taskId] = (await t.call('POST', `/api/projects/${project.id}/import?return_task_ids=true`, { body: [sample.data] }))
      .body.task_ids;
    const submitted = await t.call('POST', `/api/tasks/${taskId}/annotations`, {
      body: { result: sample.annotations[0].result },
    });
    expect(submitted.status).toBe(201);

    const other = await t.call('POST', `/api/projects/${project.id}/sample-task`, { body: { label_config: NER } });
    expect(Object.keys(other.body.sample_task.data)).toEqual(['text']);
    const broken = await t.call('POST', `/api/projects/${project.id}/sample-task`, { body: { label_config: '<View><Text' } });
    expect(broken.status).toBe(400);
    expect(broken.body.validation_errors.label_config[0]).toMatch(/^line 1, column \d+/);
  });

  it("publishes a JSON Schema of the project's result list", async () => {
    const project = await t.createProject({ label_config: BOXES });
    const res = await t.call('GET', `/api/projects/${project.id}/result-schema?strict=true`);
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('array');
    const text = JSON.stringify(res.body);
    expect(text).toContain('"Car"');
    expect(text).toContain('"Person"');
    expect(text).toContain('rectanglelabels');
    const annotator = await t.addUser(`a-${Date.now()}@example.com`, 'annotator');
    expect((await t.call('GET', '/api/projects/999999/result-schema', { token: annotator.token })).status).toBe(404);
  });
});
