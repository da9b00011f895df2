/** The editor's own styles, scoped under `.gw-editor` so the host page is untouched. */
export const EDITOR_CSS = `
.gw-editor { font: inherit; color: inherit; display: flex; flex-direction: column; gap: 8px; }
.gw-editor button { font: inherit; cursor: pointer; border: 1px solid #ced4da; background: #fff; border-radius: 4px; padding: 2px 8px; }
.gw-editor button:disabled { cursor: default; opacity: 0.5; }
.gw-editor button:focus-visible, .gw-editor input:focus-visible, .gw-editor textarea:focus-visible { outline: 2px solid #228be6; outline-offset: 1px; }
.gw-editor .gw-primary { background: #228be6; border-color: #228be6; color: #fff; }
.gw-toolbar { display: flex; gap: 6px; align-items: center; }
.gw-spacer { flex: 1; }
.gw-main { display: flex; gap: 16px; align-items: flex-start; }
.gw-canvas { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 8px; }
.gw-sidebar { width: 280px; flex-shrink: 0; }
.gw-error { color: #c92a2a; background: #fff5f5; border: 1px solid #ffc9c9; border-radius: 4px; padding: 6px 10px; }
.gw-loading { color: #495057; background: #f8f9fa; border: 1px dashed #ced4da; border-radius: 4px; padding: 6px 10px; }
.gw-warning { color: #862e9c; background: #f8f0fc; border: 1px solid #eebefa; border-radius: 4px; padding: 6px 10px; }
.gw-unsupported { color: #868e96; font-style: italic; }
.gw-muted { color: #868e96; }
.gw-text, .gw-hypertext, .gw-paragraphs { line-height: 1.7; }
.gw-span { color: inherit; padding: 1px 0; border-radius: 2px; cursor: pointer; }
.gw-labels { display: flex; flex-wrap: wrap; gap: 6px; }
.gw-label { display: inline-flex; align-items: center; gap: 6px; border-width: 2px !important; }
.gw-label__swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.gw-hotkey, .gw-help kbd { font-size: 0.75em; border: 1px solid #ced4da; border-radius: 3px; padding: 0 4px; margin-inline-start: 6px; color: #495057; background: #f8f9fa; }
.gw-choices { border: none; padding: 0; margin: 0; }
.gw-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.gw-utterance { margin: 4px 0; }
.gw-paragraphs--dialogue .gw-utterance { max-width: 80%; padding: 6px 10px; border-radius: 8px; background: #f1f3f5; }
.gw-paragraphs--dialogue .gw-utterance[data-side='right'] { margin-inline-start: auto; background: #e7f5ff; }
.gw-utterance__author { font-weight: 600; font-size: 0.85em; }
.gw-regions__list, .gw-relations { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
.gw-regions__list li, .gw-relations li { display: flex; gap: 4px; align-items: center; }
.gw-regions__list li > button:first-child { flex: 1; text-align: start; display: flex; gap: 6px; align-items: center; }
.gw-selected > button:first-child { border-color: #228be6; background: #e7f5ff; }
.gw-badge { font-size: 0.7em; background: #f1f3f5; border-radius: 8px; padding: 0 6px; }
.gw-panel-title { font-size: 0.9em; margin: 0 0 6px; }
.gw-textarea { display: flex; flex-direction: column; gap: 4px; }
.gw-textarea__entry { display: flex; gap: 4px; }
.gw-textarea__entry input { flex: 1; }
.gw-rating button { border: none; background: none; font-size: 1.4em; padding: 0 2px; }
.gw-taxonomy__list { list-style: none; padding-inline-start: 16px; margin: 0; }
.gw-tag { display: inline-block; background: #e7f5ff; border-radius: 4px; padding: 0 6px; margin: 0 4px 4px 0; }
.gw-ranker { display: flex; gap: 12px; }
.gw-ranker__column { flex: 1; }
.gw-table { border-collapse: collapse; }
.gw-table th, .gw-table td { border: 1px solid #dee2e6; padding: 2px 8px; text-align: start; }
.gw-help { max-width: 560px; border: 1px solid #ced4da; border-radius: 8px; }
.gw-help__table { width: 100%; margin-bottom: 12px; }
.gw-help__table td:first-child { width: 45%; }
.gw-help__table caption { text-align: start; font-weight: 600; }
.gw-image { display: flex; flex-direction: column; gap: 6px; }
.gw-image__toolbar, .gw-image__adjust { flex-wrap: wrap; }
.gw-image__slider { display: inline-flex; gap: 4px; align-items: center; font-size: 0.85em; }
.gw-image__stage { position: relative; overflow: hidden; height: 420px; background: #e9ecef; touch-action: none; user-select: none; outline: none; }
.gw-image__img { position: absolute; left: 0; top: 0; transform-origin: 0 0; max-width: none !important; max-height: none !important; width: auto; height: auto; pointer-events: none; }
.gw-image__layer { position: absolute; left: 0; top: 0; pointer-events: none; }
.gw-image__status { position: absolute; left: 8px; top: 8px; right: 8px; margin: 0; }
`;
