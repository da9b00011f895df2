import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { apiPost, createProject, logIn, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

test('creating a project shows a config error with its line, then creates the project', async ({ page }) => {
  const title = uniqueTitle('Sentiment');
  await page.goto('/projects');
  await page.getByRole('link', { name: 'Create project' }).first().click();
  await expect(page).toHaveURL(/\/projects\/create$/);

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('Is the review positive or negative?');
  const config = page.getByLabel('Labeling configuration');
  // Line 2 opens <Text> without closing it, so the parser trips over </View> on line 3.
  await config.fill('<View>\n  <Text name="text" value="$text">\n</View>');
  await page.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByText(/^line 3, column \d+:/)).toBeVisible();
  const location = page.getByLabel('Config error location');
  await expect(location).toContainText('Line 3');
  await expect(location).toContainText('</View>');
  await expect(page).toHaveURL(/\/projects\/create$/);
  const listed = await (await page.request.get(`/api/projects?search=${encodeURIComponent(title)}`)).json();
  expect(listed.count).toBe(0);

  // The gallery comes from /api/templates: narrow it by group and words, then pick one.
  const gallery = page.getByRole('radiogroup', { name: 'Start from a template' });
  await page.getByLabel('Template groups').getByText('Computer Vision', { exact: true }).click();
  await expect(gallery.getByRole('radio', { name: /Object Detection/ }).first()).toBeVisible();
  await expect(gallery.getByRole('radio', { name: /Text Classification/ })).toHaveCount(0);
  await page.getByLabel('Template groups').getByText('All', { exact: true }).click();
  await page.getByLabel('Search templates').fill('sentiment reviews');
  // Picking a template replaces the broken config and clears the error.
  await gallery.getByRole('radio', { name: /Text Classification/ }).click();
  await expect(gallery.getByRole('radio', { name: /Text Classification/ })).toHaveAttribute('aria-checked', 'true');
  await expect(config).toHaveValue(/<Choices name="sentiment"/);
  await expect(page.getByLabel('Config error location')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check config' }).click();
  await expect(page.getByRole('status')).toContainText('Config is valid');
  await expect(page.getByRole('status')).toContainText('review');

  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page).toHaveURL(/\/projects\/\d+\/data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Is the review positive or negative?')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();

  const id = Number(/\/projects\/(\d+)\/data/.exec(page.url())?.[1]);
  const project = await (await page.request.get(`/api/projects/${id}`)).json();
  expect(project.title).toBe(title);
  expect(project.label_config).toContain('<Choices name="sentiment"');
});

test('importing tasks through the modal, pasted and from a file, fills the task table', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Import'));
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Import' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import tasks' });
  await expect(dialog).toBeVisible();
  const paste = dialog.getByLabel('Tasks as JSON');
  await paste.fill('[{"text": "oops"');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText(/^Not valid JSON/)).toBeVisible();

  // The server checks that tasks carry the fields the config reads.
  await paste.fill('[{"body": "no text field"}]');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('These fields are not found in data: text');

  await paste.fill(JSON.stringify([{ text: 'The soup was cold' }, { text: 'Lovely staff' }, { text: 'Would come back' }]));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 3 tasks.')).toBeVisible();
  await expect(dialog).toBeHidden();

  const rows = page.getByTestId('task-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'Tasks' })).toContainText('The soup was cold');
  await expect(page.getByRole('table', { name: 'Tasks' })).toContainText('Would come back');
  await expect(page.getByTestId('stat-tasks').getByTestId('stat-value')).toHaveText('3');

  await page.getByRole('button', { name: 'Import' }).first().click();
  await dialog.locator('label', { hasText: 'Upload file' }).click();
  const tasks = [{ data: { text: 'From a file' } }, { data: { text: 'Also from a file' }, predictions: [{ result: [] }] }];
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'tasks.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tasks)) });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 2 tasks with 1 prediction.')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('task-range')).toHaveText('1–5 of 5');
  await expect(page.getByTestId('stat-tasks').getByTestId('stat-value')).toHaveText('5');
  await expect(page.getByTestId('stat-predictions').getByTestId('stat-value')).toHaveText('1');

  const listed = await (await page.request.get(`/api/tasks?project=${project.id}&page_size=50`)).json();
  expect(listed.total).toBe(5);
});

test('importing files runs as a job: a bad row names its line and keeps nothing, good files import with progress', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('Files'));
  await page.goto(`/projects/${project.id}`);
  await page.getByRole('button', { name: 'Import' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import tasks' });
  await dialog.locator('label', { hasText: 'Upload file' }).click();
  const input = dialog.locator('input[type="file"]');

  await input.setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('text\nfine\n"unterminated\n') }]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('bad.csv');
  await expect(dialog.getByTestId('import-progress')).toContainText('no tasks were kept');
  expect((await (await page.request.get(`/api/projects/${project.id}`)).json()).task_number).toBe(0);

  const rows = Array.from({ length: 2500 }, (_, i) => `"Row ${i}, quoted",web`).join('\n');
  await input.setInputFiles([
    { name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from(`text,source\n${rows}\n`) },
    { name: 'lines.txt', mimeType: 'text/plain', buffer: Buffer.from('one line\nanother line\n') },
  ]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 2,502 tasks.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('stat-tasks').getByTestId('stat-value')).toHaveText('2,502');
  const jobs = await (await page.request.get(`/api/projects/${project.id}/imports`)).json();
  expect(jobs.map((j: { status: string }) => j.status)).toEqual(['completed', 'failed']);
  expect(jobs[0].found_formats.sort()).toEqual(['.csv', '.txt']);
});

test('the task table scrolls through tasks', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Paging'));
  await apiPost(
    page,
    `/api/projects/${project.id}/import`,
    Array.from({ length: 60 }, (_, i) => ({ text: `Task number ${i + 1}` })),
  );
  await page.goto(`/projects/${project.id}/data`);
  await expect(page.getByTestId('task-range')).toHaveText(/^1–\d+ of 60$/);
  await expect(page.getByRole('table', { name: 'Tasks' })).toContainText('Task number 1');
  await expect(page.getByRole('table', { name: 'Tasks' })).not.toContainText('Task number 60');
  await page.getByTestId('task-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.getByTestId('task-range')).toHaveText(/–60 of 60$/);
  await expect(page.getByRole('table', { name: 'Tasks' })).toContainText('Task number 60');
});

test('the projects page shows each project with its task and annotation counts, and search filters it', async ({ page }) => {
  const title = uniqueTitle('Counted');
  const project = await createProject(page, title);
  const choice = { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } };
  await apiPost(page, `/api/projects/${project.id}/import`, [
    { data: { text: 'one' }, annotations: [{ result: [choice] }] },
    { data: { text: 'two' } },
    { data: { text: 'three' } },
    { data: { text: 'four' } },
  ]);

  await page.goto('/projects');
  const card = page.getByTestId('project-card').filter({ hasText: title });
  await expect(card.getByTestId('card-tasks')).toHaveText('4 tasks');
  await expect(card.getByTestId('card-annotations')).toHaveText('1 annotation');
  await expect(card.getByTestId('card-predictions')).toHaveText('0 predictions');
  await expect(card.getByTestId('project-progress')).toHaveText('1 of 4 tasks done');
  await page.screenshot({ path: '/tmp/groundwork-projects.png', fullPage: true });

  const search = page.getByLabel('Search projects');
  await search.fill(title);
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  await expect(page.getByTestId('project-card')).toContainText(title);
  await search.fill('no project is called this');
  await expect(page.getByRole('heading', { name: 'No matching projects' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).first().click();
  await expect(page.getByTestId('project-card').filter({ hasText: title })).toBeVisible();

  await card.click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/data$`));
  await expect(page.getByTestId('stat-annotations').getByTestId('stat-value')).toHaveText('1');
  await expect(page.getByTestId('task-row')).toHaveCount(4);
  await page.screenshot({ path: '/tmp/groundwork-project.png', fullPage: true });
});

test('export downloads the annotations as JSON and JSON-MIN', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Export'));
  const choice = { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Negative'] } };
  await apiPost(page, `/api/projects/${project.id}/import`, [
    { data: { text: 'annotated' }, annotations: [{ result: [choice] }] },
    { data: { text: 'not yet' } },
  ]);
  await page.goto(`/projects/${project.id}/data`);

  for (const [item, check] of [
    [
      'JSON',
      (body: unknown) => expect(body).toMatchObject([{ data: { text: 'annotated' }, annotations: [{ result: [choice] }] }]),
    ],
    ['JSON-MIN', (body: unknown) => expect(body).toMatchObject([{ text: 'annotated', sentiment: 'Negative' }])],
  ] as const) {
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: new RegExp(`^${item} `) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    check(JSON.parse(await fs.readFile(await file.path(), 'utf8')));
  }
});

test('settings edit the project, and deleting asks for confirmation', async ({ page }) => {
  const title = uniqueTitle('Settings');
  const project = await createProject(page, title);
  await page.goto(`/projects/${project.id}/data`);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/settings$`));

  const renamed = `${title} v2`;
  await page.getByLabel('Title').fill(renamed);
  await page.getByLabel('Annotations per task').fill('3');
  await page.getByLabel('Labeling configuration').fill('<View>\n  <Text name="text" value="$text"\n</View>');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^line \d+, column \d+:/)).toBeVisible();

  await page
    .getByLabel('Labeling configuration')
    .fill('<View>\n  <Text name="text" value="$text"/>\n  <TextArea name="answer" toName="text"/>\n</View>');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  const saved = await (await page.request.get(`/api/projects/${project.id}`)).json();
  expect(saved).toMatchObject({ title: renamed, maximum_annotations: 3 });
  expect(saved.label_config).toContain('<TextArea name="answer"');

  await page.getByRole('button', { name: 'Delete project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete project?' });
  const confirm = dialog.getByRole('button', { name: 'Delete project' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the project title to confirm').fill(renamed);
  await confirm.click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByText('Project deleted')).toBeVisible();
  await expect(page.getByTestId('project-card').filter({ hasText: renamed })).toHaveCount(0);
  expect((await page.request.get(`/api/projects/${project.id}`)).status()).toBe(404);
});
