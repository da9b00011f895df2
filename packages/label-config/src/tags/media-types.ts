/**
 * Object tags whose task data is a media file to show or play (a URL), not text to print: the
 * Data Manager keeps these as a data column's type and renders them as media; a column read by
 * any other tag is a String. Label Studio's `get_all_columns` keeps the same four, plus `Unknown`,
 * its type for data keys no tag reads, which is not media.
 */
export const MEDIA_TYPES: ReadonlySet<string> = new Set(['Image', 'Audio', 'AudioPlus', 'Video']);
