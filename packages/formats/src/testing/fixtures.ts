/**
 * Label Studio JSON exports of typical projects, written the way Label Studio writes them
 * (region ids, `original_width/height`, `created_at` timestamps, skipped annotations, tasks
 * without annotations, several annotations per task), each with the formats to compare.
 */
import type { ExportOptions } from '../export/format.types';
import type { LsFormatName } from '../export/ls-format-names';
import type { LsAnnotation, LsResult, LsTask } from '../export/ls-task';
import { buildConfig, control, obj, type TestConfig } from './config-builder';
import { encodeBrushRle, silentWav } from './media';

export interface Fixture {
  name: string;
  cfg: TestConfig;
  tasks: LsTask[];
  formats: LsFormatName[];
  uploads?: Record<string, Uint8Array>;
  options?: ExportOptions;
  /** Let Label Studio copy media (needed to measure audio for ASR_MANIFEST). */
  downloadResources?: boolean;
}

const anna = { id: 1, first_name: 'Anna', last_name: 'Kowalska', email: 'anna@example.com' };
const bob = { id: 2, first_name: 'Bob', last_name: '', email: 'bob.o+labels@example.org' };

let annotationIds = 100;

function annotation(result: LsResult[], extra: Partial<LsAnnotation> = {}): LsAnnotation {
  const id = annotationIds++;
  return {
    id,
    completed_by: anna,
    result,
    was_cancelled: false,
    ground_truth: false,
    created_at: `2024-03-0${(id % 9) + 1}T10:12:33.${String(id).padStart(6, '0')}Z`,
    updated_at: `2024-03-10T08:00:0${id % 10}.000000Z`,
    draft_created_at: null,
    lead_time: 12.5 + id / 8,
    prediction: {},
    result_count: result.length,
    unique_id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    import_id: null,
    last_action: null,
    bulk_created: false,
    task: 0,
    project: 1,
    updated_by: 1,
    parent_prediction: null,
    parent_annotation: null,
    last_created_by: null,
    ...extra,
  };
}

function task(id: number, data: Record<string, unknown>, annotations: LsAnnotation[], extra: Partial<LsTask> = {}): LsTask {
  for (const a of annotations) a.task = id;
  return {
    id,
    annotations,
    file_upload: null,
    drafts: [],
    predictions: [],
    data,
    meta: {},
    created_at: '2024-03-01T09:00:00.000000Z',
    updated_at: '2024-03-10T08:00:00.000000Z',
    inner_id: id,
    total_annotations: annotations.length,
    cancelled_annotations: annotations.filter((a) => a.was_cancelled).length,
    total_predictions: 0,
    comment_count: 0,
    unresolved_comment_count: 0,
    last_comment_updated_at: null,
    project: 1,
    updated_by: null,
    comment_authors: [],
    ...extra,
  };
}

const r = (
  id: string,
  type: string,
  from: string,
  to: string,
  value: Record<string, unknown>,
  extra: Partial<LsResult> = {},
): LsResult => ({
  id,
  type,
  from_name: from,
  to_name: to,
  origin: 'manual',
  value,
  ...extra,
});

const img = (w: number, h: number) => ({ original_width: w, original_height: h, image_rotation: 0 });

// ---------------------------------------------------------------------------------------------

const textClassification: Fixture = {
  name: 'text classification',
  cfg: buildConfig([
    obj('Text', 'text', '$text'),
    control('Choices', 'sentiment', 'text', ['Positive', 'Negative', 'Neutral'], { choice: 'single' }),
    control('Choices', 'topics', 'text', ['Sports', 'Politics', { value: 'Tech', alias: 'Technology' }], { choice: 'multiple' }),
    control('TextArea', 'comment', 'text'),
    control('Rating', 'quality', 'text'),
  ]),
  formats: ['CSV', 'TSV', 'JSON_MIN'],
  tasks: [
    task(
      1,
      {
        text: 'I love "Groundwork", it\'s great!\nSecond line\twith a tab',
        meta: { source: 'web', tags: ['a', 'b/c'] },
        score: 0.75,
        url: 'https://example.com/a/b',
      },
      [
        annotation([
          r('s1', 'choices', 'sentiment', 'text', { choices: ['Positive'] }),
          r('t1', 'choices', 'topics', 'text', { choices: ['Sports', 'Technology'] }),
          r('c1', 'textarea', 'comment', 'text', { text: ['Nice one, "quoted"'] }),
          r('q1', 'rating', 'quality', 'text', { rating: 4 }),
        ]),
        annotation(
          [
            r('s2', 'choices', 'sentiment', 'text', { choices: ['Negative'] }),
            r('c2', 'textarea', 'comment', 'text', { text: ['first', 'second'] }),
          ],
          {
            completed_by: 2,
            lead_time: 3,
            history: [{ id: 5, action: 'submitted', created_at: '2024-03-02T00:00:00Z' }],
          },
        ),
        annotation([r('s3', 'choices', 'sentiment', 'text', { choices: ['Neutral'] })], { was_cancelled: true }),
      ],
    ),
    task(2, { text: 'Ünïcödé — 日本語 😀 <b>&amp;</b>', meta: null, score: 3 }, []),
    task(3, { text: 'only skipped', score: -1.5e-7 }, [annotation([], { was_cancelled: true, completed_by: bob })]),
    task(
      4,
      { text: 'with agreement and a stray result', score: 1e16 },
      [
        annotation(
          [
            r('s4', 'choices', 'sentiment', 'text', { choices: ['Neutral'] }),
            r('x4', 'choices', 'not_in_config', 'text', { choices: ['Whatever'] }),
            { from_id: 's4', to_id: 'c4', type: 'relation', direction: 'right' },
          ],
          { completed_by: { id: 7, first_name: 'No', last_name: 'Email' }, lead_time: null },
        ),
      ],
      { agreement: 87.5 },
    ),
    task(5, { text: 'data key that collides with a control', sentiment: 'pre-labelled', topics: ['x'] }, [
      annotation([r('s5', 'choices', 'sentiment', 'text', { choices: ['Positive'] })], { completed_by: bob }),
    ]),
    task(6, { text: 'predictions only' }, [], {
      predictions: [{ id: 1, result: [r('p', 'choices', 'sentiment', 'text', { choices: ['Positive'] })], score: 0.5 }],
    }),
  ],
};

const ner: Fixture = {
  name: 'named entities',
  cfg: buildConfig([
    obj('Text', 'text', '$text'),
    control('Labels', 'label', 'text', ['Person', 'Organization', 'Location', 'Misc']),
    control('Choices', 'lang', 'text', ['en', 'de']),
  ]),
  formats: ['CONLL2003', 'CSV', 'JSON_MIN'],
  tasks: [
    task(1, { text: 'We gave Jane Smith the keys to Acme Corp. in New York!' }, [
      annotation([
        r('a', 'labels', 'label', 'text', { start: 31, end: 41, text: 'Acme Corp.', labels: ['Organization'] }),
        r('b', 'labels', 'label', 'text', { start: 8, end: 18, text: 'Jane Smith', labels: ['Person'] }),
        r('c', 'labels', 'label', 'text', { start: 45, end: 53, text: 'New York', labels: ['Location'] }),
        r('d', 'choices', 'lang', 'text', { choices: ['en'] }),
      ]),
      annotation([r('e', 'labels', 'label', 'text', { start: 8, end: 12, text: 'Jane', labels: ['Person'] })], {
        completed_by: 2,
      }),
    ]),
    task(2, { text: "\"Don't go,\" said O'Brien. He cannot stay -- it's late... (really) [sic] {x} <y>" }, [
      annotation([
        r('f', 'labels', 'label', 'text', { start: 17, end: 24, text: "O'Brien", labels: ['Person'] }),
        r('g', 'labels', 'label', 'text', { start: 28, end: 31, text: 'can', labels: ['Misc'] }),
        r('h', 'labels', 'label', 'text', { start: 60, end: 66, text: 'really', labels: [] }),
      ]),
    ]),
    task(
      3,
      { text: '😀 Paris, Berlin:Munich and   Wien\n\nare cities; see a/b@example.com & https://x.org/p?q=1 — 3,14 or 2:30.' },
      [
        annotation([
          r('i', 'labels', 'label', 'text', { start: 3, end: 8, text: 'Paris', labels: ['Location'] }),
          r('j', 'labels', 'label', 'text', { start: 10, end: 16, text: 'Berlin', labels: ['Location'] }),
          r('k', 'labels', 'label', 'text', { start: 17, end: 23, text: 'Munich', labels: ['Location'] }),
          r('l', 'labels', 'label', 'text', { start: 30, end: 34, text: 'Wien', labels: ['Location'] }),
        ]),
      ],
    ),
    task(4, { text: "gimme more'n 'tis wanna gonna lemme gotta d'ye. She's, I'm, we'd, they'll, we're, you've, isn't." }, [
      annotation([
        r('m', 'labels', 'label', 'text', { start: 13, end: 17, text: "'tis", labels: ['Misc'] }),
        r('n', 'labels', 'label', 'text', { start: 50, end: 55, text: "I'm, ", labels: ['Person'] }),
      ]),
    ]),
    task(5, { text: 'No entities here.' }, [annotation([r('o', 'choices', 'lang', 'text', { choices: ['de'] })])]),
    task(6, { text: 'Unlabelled task.' }, []),
    task(7, { text: "Overlapping spans: Ada Lovelace's notes." }, [
      annotation([
        r('p', 'labels', 'label', 'text', { start: 19, end: 31, text: 'Ada Lovelace', labels: ['Person'] }),
        r('q', 'labels', 'label', 'text', { start: 23, end: 39, text: "Lovelace's notes", labels: ['Misc'] }),
      ]),
    ]),
  ],
};

const boxConfig = buildConfig([
  obj('Image', 'image', '$image'),
  control('Choices', 'quality', 'image', ['Good', 'Bad']),
  control('RectangleLabels', 'label', 'image', ['Car', 'Person', 'Bicycle']),
]);

const objectDetection: Fixture = {
  name: 'object detection',
  cfg: boxConfig,
  formats: ['COCO', 'YOLO', 'YOLO_OBB', 'VOC', 'CSV'],
  tasks: [
    task(1, { image: 'https://cdn.example.com/photos/street%201.jpg?sig=abc' }, [
      annotation([
        r(
          'b1',
          'rectanglelabels',
          'label',
          'image',
          { x: 10.5, y: 20.25, width: 30, height: 40.125, rotation: 0, rectanglelabels: ['Person'] },
          img(1920, 1080),
        ),
        r(
          'b2',
          'rectanglelabels',
          'label',
          'image',
          { x: 55.1, y: 12.7, width: 20.3, height: 15.9, rotation: 30, rectanglelabels: ['Car'] },
          img(1920, 1080),
        ),
      ]),
    ]),
    task(2, { image: '/data/upload/3/7f3c9a-dog.png' }, [
      annotation([
        r(
          'b3',
          'rectanglelabels',
          'label',
          'image',
          { x: 0, y: 0, width: 100, height: 100, rotation: 0, rectanglelabels: ['Bicycle'] },
          img(640, 480),
        ),
        r(
          'b4',
          'rectanglelabels',
          'label',
          'image',
          { x: 33.333333333333336, y: 66.66666666666667, width: 12.5, height: 7.25, rotation: 0, rectanglelabels: ['Truck'] },
          img(640, 480),
        ),
      ]),
    ]),
    task(3, { image: 's3://bucket/images/frame_0001.jpg' }, [
      annotation(
        [
          r(
            'b5',
            'rectanglelabels',
            'label',
            'image',
            { x: 40, y: 40, width: 10, height: 20, rotation: 345.5, rectanglelabels: ['Car'] },
            img(800, 600),
          ),
        ],
        {
          created_at: '2024-03-09T00:00:00.000000Z',
        },
      ),
      annotation(
        [
          r(
            'b6',
            'rectanglelabels',
            'label',
            'image',
            { x: 41, y: 42, width: 11, height: 21, rotation: 0, rectanglelabels: ['Person'] },
            img(800, 600),
          ),
          r(
            'b7',
            'rectanglelabels',
            'label',
            'image',
            { x: 5, y: 5, width: 5, height: 5, rotation: 90, rectanglelabels: ['Car', 'Person'] },
            img(800, 600),
          ),
        ],
        { created_at: '2024-03-01T00:00:00.000000Z', completed_by: 2 },
      ),
    ]),
    task(4, { image: '/data/local-files/?d=datasets/cam2/img%2005.jpg' }, []),
    task(5, { image: 'https://cdn.example.com/photos/street%201.jpg?sig=abc' }, [
      annotation([
        r('c1', 'choices', 'quality', 'image', { choices: ['Bad'] }),
        r(
          'b8',
          'rectanglelabels',
          'label',
          'image',
          { x: 1, y: 2, width: 3, height: 4, rotation: 0, rectanglelabels: ['Person'] },
          img(1920, 1080),
        ),
      ]),
    ]),
    task(6, { image: 'https://cdn.example.com/photos/no-size.jpg' }, [
      annotation([
        r('b9', 'rectanglelabels', 'label', 'image', {
          x: 10,
          y: 10,
          width: 10,
          height: 10,
          rotation: 0,
          rectanglelabels: ['Car'],
        }),
      ]),
    ]),
    task(7, { image: 'upload/3/skipped.jpg' }, [
      annotation(
        [
          r(
            'b10',
            'rectanglelabels',
            'label',
            'image',
            { x: 1, y: 1, width: 1, height: 1, rectanglelabels: ['Car'] },
            img(10, 10),
          ),
        ],
        { was_cancelled: true },
      ),
    ]),
    task(8, { image: 'https://cdn.example.com/a;v=2/Ünï code.JPEG#frag' }, [
      annotation([
        r(
          'b11',
          'rectanglelabels',
          'label',
          'image',
          { x: 99.5, y: 0.01, width: 0.5, height: 99.99, rotation: -15, rectanglelabels: ['Bicycle'] },
          img(4000, 3000),
        ),
      ]),
    ]),
  ],
};

function circle(cx: number, cy: number, radius: number, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => [
    cx + radius * Math.cos((2 * Math.PI * i) / n),
    cy + radius * Math.sin((2 * Math.PI * i) / n),
  ]);
}

const polygons: Fixture = {
  name: 'polygons',
  cfg: buildConfig([
    obj('Image', 'image', '$image'),
    control('PolygonLabels', 'poly', 'image', ['Building', 'Road']),
    control('RectangleLabels', 'box', 'image', ['Car']),
  ]),
  formats: ['COCO', 'YOLO', 'YOLO_OBB', 'CSV'],
  tasks: [
    task(1, { image: 'https://example.com/aerial/tile_12_34.png' }, [
      annotation([
        r(
          'p1',
          'polygonlabels',
          'poly',
          'image',
          {
            points: [
              [10, 10],
              [40.5, 12.25],
              [38.1, 44.7],
              [9.9, 40],
            ],
            closed: true,
            polygonlabels: ['Building'],
          },
          img(1024, 768),
        ),
        r(
          'p2',
          'polygonlabels',
          'poly',
          'image',
          { points: circle(50, 50, 20, 17), closed: true, polygonlabels: ['Road'] },
          img(1024, 768),
        ),
        r(
          'p3',
          'polygonlabels',
          'poly',
          'image',
          { points: circle(30.3, 60.6, 12.1, 40), closed: true, polygonlabels: ['Building'] },
          img(1024, 768),
        ),
        r(
          'r1',
          'rectanglelabels',
          'box',
          'image',
          { x: 70, y: 70, width: 10.2, height: 5.1, rotation: 12.5, rectanglelabels: ['Car'] },
          img(1024, 768),
        ),
      ]),
    ]),
    task(2, { image: 'https://example.com/aerial/tile_12_35.png' }, [
      annotation([
        r(
          'p4',
          'polygonlabels',
          'poly',
          'image',
          { points: circle(20, 80, 7.7, 70), closed: true, polygonlabels: ['Road'] },
          img(333, 777),
        ),
      ]),
      annotation(
        [
          r(
            'p5',
            'polygonlabels',
            'poly',
            'image',
            {
              points: [
                [1, 1],
                [2, 1],
                [2, 2],
              ],
              polygonlabels: ['Lake'],
            },
            img(333, 777),
          ),
        ],
        { completed_by: bob },
      ),
    ]),
  ],
};

const keypoints: Fixture = {
  name: 'keypoints',
  cfg: buildConfig([
    obj('Image', 'image', '$image'),
    control('RectangleLabels', 'bbox', 'image', ['Person', 'Cat']),
    control('KeyPointLabels', 'kp', 'image', [
      { value: 'nose', model_index: '0' },
      { value: 'left_eye', model_index: '1' },
      { value: 'right_eye', model_index: '2' },
      { value: 'tail', model_index: '3' },
    ]),
  ]),
  formats: ['COCO', 'YOLO'],
  tasks: [
    task(1, { image: 'https://example.com/people/p1.jpg' }, [
      annotation([
        r(
          'r1',
          'rectanglelabels',
          'bbox',
          'image',
          { x: 10, y: 20, width: 30, height: 40, rotation: 0, rectanglelabels: ['Person'] },
          img(1001, 800),
        ),
        r(
          'k1',
          'keypointlabels',
          'kp',
          'image',
          { x: 50, y: 25.5, width: 0.5, keypointlabels: ['nose'] },
          { ...img(1001, 800), parentID: 'r1' },
        ),
        r(
          'k2',
          'keypointlabels',
          'kp',
          'image',
          { x: 22.2, y: 30.05, width: 0.5, keypointlabels: ['left_eye'] },
          { ...img(1001, 800), parentID: 'r1' },
        ),
        r(
          'k3',
          'keypointlabels',
          'kp',
          'image',
          { x: 5, y: 5, width: 0.5, keypointlabels: ['right_eye'] },
          { ...img(1001, 800), parentID: 'missing' },
        ),
        r(
          'r2',
          'rectanglelabels',
          'bbox',
          'image',
          { x: 60, y: 60, width: 20, height: 20, rotation: 0, rectanglelabels: ['Cat'] },
          img(1001, 800),
        ),
        r(
          'k4',
          'keypointlabels',
          'kp',
          'image',
          { x: 75, y: 79.9, width: 0.5, keypointlabels: ['tail'] },
          { ...img(1001, 800), parentID: 'r2' },
        ),
      ]),
    ]),
    task(2, { image: 'https://example.com/people/p2.jpg' }, []),
  ],
};

const explicitCategories: Fixture = {
  name: 'explicit category ids',
  cfg: buildConfig([
    obj('Image', 'image', '$image'),
    control('RectangleLabels', 'label', 'image', [
      { value: 'Zebra', category: '0' },
      'Ant',
      { value: 'Moose', category: '2' },
      { value: 'Bee', category: 'x' },
    ]),
  ]),
  formats: ['COCO', 'YOLO'],
  tasks: [
    task(1, { image: 'https://example.com/zoo.jpg' }, [
      annotation([
        r(
          'z',
          'rectanglelabels',
          'label',
          'image',
          { x: 1, y: 1, width: 10, height: 10, rotation: 0, rectanglelabels: ['Moose'] },
          img(100, 100),
        ),
        r(
          'a',
          'rectanglelabels',
          'label',
          'image',
          { x: 20, y: 20, width: 10, height: 10, rotation: 0, rectanglelabels: ['Bee'] },
          img(100, 100),
        ),
      ]),
    ]),
  ],
};

const wavs = {
  '1/clip one.wav': silentWav(24000, 16000),
  '1/clip2.wav': silentWav(44100 * 3 + 7, 44100),
  '2/long.wav': silentWav(8000 * 61, 8000),
};
const durations: Record<string, number> = {
  '/data/upload/1/clip%20one.wav': 24000 / 16000,
  '/data/upload/1/clip2.wav': (44100 * 3 + 7) / 44100,
  '/data/upload/2/long.wav': 61,
};

const audio: Fixture = {
  name: 'audio transcription',
  cfg: buildConfig([
    obj('Audio', 'audio', '$audio'),
    control('TextArea', 'transcription', 'audio', [], { editable: 'true' }),
    control('Choices', 'noise', 'audio', ['clean', 'noisy']),
  ]),
  formats: ['ASR_MANIFEST', 'CSV'],
  downloadResources: true,
  uploads: wavs,
  options: { resolveAudio: (src) => (src in durations ? { duration: durations[src] } : undefined) },
  tasks: [
    task(1, { audio: '/data/upload/1/clip%20one.wav' }, [
      annotation([
        r('n1', 'choices', 'noise', 'audio', { choices: ['clean'] }),
        r('t1', 'textarea', 'transcription', 'audio', { text: ['hello world'] }, { original_length: 1.5 }),
      ]),
      annotation(
        [r('t2', 'textarea', 'transcription', 'audio', { text: ['Grüße, "quoted" — ok/ok'] }, { original_length: 1.5 })],
        { completed_by: 2 },
      ),
    ]),
    task(2, { audio: '/data/upload/1/missing.wav' }, [
      annotation([r('t3', 'textarea', 'transcription', 'audio', { text: ['lost'] })]),
    ]),
    task(3, { audio: '/data/upload/1/clip2.wav' }, [
      annotation([r('t4', 'textarea', 'transcription', 'audio', { text: ['second clip', 'alt'] })], { completed_by: bob }),
    ]),
    task(4, { audio: '/data/upload/2/long.wav' }, []),
  ],
};

function mask(width: number, height: number, inside: (x: number, y: number) => boolean, alpha = 255): number[] {
  const rgba: number[] = [];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgba.push(...(inside(x, y) ? [255, 0, 0, alpha] : [0, 0, 0, 0]));
  return encodeBrushRle(rgba);
}

const brush: Fixture = {
  name: 'brush masks',
  cfg: buildConfig([obj('Image', 'image', '$image'), control('BrushLabels', 'tag', 'image', ['Tumor', 'Organ/Tissue'])]),
  formats: ['BRUSH_TO_PNG'],
  tasks: [
    task(1, { image: 'https://example.com/scan.png' }, [
      annotation(
        [
          r(
            'm1',
            'brushlabels',
            'tag',
            'image',
            { format: 'rle', rle: mask(12, 9, (x, y) => (x - 5) ** 2 + (y - 4) ** 2 < 12), brushlabels: ['Tumor'] },
            img(12, 9),
          ),
          r(
            'm2',
            'brushlabels',
            'tag',
            'image',
            { format: 'rle', rle: mask(12, 9, (x) => x > 8, 128), brushlabels: ['Tumor'] },
            img(12, 9),
          ),
          r(
            'm3',
            'brushlabels',
            'tag',
            'image',
            { format: 'rle', rle: mask(12, 9, (x, y) => x < y), brushlabels: ['Organ/Tissue'] },
            img(12, 9),
          ),
        ],
        { completed_by: bob },
      ),
    ]),
    task(2, { image: 'https://example.com/scan2.png' }, [
      annotation(
        [
          r(
            'm4',
            'brushlabels',
            'tag',
            'image',
            { format: 'rle', rle: mask(300, 200, (x, y) => (x * y) % 7 === 0), brushlabels: [] },
            img(300, 200),
          ),
        ],
        { completed_by: 42 },
      ),
    ]),
  ],
};

/** A deterministic stream of numbers in [0, 1) (mulberry32), so fixtures are stable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Many rotated boxes: COCO and YOLO OBB pass them through sin, cos and atan, where our results
 * can differ from the C library's in the last bit (see libm.ts); the spec bounds how often.
 */
export function rotatedBoxes(count: number): Fixture {
  const rnd = random(20240305);
  const digits = [0, 2, 6, 14];
  const round = (v: number) => Number(v.toFixed(digits[Math.floor(rnd() * digits.length)]));
  const sizes: Array<[number, number]> = [
    [640, 480],
    [1920, 1080],
    [333, 777],
    [4000, 3000],
  ];
  const tasks = Array.from({ length: count }, (_, i) => {
    const [w, h] = sizes[i % sizes.length];
    const value = {
      x: round(rnd() * 90),
      y: round(rnd() * 90),
      width: round(1 + rnd() * 49),
      height: round(1 + rnd() * 49),
      rotation: round(rnd() * 720 - 360),
      rectanglelabels: ['Car'],
    };
    return task(1000 + i, { image: `https://example.com/rot/${i}.jpg` }, [
      annotation([r(`rot${i}`, 'rectanglelabels', 'label', 'image', value, img(w, h))]),
    ]);
  });
  return { name: 'rotated boxes', cfg: boxConfig, tasks, formats: ['COCO', 'YOLO_OBB'] };
}

const nerConfig = buildConfig([obj('Text', 'text', '$text'), control('Labels', 'label', 'text', ['A', 'B'])]);

/**
 * Texts assembled from the pieces NLTK's tokenizer treats specially (quotes, contractions,
 * brackets, dashes, ellipses, numbers with separators, non-ASCII letters and spaces), with random
 * spans, to compare CoNLL tokens and tags with Label Studio's on many shapes at once.
 */
export function tokenizerStress(count: number): Fixture {
  const rnd = random(31337);
  const pieces = [
    'word',
    'Word',
    "don't",
    "can't",
    'cannot',
    "I'm",
    "they'll",
    "'tis",
    'gonna',
    'wanna ',
    'gimme',
    "d'ye",
    'lemme',
    '"',
    "''",
    '``',
    "'",
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '<',
    '>',
    '--',
    '...',
    '.',
    ',',
    ':',
    ';',
    '!',
    '?',
    '@',
    '#',
    '$',
    '%',
    '&',
    '/',
    '3,14',
    '2:30',
    '1.5',
    'e.g.',
    'U.S.',
    'Ünï',
    'naïve',
    '日本',
    '😀',
    'ß',
    '\u00a0',
    '\t',
    '\n',
    ' ',
    '  ',
    '\u0085',
    '\u2028',
    '\u001c',
    '\ufeff',
    '\u3000',
    '\u212aan\u017ft',
    'http://x.org/a?b=1',
    "O'Neil",
    "rock 'n' roll",
    'end.',
    'quote."',
    "it's",
    "CAN'T",
    "More'n",
  ];
  const tasks = Array.from({ length: count }, (_, i) => {
    let text = '';
    const n = 3 + Math.floor(rnd() * 14);
    for (let k = 0; k < n; k++) text += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.6 ? ' ' : '');
    const spans = Array.from({ length: Math.floor(rnd() * 4) }, (_, j) => {
      const start = Math.floor(rnd() * text.length);
      const end = Math.min(text.length, start + 1 + Math.floor(rnd() * 12));
      return r(`s${i}_${j}`, 'labels', 'label', 'text', {
        start,
        end,
        text: text.slice(start, end).replace(/[\ud800-\udfff]/g, ''),
        labels: [rnd() < 0.5 ? 'A' : 'B'],
      });
    });
    return task(2000 + i, { text }, [annotation(spans)]);
  });
  return { name: 'tokenizer stress', cfg: nerConfig, tasks, formats: ['CONLL2003'] };
}

/**
 * Task data and annotations of every JSON shape (numbers of all magnitudes, nested objects,
 * unicode, control characters, booleans, nulls), for the tabular and JSON-MIN encoders.
 */
export function dataStress(count: number): Fixture {
  const rnd = random(4242);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const strings = [
    '',
    'plain',
    'a "quoted", comma',
    'line\nbreak\r\n',
    'tab\there',
    'ünï 日本 😀',
    'slash/and\\back',
    '\u0001\u001f\u007f',
    '\u2028\u2029',
    '<&>',
  ];
  const numbers = () =>
    pick([
      0,
      -0,
      1,
      -17,
      2 ** 53 - 1,
      1e21,
      1.5e300,
      0.1,
      1 / 3,
      -2.5e-7,
      1e-5,
      1e16,
      123456.789,
      rnd() * 1000,
      rnd() * 1e-6,
      Math.round(rnd() * 1e6),
    ]);
  const scalar = (): unknown => pick([() => pick(strings), numbers, () => rnd() < 0.5, () => null])();
  const value = (depth: number): unknown =>
    depth > 2 || rnd() < 0.6
      ? scalar()
      : rnd() < 0.5
        ? Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1))
        : Object.fromEntries(
            Array.from({ length: Math.floor(rnd() * 3) }, (_, i) => [pick(['k', 'ключ', 'a/b', `n${i}`]), value(depth + 1)]),
          );
  const cfg = buildConfig([
    obj('Text', 'text', '$text'),
    control('Choices', 'choice', 'text', ['A', 'B', 'C'], { choice: 'multiple' }),
    control('TextArea', 'note', 'text'),
    control('Number', 'num', 'text'),
    control('Labels', 'span', 'text', ['X']),
  ]);
  const tasks = Array.from({ length: count }, (_, i) => {
    const data: Record<string, unknown> = { text: pick(strings) };
    for (const key of ['extra', 'meta', 'nested', 'num']) if (rnd() < 0.5) data[key] = value(0);
    const results: LsResult[] = [];
    if (rnd() < 0.7)
      results.push(r(`c${i}`, 'choices', 'choice', 'text', { choices: rnd() < 0.5 ? [pick(['A', 'B'])] : ['A', 'C'] }));
    if (rnd() < 0.5)
      results.push(
        r(`n${i}`, 'textarea', 'note', 'text', { text: rnd() < 0.7 ? [pick(strings)] : [pick(strings), pick(strings)] }),
      );
    if (rnd() < 0.4) results.push(r(`m${i}`, 'number', 'num', 'text', { number: numbers() }));
    if (rnd() < 0.4) results.push(r(`s${i}`, 'labels', 'span', 'text', { start: 0, end: 1, text: 'x', labels: ['X'] }));
    const by = pick<unknown>([anna, bob, 3, { id: 9 }, { email: null }, null, 'someone']);
    const lead = pick<unknown>([numbers(), null, 0]);
    const annotations = rnd() < 0.15 ? [] : [annotation(results, { completed_by: by, lead_time: lead as number | null })];
    return task(3000 + i, data, annotations, rnd() < 0.2 ? { agreement: numbers() } : {});
  });
  return { name: 'data stress', cfg, tasks, formats: ['CSV', 'TSV', 'JSON_MIN'] };
}

/**
 * Image tasks of many shapes for COCO, YOLO and VOC: every kind of media URL, boxes and polygons
 * with and without image sizes, classes missing from the config, several and skipped annotations,
 * tasks sharing an image. Boxes are unrotated here (rotation is covered by rotatedBoxes).
 */
export function imageStress(count: number, allSized = false): Fixture {
  const rnd = random(777);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const urls = [
    (i: number) => `https://cdn.example.com/set/${i}.jpg`,
    (i: number) => `http://example.com/a%20b/${i}.png?token=x#frag`,
    (i: number) => `https://example.com/dir/${i}/`,
    (i: number) => `/data/upload/7/${i}-photo.jpeg`,
    (i: number) => `upload/7/${i}.bmp`,
    (i: number) => `/data/local-files/?d=folder/${i}.jpg`,
    (i: number) => `gs://bucket/${i}.webp`,
    (i: number) => `azure-blob://container/${i}.tif`,
    (i: number) => `/storage-data/uploaded/?filepath=upload/7/${i}.jpg`,
    (i: number) => `relative/path/img_${i}.jpeg`,
    (i: number) => `https://example.com/ünï/${i}.JPG;v=1`,
    () => 'https://cdn.example.com/shared.jpg',
  ];
  const cfg = buildConfig([
    obj('Image', 'image', '$image'),
    control('RectangleLabels', 'box', 'image', ['Car', 'Person']),
    control('PolygonLabels', 'poly', 'image', ['Road', { value: 'Building', alias: 'House' }]),
  ]);
  const num = () => Number((rnd() * 90).toFixed(pick([0, 1, 3, 13])));
  const region = (id: string): LsResult => {
    const dims = allSized || rnd() < 0.9 ? img(pick([640, 1024, 333]), pick([480, 768, 777])) : {};
    if (rnd() < 0.6) {
      const labels = rnd() < 0.1 ? [] : rnd() < 0.1 ? ['Car', 'Truck'] : [pick(['Car', 'Person', 'Bus'])];
      const value: Record<string, unknown> = {
        x: num(),
        y: num(),
        width: num() / 3 + 1,
        height: num() / 3 + 1,
        rectanglelabels: labels,
      };
      if (rnd() < 0.8) value.rotation = 0;
      return r(id, 'rectanglelabels', 'box', 'image', value, dims);
    }
    const points = Array.from({ length: 3 + Math.floor(rnd() * 40) }, () => [num(), num()]);
    return r(
      id,
      'polygonlabels',
      'poly',
      'image',
      { points, closed: true, polygonlabels: [pick(['Road', 'House', 'Lake'])] },
      dims,
    );
  };
  const tasks = Array.from({ length: count }, (_, i) => {
    const annotations = Array.from({ length: Math.floor(rnd() * 3) }, (_, a) =>
      annotation(
        Array.from({ length: Math.floor(rnd() * 4) }, (_, k) => region(`r${i}_${a}_${k}`)),
        { was_cancelled: rnd() < 0.1, completed_by: pick<unknown>([anna, 2, bob]) },
      ),
    );
    return task(4000 + i, { image: pick(urls)(i) }, annotations);
  });
  // Regions without image sizes make Label Studio's COCO writer fail once an earlier region gave
  // the size, so only YOLO and VOC (which tolerate them) get every task; COCO gets the sized ones.
  return allSized
    ? { name: 'image stress (all sized)', cfg, tasks, formats: ['COCO', 'YOLO', 'VOC'] }
    : { name: 'image stress', cfg, tasks, formats: ['YOLO', 'YOLO_OBB', 'VOC'] };
}

export const FIXTURES: Fixture[] = [
  textClassification,
  ner,
  objectDetection,
  polygons,
  keypoints,
  explicitCategories,
  audio,
  brush,
];

/** Configs for comparing `supportedFormats` with Label Studio's list. */
export const SUPPORTED_FORMAT_CONFIGS: TestConfig[] = [
  ...FIXTURES.map((f) => f.cfg),
  buildConfig([
    obj('Image', 'image', '$image'),
    control('Rectangle', 'box', 'image'),
    control('Labels', 'label', 'image', ['A']),
  ]),
  buildConfig([obj('Image', 'image', '$image'), control('KeyPointLabels', 'kp', 'image', ['a'])]),
  buildConfig([obj('Image', 'image', '$image'), control('PolygonLabels', 'poly', 'image', ['a'])]),
  buildConfig([obj('Image', 'image', '$image'), control('Brush', 'brush', 'image'), control('Labels', 'label', 'image', ['A'])]),
  buildConfig([obj('Image', 'images', '', { valueList: '$images' }), control('RectangleLabels', 'box', 'images', ['a'])]),
  buildConfig([obj('Text', 'text', '$url', { valueType: 'url' }), control('Labels', 'label', 'text', ['a'])]),
  buildConfig([
    obj('Text', 'a', '$a'),
    obj('Text', 'b', '$b'),
    control('Choices', 'c', 'a,b', ['x']),
    control('TextArea', 't', 'a'),
  ]),
  buildConfig([
    obj('Video', 'video', '$video'),
    control('TimelineLabels', 'tl', 'video', ['run']),
    control('VideoRectangle', 'vr', 'video'),
  ]),
  buildConfig([obj('AudioPlus', 'audio', '$audio'), control('TextArea', 't', 'audio')]),
  buildConfig([obj('Text', 'text', '$text'), obj('Header', 'h', '$title')]),
  buildConfig([]),
];
