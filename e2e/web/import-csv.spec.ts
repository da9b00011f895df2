import { expect, test, type Page } from '@playwright/test';
import { createProject, logIn, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

/** Opens the project's import dialog on its file upload tab, as a person would. */
async function openFileImport(page: Page, projectId: number) {
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import tasks' });
  await expect(dialog).toBeVisible();
  await dialog.locator('label', { hasText: 'Upload file' }).click();
  return dialog;
}

async function expectNoTasks(page: Page, projectId: number) {
  expect((await (await page.request.get(`/api/projects/${projectId}`)).json()).task_number).toBe(0);
  expect((await (await page.request.get(`/api/tasks?project=${projectId}`)).json()).total).toBe(0);
}

test('a CSV whose quote is never properly closed fails the import naming the line, and keeps no task', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Bad CSV'));
  const dialog = await openFileImport(page, project.id);

  // The quote opened on line 3 would "close" mid-field on line 5 and glue lines 3 to 5 into one task.
  const csv = 'text,label\nfirst,pos\n"second,neg\nthird,pos\nsays "hi" then,neg\n';
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'glued.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('glued.csv, line 3: a quoted field');
  await expect(dialog.getByTestId('import-progress')).toContainText('no tasks were kept');
  await expectNoTasks(page, project.id);
});

test('a TSV row with fewer fields than the header fails the import naming the line, and keeps no task', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Short TSV'));
  const dialog = await openFileImport(page, project.id);

  const tsv = 'text\tlabel\nfine\tpos\nno label here\nalso fine\tneg\n';
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'short.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('short.tsv, line 3: row has 1 fields but the header has 2');
  await expect(dialog.getByTestId('import-progress')).toContainText('no tasks were kept');
  await expectNoTasks(page, project.id);
});
