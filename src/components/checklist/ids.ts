/** The HTML id of a field's control or group: prefixed so it cannot clash with the site's own ids. */
export function fieldHtmlId(fieldId: string): string {
  return `cl-${fieldId}`;
}

