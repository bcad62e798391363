/** "Dark Mode!" → "dark-mode": the API's tag rules (a-z, 0-9, "-", at most 30). */
export function normaliseTag(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);
}
