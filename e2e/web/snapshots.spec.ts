import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { apiPost, createProject, logIn, OWNER, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

const choice = (value: string) => ({
  from_name: 'sentiment',
  to_name: 'text',
  type: 'choices',
  value: { choices: [value] },
});

test('a snapshot is created, listed with its author, downloaded as JSON and deleted', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Snapshots'));
  await apiPost(page, `/api/projects/${project.id}/import`, [
    { data: { text: 'good film' }, annotations: [{ result: [choice('Positive')] }] },
    { data: { text: 'dull film' }, annotations: [{ result: [choice('Negative')] }] },
    { data: { text: 'not labeled yet' } },
  ]);

  await page.goto(`/projects/${project.id}/data`);
  await page.getByRole('link', { name: 'Snapshots' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/snapshots$`));
  await expect(page.getByRole('heading', { name: 'No snapshots yet' })).toBeVisible();

  const title = uniqueTitle('Version');
  await page.getByRole('button', { name: 'Create snapshot' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create snapshot' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Only tasks with annotations').check();
  await dialog.getByRole('button', { name: 'Create snapshot' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Snapshots' });
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText('Completed')).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText(OWNER.email);
  // Only the two annotated tasks were frozen.
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');

  const [snapshot] = await (await page.request.get(`/api/projects/${project.id}/exports`)).json();
  expect(snapshot.title).toBe(title);
  await expect(row).toContainText(snapshot.md5.slice(0, 8));

  const downloadButton = row.getByRole('button', { name: `Download snapshot ${snapshot.id}` });
  await downloadButton.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'JSON', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^project-\d+-at-.*\.json$/);
  const tasks = JSON.parse(await fs.readFile((await download.path())!, 'utf8'));
  expect(tasks.map((t: { data: { text: string } }) => t.data.text)).toEqual(['good film', 'dull film']);
  expect(
    tasks.map(
      (t: { annotations: { result: { value: { choices: string[] } }[] }[] }) => t.annotations[0].result[0].value.choices[0],
    ),
  ).toEqual(['Positive', 'Negative']);

  await row.getByRole('button', { name: `Delete snapshot ${snapshot.id}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete snapshot?' });
  await confirm.getByRole('button', { name: 'Delete snapshot' }).click();
  await expect(page.getByRole('heading', { name: 'No snapshots yet' })).toBeVisible();
  expect(await (await page.request.get(`/api/projects/${project.id}/exports`)).json()).toEqual([]);
});
