/** Content of the demo board: realistic enough that a first run looks like a living product. */

export const DEMO_BOARD = {
  slug: 'feedback',
  name: 'Northwind Notes — product ideas',
  description: 'Tell us what would make Northwind Notes better. Vote for the ideas you want most; we read everything.',
};

export type DemoRole = 'member' | 'product_manager' | 'admin';

/** Demo accounts have no password here: each installation generates its own (demo-passwords.ts). */
export interface DemoAccount {
  email: string;
  displayName: string;
  role: DemoRole;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'member@example.com', displayName: 'Maya Patel', role: 'member' },
  { email: 'pm@example.com', displayName: 'Sam Okafor (Product)', role: 'product_manager' },
  { email: 'admin@example.com', displayName: 'Alex Rivera (Admin)', role: 'admin' },
];

export const DEMO_VOTER_NAMES = [
  'Lena Fischer',
  'Tom Becker',
  'Priya Nair',
  'Jonas Weber',
  'Chloé Martin',
  'Diego Santos',
  'Hana Suzuki',
  'Omar Haddad',
  'Grace Kim',
  'Lukas Novak',
  'Sofia Rossi',
  'Ben Carter',
  'Aisha Bello',
  'Mateo García',
  'Emma Johansson',
  'Noah Müller',
  'Zara Ahmed',
  'Felix Dubois',
  'Ines Costa',
  'Ravi Shah',
  'Yuki Tanaka',
  'Olivia Brown',
  'Pedro Alves',
  'Mia Schneider',
  'Kwame Mensah',
  'Elif Yılmaz',
  'Nina Petrova',
  'Leo Laurent',
];

export interface DemoIdea {
  title: string;
  body: string;
  tags: string[];
  status: string;
  votes: number;
  ageDays: number;
  author: number; // index into DEMO_VOTER_NAMES, or -1 for the demo member
  statusNote?: string;
  comments: Array<{
    by: number | 'pm';
    body: string;
    official?: boolean;
    /** Marked as a helpful answer by the idea's author. */
    helpful?: boolean;
    replies?: Array<{ by: number | 'pm'; body: string }>;
  }>;
}

export const DEMO_IDEAS: DemoIdea[] = [
  {
    title: 'Dark mode for the editor',
    body: 'Writing late at night is painful with the bright white editor. A dark theme that follows the OS setting would be perfect.\n\n- Follow the system preference\n- Let me override it per device',
    tags: ['editor', 'design'],
    status: 'in_progress',
    votes: 26,
    ageDays: 41,
    author: 0,
    statusNote: 'Design is done and the theme is being built. Expect a beta in the next release.',
    comments: [
      { by: 3, body: 'Yes please! Also for the sidebar, not just the editor.' },
      {
        by: 'pm',
        body: 'Thanks everyone — the whole app gets the dark theme, sidebar included.',
        official: true,
        replies: [{ by: 3, body: 'Amazing, thank you!' }],
      },
    ],
  },
  {
    title: 'Offline mode on mobile',
    body: 'On the train I lose signal all the time. I want to read and edit my notes offline and have them sync when I am back online.',
    tags: ['mobile', 'sync'],
    status: 'planned',
    votes: 22,
    ageDays: 60,
    author: 1,
    statusNote: 'Planned for Q3. We will start with read-only offline access, then editing.',
    comments: [
      { by: 5, body: 'Conflict handling matters here: please show both versions if two devices edited the same note.' },
      { by: 7, body: 'Read-only first is already a big win for me.' },
    ],
  },
  {
    title: 'Export notes to Markdown and PDF',
    body: 'I need to share notes with people who do not use Northwind. Exporting a note or a whole notebook to **Markdown** or **PDF** would solve it.',
    tags: ['export'],
    status: 'done',
    votes: 19,
    ageDays: 120,
    author: 2,
    statusNote: 'Shipped in 4.2: File → Export supports Markdown and PDF for notes and notebooks.',
    comments: [{ by: 'pm', body: 'This is live for everyone now. Let us know how it works for you!', official: true }],
  },
  {
    title: 'Shared notebooks with comments',
    body: 'Our team keeps meeting notes in Northwind. Being able to share a notebook and leave comments on a paragraph would replace two other tools for us.',
    tags: ['collaboration'],
    status: 'under_review',
    votes: 17,
    ageDays: 12,
    author: 4,
    statusNote: 'We are talking to teams who asked for this to understand permissions.',
    comments: [
      {
        by: 6,
        body: 'Would love view-only links too.',
        replies: [{ by: 4, body: 'Good point, view-only links would cover most of our cases.' }],
      },
    ],
  },
  {
    title: 'Calendar integration for meeting notes',
    body: 'Create a note from a calendar event with the attendees and agenda already filled in.',
    tags: ['integrations'],
    status: 'open',
    votes: 14,
    ageDays: 8,
    author: 5,
    comments: [{ by: 9, body: 'Google and Outlook calendars both, please.' }],
  },
  {
    title: 'Faster search across all notebooks',
    body: 'Search takes several seconds with a few thousand notes. It should be instant and find words inside attachments.',
    tags: ['search', 'performance'],
    status: 'planned',
    votes: 12,
    ageDays: 30,
    author: 6,
    statusNote: 'A new search index is planned; attachment search comes after.',
    comments: [],
  },
  {
    title: 'Templates for recurring notes',
    body: 'I write the same weekly review every Friday. Let me save a note as a template and start from it.',
    tags: ['editor'],
    status: 'open',
    votes: 9,
    ageDays: 5,
    author: -1,
    comments: [
      {
        by: 10,
        body: 'Customers answering customers: you can duplicate a note today with ⌘D as a workaround.',
        helpful: true,
      },
    ],
  },
  {
    title: 'Handwriting support with a stylus',
    body: 'Sketching diagrams with a pen on a tablet and keeping them inside the note.',
    tags: ['mobile', 'editor'],
    status: 'open',
    votes: 7,
    ageDays: 3,
    author: 8,
    comments: [],
  },
  {
    title: 'Two-factor authentication',
    body: 'Protect accounts with an authenticator app or a security key.',
    tags: ['security'],
    status: 'done',
    votes: 11,
    ageDays: 200,
    author: 11,
    statusNote: 'Available under Settings → Security since 3.9.',
    comments: [],
  },
  {
    title: 'Tag suggestions while typing',
    body: 'Suggest existing tags so I stop creating "meeting", "meetings" and "mtg".',
    tags: ['editor'],
    status: 'open',
    votes: 5,
    ageDays: 2,
    author: 12,
    comments: [],
  },
  {
    title: 'Bring back the classic sidebar',
    body: 'The new sidebar hides notebooks behind an extra click.',
    tags: ['design'],
    status: 'declined',
    votes: 3,
    ageDays: 90,
    author: 13,
    statusNote:
      'We are keeping the new sidebar, but pinned notebooks (coming soon) keep your favourites one click away.',
    comments: [
      {
        by: 'pm',
        body: 'Thanks for the honest feedback. Pinned notebooks should address the extra click.',
        official: true,
      },
    ],
  },
  {
    title: 'Import from other note apps',
    body: 'One-click import from Evernote and OneNote exports, keeping tags and attachments.',
    tags: ['import', 'integrations'],
    status: 'open',
    votes: 8,
    ageDays: 20,
    author: 14,
    comments: [],
  },
];
