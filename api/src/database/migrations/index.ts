import { CoreSchema1764100000000 } from './1764100000000-core-schema.js';
import { SignInFailures1764100000100 } from './1764100000100-sign-in-failures.js';
import { TrendAddUnderflow1764100000200 } from './1764100000200-trend-add-underflow.js';
import { SimilarIdeasVocabulary1764100000300 } from './1764100000300-similar-ideas-vocabulary.js';
import { Loop1764200000000 } from './1764200000000-loop.js';
import { ProductTools1764300000000 } from './1764300000000-product-tools.js';
import { ListedIdeaCounts1764400000000 } from './1764400000000-listed-idea-counts.js';
import { MergeFollows1764520000000 } from './1764520000000-merge-follows.js';
import { AnalyticsRollups1764530000000 } from './1764530000000-analytics-rollups.js';
import { IdeasStatusCreatedIndex1764540000000 } from './1764540000000-ideas-status-created-index.js';
import { RateLimits1765100000000 } from './1765100000000-rate-limits.js';
import { JobWorkerInstances1765200000000 } from './1765200000000-job-worker-instances.js';
import { Webhooks1765250000000 } from './1765250000000-webhooks.js';
import { AccountRecovery1765300000000 } from './1765300000000-account-recovery.js';
import { SingleSignOn1765300000100 } from './1765300000100-single-sign-on.js';
import { DataRights1765300000200 } from './1765300000200-data-rights.js';
import { ApiTokenScopes1765400000000 } from './1765400000000-api-token-scopes.js';
import { ResetLinkRequests1765600000000 } from './1765600000000-reset-link-requests.js';
import { VoteCastFunction1765700000000 } from './1765700000000-vote-cast-function.js';
import { CommentCountIndexes1765700000100 } from './1765700000100-comment-count-indexes.js';
import { Changelog1765800000000 } from './1765800000000-changelog.js';
import { VotesOnBehalf1765800000100 } from './1765800000100-votes-on-behalf.js';
import { Prioritisation1765800000200 } from './1765800000200-prioritisation.js';

/** Every migration, in order. `npm run db:new-migration -- <Name>` adds a file and lists it here. */
export const migrations = [
  CoreSchema1764100000000,
  SignInFailures1764100000100,
  TrendAddUnderflow1764100000200,
  SimilarIdeasVocabulary1764100000300,
  Loop1764200000000,
  ProductTools1764300000000,
  ListedIdeaCounts1764400000000,
  MergeFollows1764520000000,
  AnalyticsRollups1764530000000,
  IdeasStatusCreatedIndex1764540000000,
  RateLimits1765100000000,
  JobWorkerInstances1765200000000,
  Webhooks1765250000000,
  AccountRecovery1765300000000,
  SingleSignOn1765300000100,
  DataRights1765300000200,
  ApiTokenScopes1765400000000,
  ResetLinkRequests1765600000000,
  VoteCastFunction1765700000000,
  CommentCountIndexes1765700000100,
  Changelog1765800000000,
  VotesOnBehalf1765800000100,
  Prioritisation1765800000200,
];
