import type { Request, Response } from 'express';
import type { Loaders } from './loaders.js';

/** Who is making the request; null for anonymous visitors. */
export interface Viewer {
  id: string;
  role: 'member' | 'moderator' | 'product_manager' | 'admin';
  /** Suspended by a moderator: may read, but not post ideas, comment or vote (see requireParticipant). */
  suspended?: boolean;
}

/** Per-request GraphQL context: built fresh for every operation. */
export interface GqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}
