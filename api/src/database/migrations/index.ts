import { CoreSchema1764100000000 } from './1764100000000-core-schema.js';

/** Every migration, in order. `npm run db:generate` writes a new file; add it here. */
export const migrations = [CoreSchema1764100000000];
