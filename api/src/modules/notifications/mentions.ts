/**
 * Mentions: `@` followed by a person's display name exactly as shown (spaces included, any
 * letter case), e.g. "@Ada Lovelace". Only people taking part in the idea can be mentioned
 * (its author, commenters and followers): that keeps the rule predictable when two members
 * share a name elsewhere, and a mention cannot be used to ping arbitrary members. When
 * names overlap ("@Ada" and "@Ada Lovelace"), the longest name that fits wins; a name must
 * end at a non-letter/digit ("@Adam" does not mention "Ada").
 */
export function findMentions(body: string, candidates: Array<{ id: string; displayName: string }>): string[] {
  const lower = body.toLocaleLowerCase();
  const names = candidates
    .map((c) => ({ id: c.id, name: c.displayName.toLocaleLowerCase() }))
    .sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}_.]/u.test(lower[at - 1])) continue; // e-mail addresses are not mentions
    const rest = lower.slice(at + 1);
    const hit = names.find((c) => rest.startsWith(c.name) && !/^[\p{L}\p{N}_]/u.test(rest.slice(c.name.length)));
    if (hit) found.add(hit.id);
  }
  return [...found];
}
