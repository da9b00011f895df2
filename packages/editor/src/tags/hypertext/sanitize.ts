import DOMPurify from 'dompurify';

/**
 * Task HTML made inert: DOMPurify removes scripts, event handlers, `javascript:` links,
 * frames, forms and styles that could escape the editor. Where no DOM is available (server
 * rendering) the markup is reduced to its text, which is just as safe.
 */
export function sanitizeHtml(html: string): { html: string } | { text: string } {
  if (DOMPurify.isSupported) {
    return {
      html: DOMPurify.sanitize(html, {
        FORBID_TAGS: [
          'style',
          'script',
          'iframe',
          'frame',
          'object',
          'embed',
          'form',
          'input',
          'button',
          'textarea',
          'select',
          'link',
          'meta',
          'base',
        ],
        FORBID_ATTR: ['style', 'srcset'],
      }),
    };
  }
  return { text: html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '') };
}
