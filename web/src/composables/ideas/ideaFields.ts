/** The check an idea form makes before sending (the API makes it too, trimmed, in characters). */
export function ideaTitleProblem(title: string): string | undefined {
  return [...title.trim()].length < 4 ? 'Give your idea a title of at least 4 characters.' : undefined;
}
