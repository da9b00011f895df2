import { expect, test, type Page } from '@playwright/test';
import { apiPost, createProject, logIn, TEXT_CONFIG, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

interface ApiTask {
  id: number;
  annotations: { id: number; result: { value: { choices: string[] } }[]; was_cancelled: boolean; lead_time: number }[];
  drafts: { id: number; result: unknown[] }[];
}

const getTask = async (page: Page, id: number): Promise<ApiTask> => (await page.request.get(`/api/tasks/${id}`)).json();
const currentTaskId = (page: Page) => Number(new URL(page.url()).searchParams.get('task'));

test('the label stream: a hotkey picks a choice, Ctrl+Enter submits and moves on, drafts survive a reload, skip skips', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('Stream'));
  await apiPost(page, `/api/projects/${project.id}/import`, [
    { text: 'First review' },
    { text: 'Second review' },
    { text: 'Third review' },
  ]);
  await page.goto(`/projects/${project.id}/data`);
  await page.getByRole('link', { name: 'Label all tasks' }).click();
  await expect(page).toHaveURL(/labeling=1&task=\d+/);
  await expect(page.getByText('First review')).toBeVisible();
  const first = currentTaskId(page);

  // Labels without a hotkey are numbered: 1 is the first choice.
  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: /Positive/ })).toBeChecked();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Second review')).toBeVisible();
  const second = currentTaskId(page);
  expect(second).not.toBe(first);

  const submitted = await getTask(page, first);
  expect(submitted.annotations).toHaveLength(1);
  expect(submitted.annotations[0].result[0].value.choices).toEqual(['Positive']);
  expect(submitted.annotations[0].lead_time).toBeGreaterThan(0);

  // A change is saved as a draft and comes back after a reload.
  await page.getByRole('radio', { name: /Negative/ }).check();
  await expect.poll(async () => (await getTask(page, second)).drafts.length).toBe(1);
  await page.reload();
  await expect(page.getByText('Second review')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'New (draft)' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Negative/ })).toBeChecked();

  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByText('Third review')).toBeVisible();
  const skipped = await getTask(page, second);
  expect(skipped.annotations.map((a) => a.was_cancelled)).toEqual([true]);

  await page.getByRole('radio', { name: /Negative/ }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: 'All tasks are done' })).toBeVisible();
  const project2 = await (await page.request.get(`/api/projects/${project.id}`)).json();
  expect(project2).toMatchObject({ total_annotations_number: 2, skipped_annotations_number: 1 });
});

test('a task opened from the table shows instructions, its annotations as tabs, and the annotator updates their own', async ({
  page,
}) => {
  const project = await apiPost<{ id: number }>(page, '/api/projects', {
    title: uniqueTitle('Tabs'),
    label_config: TEXT_CONFIG,
    expert_instruction: '<p>Be <b>careful</b> with sarcasm.</p><img src="x" onerror="window.hacked = 1">',
    show_instruction: true,
  });
  const imported = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    {
      data: { text: 'Already labeled' },
      predictions: [
        {
          result: [{ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Negative'] } }],
          model_version: 'v1',
        },
      ],
    },
  ]);
  const taskId = imported.task_ids[0];
  await page.goto(`/projects/${project.id}/data`);
  await page.getByRole('link', { name: `Open task ${taskId}` }).click();
  await expect(page).toHaveURL(new RegExp(`task=${taskId}`));

  // Instructions open first (sanitized: no script handlers survive), and again on demand.
  const instructions = page.getByRole('dialog', { name: 'Instructions' });
  await expect(instructions).toContainText('Be careful with sarcasm.');
  expect(await instructions.locator('[onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await instructions.getByRole('button', { name: 'Start labeling' }).click();
  await expect(instructions).toBeHidden();
  await page.getByRole('button', { name: 'Instructions' }).click();
  await expect(instructions).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Already labeled')).toBeVisible();

  // The prediction pre-fills a new annotation; submitting it keeps the predicted choice.
  await expect(page.getByText(/Pre-filled from a prediction \(v1\)/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /Negative/ })).toBeChecked();
  await page.getByRole('button', { name: 'Submit' }).click();
  const tab = page.getByRole('tab', { name: /· you/ });
  await expect(tab).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('radio', { name: /Positive/ }).check();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText(/Annotation #\d+ saved/).last()).toBeVisible();
  const task = await getTask(page, taskId);
  expect(task.annotations).toHaveLength(1);
  expect(task.annotations[0].result[0].value.choices).toEqual(['Positive']);
});

test('the create page previews the labeling interface of the config being edited', async ({ page }) => {
  await page.goto('/projects/create');
  const preview = page.getByRole('region', { name: 'Labeling interface preview' });
  await expect(preview.getByRole('radio', { name: /Positive/ })).toBeVisible();
  await page
    .getByLabel('Labeling configuration')
    .fill(
      '<View><Text name="t" value="$t"/><Choices name="c" toName="t" choice="multiple"><Choice value="Spam"/><Choice value="Ham"/></Choices></View>',
    );
  await expect(preview.getByRole('checkbox', { name: /Spam/ })).toBeVisible();
  await page.getByLabel('Labeling configuration').fill('<View><Text name="t" value="$t"');
  await expect(preview).toContainText('The preview appears when the config is valid');
});

const NER_CONFIG = `<View>
  <Labels name="label" toName="text">
    <Label value="PER"/>
    <Label value="ORG"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Relations><Relation value="works_at"/></Relations>
  <TextArea name="note" toName="text" perRegion="true"/>
</View>`;

interface ResultItem {
  id?: string;
  type: string;
  from_id?: string;
  to_id?: string;
  labels?: string[];
  value?: { start?: number; end?: number; text?: string | string[]; labels?: string[] };
}

test('NER from keyboard and mouse: spans by double-click and number, a relation, a per-region note, undo and redo', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('NER'), NER_CONFIG);
  const { task_ids } = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    { text: 'Ada works at Babbage today.' },
  ]);
  await page.goto(`/projects/${project.id}/data?task=${task_ids[0]}`);
  const text = page.getByLabel('Text text');
  await expect(text).toContainText('Ada works at Babbage');
  const regions = page.getByRole('region', { name: 'Regions' });

  // Select a word with a double-click, then press its label's number.
  const wordAt = (word: string) =>
    text.evaluate((el, w) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1);
        r.setEnd(n, i + 2);
        const rect = r.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      throw new Error(`${w} is not in the text`);
    }, word);
  const ada = await wordAt('Ada');
  await page.mouse.dblclick(ada.x, ada.y);
  await page.keyboard.press('1');
  await expect(regions).toContainText('PER “Ada”');
  const babbage = await wordAt('Babbage');
  await page.mouse.dblclick(babbage.x, babbage.y);
  await page.keyboard.press('2');
  await expect(regions).toContainText('ORG “Babbage”');

  // Undo removes the last span, redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(regions).not.toContainText('ORG “Babbage”');
  await page.keyboard.press('Control+Shift+z');
  await expect(regions).toContainText('ORG “Babbage”');

  // Link PER → ORG: select the first region, Alt+R, pick the second.
  await regions.getByRole('button', { name: /PER “Ada”/ }).click();
  await page.keyboard.press('Alt+r');
  await regions.getByRole('button', { name: /ORG “Babbage”/ }).click();
  const relations = page.getByRole('list', { name: 'Relations' });
  await expect(relations).toContainText('→');
  await relations.getByRole('button', { name: 'works_at' }).click();

  // A note for the selected region.
  await regions.getByRole('button', { name: /PER “Ada”/ }).click();
  const note = page.getByRole('textbox', { name: 'note' });
  await note.fill('the countess');
  await note.press('Enter');
  await expect(page.getByRole('textbox', { name: 'note entry 1' })).toHaveValue('the countess');

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');
  const saved = await getTask(page, task_ids[0]);
  const result = saved.annotations[0].result as unknown as ResultItem[];
  const spans = result.filter((r) => r.type === 'labels');
  expect(spans.map((s) => s.value)).toEqual([
    { start: 0, end: 3, text: 'Ada', labels: ['PER'] },
    { start: 13, end: 20, text: 'Babbage', labels: ['ORG'] },
  ]);
  const [per, org] = spans;
  expect(result.find((r) => r.type === 'relation')).toMatchObject({ from_id: per.id, to_id: org.id, labels: ['works_at'] });
  expect(result.find((r) => r.type === 'textarea')).toMatchObject({ id: per.id, value: { text: ['the countess'] } });
});

test('conditional choices appear only for the choice they depend on', async ({ page }) => {
  const config = `<View>
  <Text name="text" value="$text"/>
  <Choices name="topic" toName="text" choice="single"><Choice value="Sports"/><Choice value="Other"/></Choices>
  <Choices name="sport" toName="text" choice="single" visibleWhen="choice-selected" whenTagName="topic" whenChoiceValue="Sports">
    <Choice value="Football"/><Choice value="Tennis"/>
  </Choices>
</View>`;
  const project = await createProject(page, uniqueTitle('Conditional'), config);
  const { task_ids } = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    { text: 'Nadal wins again' },
  ]);
  await page.goto(`/projects/${project.id}/data?task=${task_ids[0]}`);
  await expect(page.getByText('Nadal wins again')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Tennis/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /Sports/ }).check();
  await page.getByRole('radio', { name: /Tennis/ }).check();
  // Hidden again when the condition goes away: its result is not saved then.
  await page.getByRole('radio', { name: /Other/ }).check();
  await expect(page.getByRole('radio', { name: /Tennis/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /Sports/ }).check();
  await page.getByRole('radio', { name: /Tennis/ }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');
  const saved = await getTask(page, task_ids[0]);
  const result = saved.annotations[0].result as unknown as { from_name: string; value: { choices: string[] } }[];
  expect(Object.fromEntries(result.map((r) => [r.from_name, r.value.choices]))).toEqual({ topic: ['Sports'], sport: ['Tennis'] });
});

test('bad input: skipped prediction items are reported in one notice, a missing field is explained, HTML is inert', async ({
  page,
}) => {
  const config = (extra: string, tail = '') => `<View>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/>${extra}</Labels>
  <Text name="text" value="$text"/>
  <HyperText name="page" value="$html"/>${tail}
</View>`;
  // The predictions fit the config they were imported with; the config then changes under them.
  const before = config('<Label value="CITY"/></Labels><Labels name="ghost" toName="text"><Label value="PER"/>');
  const project = await createProject(page, uniqueTitle('Bad input'), before);
  const span = (id: string, value: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value,
    ...extra,
  });
  const { task_ids } = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    {
      data: { text: 'Ada met IBM', html: '<p onclick="window.hacked = 1">Click <b>me</b><script>window.hacked = 2</script></p>' },
      predictions: [
        {
          result: [
            span('good', { start: 8, end: 11, labels: ['ORG'] }),
            span('city', { start: 0, end: 3, labels: ['CITY'] }),
            span('ghost', { start: 0, end: 3, labels: ['PER'] }, { from_name: 'ghost' }),
            span('far', { start: 4, end: 99, labels: ['PER'] }),
          ],
        },
      ],
    },
  ]);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'gw_csrftoken')?.value ?? '';
  const patched = await page.request.patch(`/api/projects/${project.id}`, {
    data: { label_config: config('', '<Text name="note" value="$note"/>') },
    headers: { 'X-CSRFToken': csrf },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  await page.goto(`/projects/${project.id}/data?task=${task_ids[0]}`);
  const notice = page.getByTestId('gw-load-problems');
  await expect(notice).toContainText('3 result items could not be loaded and were left out');
  await expect(notice).toContainText('"CITY" is not an option of "label"');
  await expect(notice).toContainText('no control named "ghost"');
  await expect(notice).toContainText('end (99) is past the end of the text');
  // The valid item loaded.
  await expect(page.locator('mark[data-region="good"]')).toHaveText('IBM');
  // The missing field is explained where its tag would be.
  await expect(page.getByText('Task data has no "note" field, which <Text name="note"> needs.')).toBeVisible();
  // Scripts and event handlers in HTML do nothing.
  await page.getByText('Click').click();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('.gw-editor script')).toHaveCount(0);
});

test('valueType="url": Text and HyperText load their content from an uploaded file; spans are offsets over it', async ({
  page,
}) => {
  const config = `<View>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Text name="text" value="$text" valueType="url"/>
</View>`;
  const project = await createProject(page, uniqueTitle('Text by URL'), config);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'gw_csrftoken')?.value ?? '';
  // An uploaded .html file becomes a task whose only field holds the file's /data/upload/ URL.
  const upload = await page.request.post(`/api/projects/${project.id}/import?return_task_ids=true`, {
    headers: { 'X-CSRFToken': csrf },
    multipart: { file: { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from('Ada met Babbage in London.') } },
  });
  expect(upload.ok(), await upload.text()).toBe(true);
  const taskId = ((await upload.json()) as { task_ids: number[] }).task_ids[0];
  const task = (await (await page.request.get(`/api/tasks/${taskId}`)).json()) as { data: { text: string } };
  expect(task.data.text).toMatch(/^\/data\/upload\/\d+\/.+\.html$/);

  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  const text = page.getByLabel('Text text');
  await expect(text).toHaveText('Ada met Babbage in London.');
  const box = await text.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf('Babbage');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i + 1);
      r.setEnd(n, i + 2);
      const rect = r.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    throw new Error('Babbage is not in the text');
  });
  await page.mouse.dblclick(box.x, box.y);
  await page.keyboard.press('1');
  await expect(page.getByRole('region', { name: 'Regions' })).toContainText('PER “Babbage”');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText(/Annotation #\d+ saved/)).toBeVisible();
  const saved = (await (await page.request.get(`/api/tasks/${taskId}`)).json()) as { annotations: { result: ResultItem[] }[] };
  expect(saved.annotations[0].result[0].value).toEqual({ start: 8, end: 15, text: 'Babbage', labels: ['PER'] });

  // A URL that does not answer shows the URL and why, in place of the tag.
  const missing = `/data/upload/${project.id}/missing.html`;
  const { task_ids } = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    { text: missing },
  ]);
  await page.goto(`/projects/${project.id}/data?task=${task_ids[0]}`);
  await expect(page.getByRole('alert').filter({ hasText: `from ${missing}` })).toContainText('the server answered 404');

  // HyperText by URL: the HTML is fetched, then sanitized like inline HTML.
  const html = await createProject(
    page,
    uniqueTitle('HTML by URL'),
    `<View><HyperText name="page" value="$page" valueType="url"/><HyperTextLabels name="hl" toName="page"><Label value="Q"/></HyperTextLabels></View>`,
  );
  const up2 = await page.request.post(`/api/projects/${html.id}/import?return_task_ids=true`, {
    headers: { 'X-CSRFToken': csrf },
    multipart: {
      file: {
        name: 'page.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<p onclick="window.hacked = 1">Hello <b>world</b><script>window.hacked = 2</script></p>'),
      },
    },
  });
  expect(up2.ok(), await up2.text()).toBe(true);
  await page.goto(`/projects/${html.id}/data?task=${((await up2.json()) as { task_ids: number[] }).task_ids[0]}`);
  await expect(page.locator('.gw-editor b', { hasText: 'world' })).toBeVisible();
  await page.getByText('Hello').click();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});
