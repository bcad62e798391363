import {
  CreateBoardDocument,
  CreateStatusDocument,
  UpdateBoardDocument,
  UpdateStatusDocument,
} from '@/graphql/generated/graphql';
import { IDEA_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';

/** A board's name, slug, description or privacy shows in the board lists, on its pages and on its ideas. */
const BOARD_INVALIDATES = ['Boards', 'Board', 'BoardStatuses', 'IdeaDetail'] as const;
/** A status's name, colour, order and behaviour show on every idea in it, the board's filters and the roadmap. */
const STATUS_INVALIDATES = [...IDEA_QUERIES, 'Board', 'BoardStatuses'] as const;

export const useCreateBoard = () => useMutation(CreateBoardDocument, { invalidates: BOARD_INVALIDATES });
export const useUpdateBoard = () => useMutation(UpdateBoardDocument, { invalidates: BOARD_INVALIDATES });
export const useCreateStatus = () => useMutation(CreateStatusDocument, { invalidates: STATUS_INVALIDATES });
export const useUpdateStatus = () => useMutation(UpdateStatusDocument, { invalidates: STATUS_INVALIDATES });
