import { Board } from '../modules/boards/board.entity.js';
import { Comment } from '../modules/comments/comment.entity.js';
import { Idea } from '../modules/ideas/idea.entity.js';
import { StatusChange } from '../modules/statuses/status-change.entity.js';
import { Status } from '../modules/statuses/status.entity.js';
import { User } from '../modules/users/user.entity.js';
import { Vote } from '../modules/votes/vote.entity.js';

/** Every TypeORM entity; listed explicitly so the CLI, the app and tests load the same set. */
export const entities = [User, Board, Status, StatusChange, Idea, Vote, Comment];
