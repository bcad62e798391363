import { findMentions } from './mentions.js';

describe(findMentions.name, () => {
  const people = [
    { id: 'ada', displayName: 'Ada' },
    { id: 'ada-l', displayName: 'Ada Lovelace' },
    { id: 'grace', displayName: 'Grace Hopper' },
  ];

  it('matches the display name with spaces, any case, longest name first', () => {
    expect(findMentions('thanks @ada lovelace and @GRACE HOPPER!', people).sort()).toEqual(['ada-l', 'grace']);
    expect(findMentions('@Ada, what do you think?', people)).toEqual(['ada']);
  });

  it('needs the name to end at a word boundary and ignores e-mail addresses', () => {
    expect(findMentions('@Adam is not Ada', people)).toEqual([]);
    expect(findMentions('write to team@Ada Lovelace.com', people)).toEqual([]);
  });
});
