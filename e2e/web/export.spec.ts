import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { unzip } from '../../apps/server/src/platform/zip/zip';
import { apiPost, createProject, logIn, uniqueTitle } from './support';

const IMAGE_CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels>
</View>`;

const box = (label: string, x: number) => ({
  id: `box-${label}`,
  from_name: 'box',
  to_name: 'image',
  type: 'rectanglelabels',
  original_width: 640,
  original_height: 480,
  image_rotation: 0,
  value: { x, y: 10, width: 20, height: 30, rotation: 0, rectanglelabels: [label] },
});

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

/** The Export menu's item for a format, found by its title (its name also holds the description). */
const formatItem = (page: Page, title: string) =>
  page.getByRole('menuitem').filter({ has: page.getByText(title, { exact: true }) });

test('the Export menu offers the formats the server supports for the config and downloads them', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Export'), IMAGE_CONFIG);
  await apiPost(page, `/api/projects/${project.id}/import`, [
    { data: { image: 'https://example.test/cars/1.jpg' }, annotations: [{ result: [box('Car', 10)] }] },
    { data: { image: 'https://example.test/cars/2.jpg' }, annotations: [{ result: [box('Person', 40)] }] },
  ]);
  const formats = (await (await page.request.get(`/api/projects/${project.id}/export/formats`)).json()) as {
    name: string;
    title: string;
    disabled: boolean;
  }[];
  const byName = new Map(formats.map((f) => [f.name, f]));
  expect(byName.get('COCO')?.disabled).toBe(false);
  expect(byName.get('YOLO')?.disabled).toBe(false);
  expect(byName.get('CONLL2003')?.disabled).toBe(true);

  await page.goto(`/projects/${project.id}/data`);
  await page.getByRole('button', { name: 'Export' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByText('Download as')).toBeVisible();
  // Every format the server lists, enabled or not as it says.
  await expect(menu.getByRole('menuitem')).toHaveCount(formats.length);
  for (const f of formats) {
    const item = formatItem(page, f.title);
    await expect(item, f.name).toHaveCount(1);
    if (f.disabled) await expect(item, f.name).toBeDisabled();
    else await expect(item, f.name).toBeEnabled();
  }
  await expect(formatItem(page, 'COCO')).toContainText('COCO');
  await expect(formatItem(page, 'CONLL2003')).toContainText("Not available for this project's labeling config");

  // COCO: a zip (as Label Studio's) holding result.json with both boxes.
  const [coco] = await Promise.all([page.waitForEvent('download'), formatItem(page, 'COCO').click()]);
  expect(coco.suggestedFilename()).toMatch(/\.zip$/);
  const cocoFiles = unzip(await fs.readFile((await coco.path())!));
  const resultJson = [...cocoFiles.keys()].find((name) => name.endsWith('result.json'));
  expect(resultJson, [...cocoFiles.keys()].join(', ')).toBeTruthy();
  const cocoJson = JSON.parse(cocoFiles.get(resultJson!)!.toString('utf8')) as {
    images: unknown[];
    annotations: unknown[];
    categories: { name: string }[];
  };
  expect(cocoJson.images).toHaveLength(2);
  expect(cocoJson.annotations).toHaveLength(2);
  expect(cocoJson.categories.map((c) => c.name).sort()).toEqual(['Car', 'Person']);
  await expect(page.getByText('Downloaded the COCO export.')).toBeVisible();

  // CSV: a header line and one row per task.
  await page.getByRole('button', { name: 'Export' }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), formatItem(page, 'CSV').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const lines = (await fs.readFile((await csv.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(lines[0]).toContain('image');
  expect(lines).toHaveLength(3);

  // YOLO: a zip with one label file per image.
  await page.getByRole('button', { name: 'Export' }).click();
  const [yolo] = await Promise.all([page.waitForEvent('download'), formatItem(page, 'YOLO').click()]);
  expect(yolo.suggestedFilename()).toMatch(/\.zip$/);
  const yoloFiles = [...unzip(await fs.readFile((await yolo.path())!)).keys()];
  expect(
    yoloFiles.filter((name) => /^labels\/.+\.txt$/.test(name)),
    yoloFiles.join(', '),
  ).toHaveLength(2);
});
