import { CoreSchema1764100000000 } from './1764100000000-core-schema.js';
import { SignInFailures1764100000100 } from './1764100000100-sign-in-failures.js';

/** Every migration, in order. `npm run db:generate` writes a new file; add it here. */
export const migrations = [CoreSchema1764100000000, SignInFailures1764100000100];
