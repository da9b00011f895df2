import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiPost, createProject, logIn, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

interface ApiView {
  id: number;
  data: {
    title?: string;
    filters?: { conjunction: string; items: Record<string, unknown>[] };
    ordering?: string[];
    hiddenColumns?: { explore?: string[] };
  };
}
interface ApiTaskPage {
  tasks: { id: number }[];
  total: number;
}

const choice = (value: string) => ({ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });

/** Imports tasks through the API and returns their ids in import order. */
async function importTasks(page: Page, projectId: number, tasks: unknown[]): Promise<number[]> {
  const result = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${projectId}/import?return_task_ids=true`, tasks);
  return result.task_ids;
}

const views = async (page: Page, projectId: number): Promise<ApiView[]> =>
  (await page.request.get(`/api/dm/views?project=${projectId}`)).json();
const tasksOf = async (page: Page, query: string): Promise<ApiTaskPage> => {
  const response = await page.request.get(`/api/tasks?${query}`);
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
};

/** Picks an option of a Mantine Select by its accessible name. */
async function pick(scope: Locator, label: string, option: string, nth = 0): Promise<void> {
  await scope.getByRole('textbox', { name: label }).nth(nth).click();
  await scope.getByRole('option', { name: option, exact: true }).click();
}

const rows = (page: Page) => page.getByTestId('task-row');
const counts = (page: Page) => page.getByTestId('dm-counts');

test('views are tabs with their own filters: a filter built in the UI is saved in the view and narrows the list', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('DM views'));
  await importTasks(page, project.id, [
    { data: { text: 'apple pie' }, annotations: [{ result: [choice('Positive')] }] },
    { data: { text: 'apple crumble' } },
    { data: { text: 'banana bread' }, annotations: [{ result: [choice('Negative')] }] },
    { data: { text: 'cherry tart' } },
    { data: { text: 'plum cake' } },
  ]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(page.getByRole('tab', { name: 'Default' })).toHaveAttribute('aria-selected', 'true');
  await expect(counts(page)).toContainText('5 tasks');
  await expect(rows(page)).toHaveCount(5);

  await page.getByRole('button', { name: 'Add view' }).click();
  const second = page.getByRole('tab', { name: 'View 2' });
  await expect(second).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Filters' }).click();
  const builder = page.getByTestId('filter-builder');
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await pick(builder, 'Filter column', 'Annotations');
  await pick(builder, 'Filter operator', '>');
  await builder.getByRole('textbox', { name: 'Filter value' }).fill('0');
  await expect(counts(page)).toContainText('2 tasks');
  await expect(rows(page)).toHaveCount(2);

  // The filter lives in the view on the server, and the server applies it.
  const saved = (await views(page, project.id)).find((v) => v.data.title === 'View 2');
  expect(saved?.data.filters?.items).toEqual([
    { filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 },
  ]);
  expect((await tasksOf(page, `project=${project.id}&view=${saved?.id}`)).total).toBe(2);

  // A second condition: data.text contains "apple" (and) leaves one task.
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await pick(builder, 'Filter column', 'text', 1);
  await builder.getByRole('textbox', { name: 'Filter value' }).nth(1).fill('apple');
  await expect(counts(page)).toContainText('1 task ');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('apple pie');
  await page.keyboard.press('Escape');

  // Tabs switch between views, each with its own filters.
  await page.getByRole('tab', { name: 'Default' }).click();
  await expect(counts(page)).toContainText('5 tasks');
  await second.click();
  await expect(counts(page)).toContainText('1 task ');

  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByRole('menuitem', { name: 'Rename view' }).click();
  await page.getByLabel('View name').fill('Annotated apples');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('tab', { name: 'Annotated apples' })).toBeVisible();
  await expect
    .poll(async () => (await views(page, project.id)).map((v) => v.data.title))
    .toEqual(['Default', 'Annotated apples']);

  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByRole('menuitem', { name: 'Delete view' }).click();
  await page.getByRole('dialog', { name: 'Delete view' }).getByRole('button', { name: 'Delete view' }).click();
  await expect(page.getByRole('tab', { name: 'Annotated apples' })).toHaveCount(0);
  await expect(counts(page)).toContainText('5 tasks');
  await expect.poll(async () => (await views(page, project.id)).length).toBe(1);
});

test('columns sort from their header and hide from the column picker, saved in the view', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('DM columns'));
  const ids = await importTasks(page, project.id, [{ text: 'b second' }, { text: 'c third' }, { text: 'a first' }]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toHaveAttribute('data-task-id', String(ids[0]));

  await page.getByRole('button', { name: 'Sort by ID' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sort by ID' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Sort by ID' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sort by ID' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first()).toHaveAttribute('data-task-id', String(Math.max(...ids)));
  await expect.poll(async () => (await views(page, project.id))[0].data.ordering).toEqual(['-tasks:id']);

  await page.getByRole('button', { name: 'Sort by text' }).click();
  await expect(rows(page).first()).toContainText('a first');
  await expect(rows(page).last()).toContainText('c third');
  await expect.poll(async () => (await views(page, project.id))[0].data.ordering).toEqual(['tasks:data.text']);

  await expect(page.getByRole('button', { name: 'Sort by Annotations' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  const picker = page.getByTestId('column-picker');
  await picker.getByRole('checkbox', { name: 'Annotations' }).uncheck();
  await expect(page.getByRole('button', { name: 'Sort by Annotations' })).toHaveCount(0);
  // A column hidden by default can be shown.
  await picker.getByRole('checkbox', { name: 'Inner ID' }).check();
  await expect(page.getByRole('button', { name: 'Sort by Inner ID' })).toBeVisible();
  await expect
    .poll(async () => (await views(page, project.id))[0].data.hiddenColumns?.explore ?? [])
    .toContain('tasks:total_annotations');
  expect((await views(page, project.id))[0].data.hiddenColumns?.explore).not.toContain('tasks:inner_id');

  await page.reload();
  await expect(rows(page).first()).toContainText('a first');
  await expect(page.getByRole('button', { name: 'Sort by Annotations' })).toHaveCount(0);
});

test('selected rows are deleted by a bulk action after a confirmation that gives the count', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('DM actions'));
  const ids = await importTasks(page, project.id, [
    { text: 'keep one' },
    { text: 'drop one' },
    { text: 'drop two' },
    { text: 'keep two' },
  ]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Actions' })).toBeDisabled();

  await page.getByRole('checkbox', { name: `Select task ${ids[1]}` }).check();
  await page.getByRole('checkbox', { name: `Select task ${ids[2]}` }).check();
  await page.getByRole('button', { name: '2 tasks selected' }).click();
  await page.getByRole('menuitem', { name: 'Delete Tasks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete selected tasks' });
  await expect(dialog.getByTestId('action-count')).toHaveText('This applies to 2 tasks.');

  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await tasksOf(page, `project=${project.id}`)).total).toBe(4);

  await page.getByRole('button', { name: '2 tasks selected' }).click();
  await page.getByRole('menuitem', { name: 'Delete Tasks' }).click();
  await dialog.getByRole('button', { name: 'Delete Tasks' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
  await expect(counts(page)).toContainText('2 tasks');
  const left = await tasksOf(page, `project=${project.id}`);
  expect(left.tasks.map((t) => t.id).sort()).toEqual([ids[0], ids[3]].sort());

  // "Select all" with one excluded applies to every matching task but that one.
  await page.getByRole('checkbox', { name: 'Select all tasks' }).check();
  await page.getByRole('checkbox', { name: `Select task ${ids[0]}` }).uncheck();
  await page.getByRole('button', { name: '1 task selected' }).click();
  await page.getByRole('menuitem', { name: 'Delete Tasks' }).click();
  await expect(dialog.getByTestId('action-count')).toHaveText('This applies to 1 task.');
  await dialog.getByRole('button', { name: 'Delete Tasks' }).click();
  await expect(rows(page)).toHaveCount(1);
  expect((await tasksOf(page, `project=${project.id}`)).tasks.map((t) => t.id)).toEqual([ids[0]]);
});

test('the quick view shows a task with all its annotations and predictions, steps to the next, and opens labeling', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('DM quick view'));
  const ids = await importTasks(page, project.id, [
    {
      data: { text: 'Great service' },
      annotations: [{ result: [choice('Positive')] }, { result: [choice('Negative')] }],
      predictions: [{ result: [choice('Positive')], model_version: 'model-7', score: 0.8 }],
    },
    { data: { text: 'Nothing yet' } },
  ]);
  await page.goto(`/projects/${project.id}/data`);
  await rows(page).first().getByText('Great service').click();
  const drawer = page.getByRole('dialog', { name: `Task ${ids[0]}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('quick-view-annotation')).toHaveCount(2);
  await expect(drawer.getByTestId('quick-view-annotations')).toContainText('sentiment: Positive');
  await expect(drawer.getByTestId('quick-view-annotations')).toContainText('sentiment: Negative');
  await expect(drawer.getByTestId('quick-view-prediction')).toContainText('model-7');

  await drawer.getByRole('button', { name: 'Next' }).click();
  const next = page.getByRole('dialog', { name: `Task ${ids[1]}` });
  await expect(next).toContainText('Nothing yet');
  await expect(next).toContainText('No annotations yet.');
  await expect(next.getByRole('button', { name: 'Next' })).toBeDisabled();
  await next.getByRole('button', { name: 'Label this task' }).click();
  await expect(page).toHaveURL(new RegExp(`task=${ids[1]}`));
});

const IMAGE_CONFIG = `<View>
  <Image name="image" value="$image"/>
  <Choices name="kind" toName="image"><Choice value="Cat"/><Choice value="Dog"/></Choices>
</View>`;

/** A 2×2 PNG as a data URL, so thumbnails load without a network. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR42mP8z8Dwn4GBgYGJAQoAAB0kAgHpB5UuAAAAAElFTkSuQmCC';

test('the grid shows image thumbnails, and the choice of layout is saved in the view', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('DM grid'), IMAGE_CONFIG);
  const ids = await importTasks(page, project.id, [{ image: PNG }, { image: PNG }, { image: PNG }]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(rows(page)).toHaveCount(3);
  await page
    .locator('label')
    .filter({ hasText: /^Grid$/ })
    .click();
  const cards = page.getByTestId('task-card');
  await expect(cards).toHaveCount(3);
  const thumb = cards.first().getByTestId('task-thumbnail');
  await expect(thumb).toHaveAttribute('src', PNG);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await expect.poll(async () => (await views(page, project.id))[0].data).toMatchObject({ type: 'grid' });

  await cards.nth(2).click();
  await expect(page.getByRole('dialog', { name: `Task ${ids[2]}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(cards).toHaveCount(3);
  await page
    .locator('label')
    .filter({ hasText: /^List$/ })
    .click();
  await expect(rows(page)).toHaveCount(3);
});

test('20,000 tasks scroll to the last row, fetching only the pages that come into view', async ({ page }) => {
  test.setTimeout(90_000);
  const project = await createProject(page, uniqueTitle('DM scroll'));
  const N = 20_000;
  await importTasks(
    page,
    project.id,
    Array.from({ length: N }, (_, i) => ({ text: `Row ${i + 1}` })),
  );
  const last = await tasksOf(page, `project=${project.id}&page=${N}&page_size=1`);
  const lastId = last.tasks[0].id;

  const pages = new Set<number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/tasks' && url.searchParams.get('page_size') !== '1')
      pages.add(Number(url.searchParams.get('page')));
  });
  await page.goto(`/projects/${project.id}/data`);
  await expect(counts(page)).toContainText('20,000 tasks');
  await expect(rows(page).first()).toContainText('Row 1');

  const scroller = page.getByTestId('task-scroller');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const lastRow = page.locator(`[data-testid="task-row"][data-task-id="${lastId}"]`);
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toContainText(`Row ${N}`);
  await expect(page.getByTestId('task-range')).toContainText(`–20,000 of 20,000`);
  // The jump fetched the last pages, not the 400 in between.
  expect(Math.max(...pages)).toBe(N / 50);
  expect(pages.size).toBeLessThan(6);

  // Half way down, as when the scrollbar is dragged to its middle: the middle rows, again without the pages between.
  await scroller.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  const range = page.getByTestId('task-range');
  await expect(range).not.toContainText('–20,000 of');
  const first = Number((await range.textContent())?.split('–')[0].replace(/\D/g, ''));
  expect(first).toBeGreaterThan(9_900);
  expect(first).toBeLessThan(10_100);
  await expect(rows(page).getByRole('cell', { name: `Row ${first}`, exact: true })).toBeVisible();
  expect(pages.size).toBeLessThan(10);
});

test('the search box finds tasks by the words in their data, on top of the view', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('DM search'));
  await importTasks(page, project.id, [
    { text: 'The quick brown fox' },
    { text: 'A quick reply' },
    { text: 'Brown bread and butter' },
    { text: 'Nothing related' },
  ]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(rows(page)).toHaveCount(4);
  const box = page.getByRole('textbox', { name: 'Search tasks' });

  await box.fill('quick');
  await expect(rows(page)).toHaveCount(2);
  await expect(counts(page)).toContainText('2 tasks');
  await box.fill('brown qui');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('The quick brown fox');
  const viewId = (await views(page, project.id))[0].id;
  expect((await tasksOf(page, `project=${project.id}&view=${viewId}&search=${encodeURIComponent('brown qui')}`)).total).toBe(1);

  await box.fill('zebra');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(rows(page)).toHaveCount(4);
});

test('counts are live: tasks imported elsewhere appear without a reload', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('DM live'));
  await importTasks(page, project.id, [{ text: 'one' }, { text: 'two' }]);
  await page.goto(`/projects/${project.id}/data`);
  await expect(counts(page)).toContainText('2 tasks');
  await importTasks(page, project.id, [
    { data: { text: 'three' }, annotations: [{ result: [choice('Positive')] }] },
    { data: { text: 'four' }, predictions: [{ result: [choice('Negative')] }] },
  ]);
  // The counts refresh on their own every 15 seconds.
  await expect(counts(page)).toHaveText('4 tasks · 1 annotations · 1 predictions', { timeout: 20_000 });
  await expect(rows(page)).toHaveCount(4);
});
