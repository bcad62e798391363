import { escapeHtml, type MailMessage } from './mail-templates.js';

/**
 * Account mail (verify an address, reset a password, an address changed): one message, at most
 * one button-like link, no unsubscribe (it is about the account itself, and asked for).
 */
export function renderAccountMail(input: {
  to: string;
  displayName: string;
  userId: string;
  subject: string;
  /** Paragraphs before the link. */
  intro: string[];
  action?: { label: string; url: string };
  /** Paragraph after the link (e.g. "did not ask for this?"). */
  outro: string;
}): MailMessage {
  const text = [
    `Hi ${input.displayName},`,
    '',
    ...input.intro.flatMap((paragraph) => [paragraph, '']),
    ...(input.action ? [`${input.action.label}: ${input.action.url}`, ''] : []),
    input.outro,
    '',
    '-- Chorus',
    '',
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328">
<p>Hi ${escapeHtml(input.displayName)},</p>
${input.intro.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${
  input.action
    ? `<p><a href="${escapeHtml(input.action.url)}" style="display: inline-block; padding: 8px 16px; background: #0b57d0; color: #fff; border-radius: 6px; text-decoration: none">${escapeHtml(input.action.label)}</a></p>
<p style="font-size: 12px; color: #57606a">Or paste this address into your browser: ${escapeHtml(input.action.url)}</p>`
    : ''
}
<p>${escapeHtml(input.outro)}</p>
</body></html>
`;
  return { to: input.to, subject: input.subject, text, html, userId: input.userId, notificationIds: [] };
}
