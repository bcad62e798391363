/** Query parameters that carry credentials (the unsubscribe link's token, ...), never logged. */
const SECRET_PARAMS = new Set(['token', 'access_token', 'key', 'secret', 'password', 'code']);

/** The URL with the value of every credential-carrying query parameter replaced by `[redacted]`. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return SECRET_PARAMS.has(safeDecode(name).toLowerCase()) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, query)}?${params.join('&')}`;
}

/** pino-http request serializer: the standard one's output with credentials out of url and query. */
export function redactRequest<T extends { url?: string; query?: Record<string, unknown> }>(req: T): T {
  const query = req.query
    ? Object.fromEntries(
        Object.entries(req.query).map(([name, value]) => [
          name,
          SECRET_PARAMS.has(name.toLowerCase()) ? '[redacted]' : value,
        ]),
      )
    : req.query;
  return { ...req, url: redactUrl(req.url), query };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
