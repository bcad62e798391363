import { redactRequest, redactUrl } from './log-redaction.js';

describe(redactUrl.name, () => {
  it('hides credential values in query strings and keeps the rest', () => {
    expect(redactUrl('/unsubscribe?token=abc.def&from=page')).toBe('/unsubscribe?token=[redacted]&from=page');
    expect(redactUrl('/x?Token=1&%74oken=2&page=3')).toBe('/x?Token=[redacted]&%74oken=[redacted]&page=3');
    expect(redactUrl('/health')).toBe('/health');
  });

  it('hides them in the parsed query too', () => {
    expect(redactRequest({ url: '/unsubscribe?token=s', query: { token: 's', from: 'page' } })).toEqual({
      url: '/unsubscribe?token=[redacted]',
      query: { token: '[redacted]', from: 'page' },
    });
  });
});
