import { DomainError } from '../../core/errors.js';
import { validBody } from './comments.service.js';

describe('CommentsService', () => {
  describe(validBody.name, () => {
    it('trims and keeps 1 to 5,000 characters', () => {
      expect(validBody('  hi  ')).toBe('hi');
      expect(validBody(` ${'x'.repeat(5000)}\n`)).toHaveLength(5000);
    });

    it.each([[''], ['  \n\t '], ['x'.repeat(5001)]])('refuses %j on the body field', (raw) => {
      expect(() => validBody(raw)).toThrow(DomainError);
      try {
        validBody(raw);
      } catch (error) {
        expect((error as DomainError).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { body: expect.any(String) },
        });
      }
    });
  });
});
