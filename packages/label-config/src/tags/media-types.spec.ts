import { describe, expect, it } from 'vitest';
import { MEDIA_TYPES } from './media-types';
import { findTag } from './tag-registry';

describe('MEDIA_TYPES', () => {
  it("is Label Studio's media data types", () => {
    expect([...MEDIA_TYPES].sort()).toEqual(['Audio', 'AudioPlus', 'Image', 'Video']);
  });

  it('names object tags of the registry, as spelled there', () => {
    for (const type of MEDIA_TYPES) expect(findTag(type)).toMatchObject({ name: type, kind: 'object' });
  });

  it('leaves out Unknown and text-like objects', () => {
    for (const type of ['Unknown', 'Text', 'HyperText', 'TimeSeries', 'Pdf', 'image']) expect(MEDIA_TYPES.has(type)).toBe(false);
  });
});
