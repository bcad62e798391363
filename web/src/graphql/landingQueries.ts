import {
  BoardDocument,
  BoardFollowingDocument,
  BoardIdeasDocument,
  BoardsDocument,
  IdeaDetailDocument,
  IdeaFollowingDocument,
  ViewerDocument,
} from './generated/graphql';

/**
 * The queries a first visit starts at once (web/src/prefetch.ts), by operation name. The build
 * writes their texts to prefetch-documents.json (vite.config.ts), from which the API answers them
 * while it serves index.html (api/src/web/initial-data.ts).
 */
export const LANDING_QUERIES = {
  Viewer: ViewerDocument,
  Boards: BoardsDocument,
  Board: BoardDocument,
  BoardIdeas: BoardIdeasDocument,
  BoardFollowing: BoardFollowingDocument,
  IdeaDetail: IdeaDetailDocument,
  IdeaFollowing: IdeaFollowingDocument,
} as const;
