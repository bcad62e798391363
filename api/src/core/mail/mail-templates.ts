/** A rendered e-mail: plain text and HTML bodies of the same message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The member it goes to (for the List-Unsubscribe header and bookkeeping). */
  userId: string;
  /** Notifications this mail tells about; marked e-mailed when it is sent. */
  notificationIds: string[];
  /** Notification mail only: account mail (verification, reset) is not something to unsubscribe from. */
  unsubscribeUrl?: string;
}

/** One item in a mail: a line of text with a link. */
export interface MailItem {
  summary: string;
  detail?: string;
  url: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A notification mail (one item) or a digest (several), with the unsubscribe link in both bodies. */
export function renderMail(input: {
  to: string;
  displayName: string;
  userId: string;
  subject: string;
  intro: string;
  items: MailItem[];
  notificationIds: string[];
  unsubscribeUrl: string;
  preferencesUrl: string;
}): MailMessage {
  const text = [
    `Hi ${input.displayName},`,
    '',
    input.intro,
    '',
    ...input.items.flatMap((item) => [
      `* ${item.summary}`,
      ...(item.detail ? [indent(item.detail)] : []),
      `  ${item.url}`,
      '',
    ]),
    '--',
    `Change how often Chorus e-mails you: ${input.preferencesUrl}`,
    `Unsubscribe from all Chorus e-mail with one click: ${input.unsubscribeUrl}`,
    '',
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328">
<p>Hi ${escapeHtml(input.displayName)},</p>
<p>${escapeHtml(input.intro)}</p>
<ul>
${input.items
  .map(
    (item) =>
      `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.summary)}</a>${
        item.detail ? `<blockquote style="margin: 4px 0; color: #57606a">${escapeHtml(item.detail)}</blockquote>` : ''
      }</li>`,
  )
  .join('\n')}
</ul>
<hr>
<p style="font-size: 12px; color: #57606a"><a href="${escapeHtml(input.preferencesUrl)}">Change how often Chorus e-mails you</a> ·
<a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe from all Chorus e-mail</a></p>
</body></html>
`;
  return {
    to: input.to,
    subject: input.subject,
    text,
    html,
    userId: input.userId,
    notificationIds: input.notificationIds,
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  > ${line}`)
    .join('\n');
}
