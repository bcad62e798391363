/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccountSignIn {\n  viewer {\n    id\n    hasPassword\n  }\n}": typeof types.AccountSignInDocument,
    "mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}": typeof types.ChangeEmailDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation DeleteAccount($password: String) {\n  deleteAccount(password: $password)\n}": typeof types.DeleteAccountDocument,
    "mutation ExportMyData {\n  exportMyData\n}": typeof types.ExportMyDataDocument,
    "mutation RequestEmailVerification {\n  requestEmailVerification\n}": typeof types.RequestEmailVerificationDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.ResetPasswordDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": typeof types.RevokeSessionDocument,
    "query Sessions {\n  sessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    current\n  }\n}": typeof types.SessionsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.UpdateProfileDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    id\n  }\n}": typeof types.VerifyEmailDocument,
    "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}": typeof types.CreateBoardDocument,
    "mutation GrantBoardAccess($boardSlug: String!, $userId: ID!) {\n  grantBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}": typeof types.GrantBoardAccessDocument,
    "query People($search: String) {\n  people(search: $search) {\n    user {\n      id\n      displayName\n      email\n      role\n      suspendedUntil\n    }\n    privateBoards\n  }\n}": typeof types.PeopleDocument,
    "mutation RevokeBoardAccess($boardSlug: String!, $userId: ID!) {\n  revokeBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}": typeof types.RevokeBoardAccessDocument,
    "mutation SetUserRole($userId: ID!, $role: Role!) {\n  setUserRole(userId: $userId, role: $role) {\n    id\n    role\n  }\n}": typeof types.SetUserRoleDocument,
    "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}": typeof types.UpdateBoardDocument,
    "query BoardAnalytics($boardSlug: String!, $from: DateTime!, $to: DateTime!) {\n  boardAnalytics(boardSlug: $boardSlug, from: $from, to: $to) {\n    from\n    to\n    weeks {\n      weekStart\n      ideas\n      votes\n      comments\n    }\n    members {\n      active\n      new\n      returning\n    }\n    topContributors {\n      ideas\n      comments\n      votes\n      user {\n        id\n        displayName\n      }\n    }\n    funnel {\n      submitted\n      reachedPlanned\n      reachedDone\n    }\n    medianHoursToFirstResponse\n    medianHoursToDone\n    answeredWithin7DaysShare\n    mostWanted {\n      id\n      title\n      voteCount\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n}": typeof types.BoardAnalyticsDocument,
    "query AuditLog($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTime, $until: DateTime) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actorId: $actorId\n    since: $since\n    until: $until\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        subjectType\n        subjectId\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n          role\n        }\n        idea {\n          id\n          title\n        }\n        subjectUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query AuditLogActors {\n  auditLogActors {\n    id\n    displayName\n  }\n}": typeof types.AuditLogActorsDocument,
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      id\n      key\n      name\n    }\n  }\n}": typeof types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n  premoderateFirstIdea\n}": typeof types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": typeof types.BoardsDocument,
    "subscription IdeaChanged($boardSlug: String!) {\n  ideaChanged(boardSlug: $boardSlug) {\n    kind\n    ideaId\n    idea {\n      id\n      title\n      body\n      tags\n      voteCount\n      viewerHasVoted\n      commentCount\n      status {\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n  }\n}": typeof types.IdeaChangedDocument,
    "query Changelog($first: Int, $after: String, $drafts: Boolean) {\n  changelog(first: $first, after: $after, drafts: $drafts) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ChangelogEntryFields\n      }\n    }\n  }\n}": typeof types.ChangelogDocument,
    "query ChangelogEntry($id: ID!) {\n  changelogEntry(id: $id) {\n    ...ChangelogEntryFields\n  }\n}": typeof types.ChangelogEntryDocument,
    "fragment ChangelogEntryFields on ChangelogEntry {\n  id\n  title\n  body\n  bodyHtml\n  releasedOn\n  publishedAt\n  ideas {\n    id\n    title\n  }\n}": typeof types.ChangelogEntryFieldsFragmentDoc,
    "mutation CreateChangelogEntry($input: CreateChangelogEntryInput!) {\n  createChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": typeof types.CreateChangelogEntryDocument,
    "mutation DeleteChangelogEntry($id: ID!) {\n  deleteChangelogEntry(id: $id)\n}": typeof types.DeleteChangelogEntryDocument,
    "mutation PublishChangelogEntry($input: PublishChangelogEntryInput!) {\n  publishChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": typeof types.PublishChangelogEntryDocument,
    "mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n  updateChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": typeof types.UpdateChangelogEntryDocument,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  official\n  helpful\n  deleted\n  hidden\n  createdAt\n  editedAt\n  author {\n    id\n    displayName\n    role\n  }\n}": typeof types.CommentFieldsFragmentDoc,
    "query CommentReplies($id: ID!, $first: Int!, $after: String) {\n  comment(id: $id) {\n    id\n    replyConnection(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n}": typeof types.CommentRepliesDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": typeof types.DeleteCommentDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.EditCommentDocument,
    "query IdeaComments($ideaId: ID!, $first: Int!, $after: String, $repliesFirst: Int!) {\n  idea(id: $ideaId) {\n    id\n    comments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n          replyConnection(first: $repliesFirst) {\n            totalCount\n            edges {\n              node {\n                ...CommentFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.IdeaCommentsDocument,
    "mutation PostComment($input: PostCommentInput!) {\n  postComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.PostCommentDocument,
    "query BoardFollowing($slug: String!) {\n  board(slug: $slug) {\n    id\n    name\n    viewerIsFollowing\n  }\n}": typeof types.BoardFollowingDocument,
    "mutation FollowBoard($boardSlug: String!) {\n  followBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}": typeof types.FollowBoardDocument,
    "mutation FollowIdea($ideaId: ID!) {\n  followIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": typeof types.FollowIdeaDocument,
    "query IdeaFollowing($id: ID!) {\n  idea(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": typeof types.IdeaFollowingDocument,
    "mutation UnfollowBoard($boardSlug: String!) {\n  unfollowBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}": typeof types.UnfollowBoardDocument,
    "mutation UnfollowIdea($ideaId: ID!) {\n  unfollowIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": typeof types.UnfollowIdeaDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $tag: String, $search: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    tag: $tag\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": typeof types.BoardIdeasDocument,
    "mutation DeleteIdea($id: ID!) {\n  deleteIdea(id: $id)\n}": typeof types.DeleteIdeaDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    ...IdeaMerges\n    ...IdeaModeration\n    bodyHtml\n    updatedAt\n    backersNotifiedShare\n    viewerCanEdit\n    viewerCanDelete\n    board {\n      id\n      slug\n      name\n      statuses {\n        id\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n    statusHistory {\n      id\n      at\n      note\n      noteHtml\n      from {\n        key\n        name\n        color\n      }\n      to {\n        key\n        name\n        color\n      }\n      by {\n        id\n        displayName\n        role\n      }\n    }\n  }\n}": typeof types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  viewerHasVoted\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n    acceptsVotes\n  }\n}": typeof types.IdeaSummaryFragmentDoc,
    "query SimilarIdeas($boardSlug: String!, $text: String!, $first: Int!) {\n  similarIdeas(boardSlug: $boardSlug, text: $text, first: $first) {\n    id\n    title\n    voteCount\n    viewerHasVoted\n    status {\n      key\n      name\n      color\n      acceptsVotes\n    }\n  }\n}": typeof types.SimilarIdeasDocument,
    "mutation SubmitIdea($input: SubmitIdeaInput!) {\n  submitIdea(input: $input) {\n    id\n  }\n}": typeof types.SubmitIdeaDocument,
    "mutation UpdateIdea($input: UpdateIdeaInput!) {\n  updateIdea(input: $input) {\n    id\n    title\n    body\n    bodyHtml\n    tags\n    updatedAt\n    viewerCanEdit\n  }\n}": typeof types.UpdateIdeaDocument,
    "mutation AddInternalNote($input: AddInternalNoteInput!) {\n  addInternalNote(input: $input) {\n    ...InternalNoteFields\n  }\n}": typeof types.AddInternalNoteDocument,
    "query IdeaInternalNotes($id: ID!) {\n  idea(id: $id) {\n    id\n    internalNotes {\n      ...InternalNoteFields\n    }\n  }\n}": typeof types.IdeaInternalNotesDocument,
    "fragment InternalNoteFields on InternalNote {\n  id\n  bodyHtml\n  createdAt\n  author {\n    id\n    displayName\n    role\n  }\n}": typeof types.InternalNoteFieldsFragmentDoc,
    "mutation AcceptDuplicateSuggestion($id: ID!) {\n  acceptDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}": typeof types.AcceptDuplicateSuggestionDocument,
    "mutation DismissDuplicateSuggestion($id: ID!) {\n  dismissDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}": typeof types.DismissDuplicateSuggestionDocument,
    "query DuplicateSuggestions($boardSlug: String!, $first: Int, $after: String) {\n  duplicateSuggestions(boardSlug: $boardSlug, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        createdAt\n        suggestedBy {\n          id\n          displayName\n        }\n        idea {\n          id\n          title\n          voteCount\n        }\n        duplicateOf {\n          id\n          title\n          voteCount\n        }\n      }\n    }\n  }\n}": typeof types.DuplicateSuggestionsDocument,
    "fragment IdeaMerges on Idea {\n  mergedInto {\n    id\n    title\n    voteCount\n  }\n  mergedIdeas {\n    id\n    title\n    voteCount\n  }\n}": typeof types.IdeaMergesFragmentDoc,
    "mutation MergeIdeas($input: MergeIdeasInput!) {\n  mergeIdeas(input: $input) {\n    id\n    voteCount\n  }\n}": typeof types.MergeIdeasDocument,
    "mutation SuggestDuplicate($ideaId: ID!, $duplicateOfId: ID!) {\n  suggestDuplicate(ideaId: $ideaId, duplicateOfId: $duplicateOfId) {\n    id\n    state\n  }\n}": typeof types.SuggestDuplicateDocument,
    "mutation UnmergeIdea($id: ID!) {\n  unmergeIdea(id: $id) {\n    id\n    voteCount\n  }\n}": typeof types.UnmergeIdeaDocument,
    "query ViewerReputation {\n  viewer {\n    id\n    reputation\n  }\n}": typeof types.ViewerReputationDocument,
    "mutation ApproveIdea($id: ID!) {\n  approveIdea(id: $id) {\n    id\n    pending\n  }\n}": typeof types.ApproveIdeaDocument,
    "mutation DeleteSpam($id: ID!) {\n  deleteSpam(itemId: $id)\n}": typeof types.DeleteSpamDocument,
    "mutation DismissFlags($id: ID!) {\n  dismissFlags(itemId: $id)\n}": typeof types.DismissFlagsDocument,
    "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    id\n  }\n}": typeof types.FlagContentDocument,
    "mutation HideComment($id: ID!) {\n  hideComment(id: $id) {\n    id\n    hidden\n  }\n}": typeof types.HideCommentDocument,
    "mutation HideIdea($id: ID!) {\n  hideIdea(id: $id) {\n    id\n    hidden\n  }\n}": typeof types.HideIdeaDocument,
    "fragment IdeaModeration on Idea {\n  hidden\n  pending\n  commentsLocked\n}": typeof types.IdeaModerationFragmentDoc,
    "mutation LockComments($id: ID!) {\n  lockComments(ideaId: $id) {\n    id\n    commentsLocked\n  }\n}": typeof types.LockCommentsDocument,
    "query ModerationQueue($first: Int, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        itemId\n        kind\n        flagCount\n        reasons\n        notes\n        firstFlaggedAt\n        lastFlaggedAt\n        content\n        hidden\n        idea {\n          id\n          title\n          commentsLocked\n        }\n        author {\n          id\n          displayName\n          role\n          suspendedUntil\n        }\n      }\n    }\n  }\n}": typeof types.ModerationQueueDocument,
    "query PendingIdeas($first: Int, $after: String) {\n  pendingIdeas(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        title\n        body\n        createdAt\n        board {\n          id\n          name\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.PendingIdeasDocument,
    "mutation SuspendMember($userId: ID!, $until: DateTime) {\n  suspendMember(userId: $userId, until: $until) {\n    id\n    suspendedUntil\n  }\n}": typeof types.SuspendMemberDocument,
    "mutation UnhideComment($id: ID!) {\n  unhideComment(id: $id) {\n    id\n    hidden\n  }\n}": typeof types.UnhideCommentDocument,
    "mutation UnhideIdea($id: ID!) {\n  unhideIdea(id: $id) {\n    id\n    hidden\n  }\n}": typeof types.UnhideIdeaDocument,
    "mutation UnlockComments($id: ID!) {\n  unlockComments(ideaId: $id) {\n    id\n    hidden\n  }\n}": typeof types.UnlockCommentsDocument,
    "mutation UnsuspendMember($userId: ID!) {\n  unsuspendMember(userId: $userId) {\n    id\n    suspendedUntil\n  }\n}": typeof types.UnsuspendMemberDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": typeof types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    read\n  }\n}": typeof types.MarkNotificationReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}": typeof types.NotificationAddedDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  message\n  detail\n  read\n  createdAt\n  commentId\n  idea {\n    id\n  }\n}": typeof types.NotificationFieldsFragmentDoc,
    "query NotificationPreferences {\n  viewer {\n    id\n    notificationPreferences {\n      email\n    }\n  }\n}": typeof types.NotificationPreferencesDocument,
    "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n  updateNotificationPreferences(input: $input) {\n    email\n  }\n}": typeof types.UpdateNotificationPreferencesDocument,
    "query IdeaPriority($id: ID!) {\n  idea(id: $id) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n  scoreSettings {\n    formula\n  }\n}": typeof types.IdeaPriorityDocument,
    "mutation SetIdeaPriority($input: SetIdeaPriorityInput!) {\n  setIdeaPriority(input: $input) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n}": typeof types.SetIdeaPriorityDocument,
    "mutation SetScoreFormula($formula: ScoreFormula!) {\n  setScoreFormula(formula: $formula) {\n    formula\n  }\n}": typeof types.SetScoreFormulaDocument,
    "fragment BadgeFields on Badge {\n  kind\n  name\n  description\n}": typeof types.BadgeFieldsFragmentDoc,
    "query Leaderboard($boardSlug: String!, $period: LeaderboardPeriod!, $first: Int!) {\n  leaderboard(boardSlug: $boardSlug, period: $period, first: $first) {\n    rank\n    points\n    user {\n      id\n      displayName\n      role\n      badges {\n        ...BadgeFields\n      }\n    }\n  }\n}": typeof types.LeaderboardDocument,
    "mutation MarkHelpfulAnswer($commentId: ID!) {\n  markHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}": typeof types.MarkHelpfulAnswerDocument,
    "mutation UnmarkHelpfulAnswer($commentId: ID!) {\n  unmarkHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}": typeof types.UnmarkHelpfulAnswerDocument,
    "query UserAnswers($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    answers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          bodyHtml\n          createdAt\n          idea {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}": typeof types.UserAnswersDocument,
    "query UserIdeas($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaSummary\n        }\n      }\n    }\n  }\n}": typeof types.UserIdeasDocument,
    "query UserProfile($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    role\n    reputation\n    createdAt\n    badges {\n      ...BadgeFields\n    }\n  }\n  badgeCatalog {\n    ...BadgeFields\n  }\n}": typeof types.UserProfileDocument,
    "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}": typeof types.RoadmapDocument,
    "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}": typeof types.RoadmapIdeaFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "mutation SignOutEverywhere {\n  signOutEverywhere\n}": typeof types.SignOutEverywhereDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.SignUpDocument,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  emailVerified\n  role\n}": typeof types.ViewerFieldsFragmentDoc,
    "query SsoOptions {\n  ssoOptions {\n    oidcLabel\n    appLoginUrl\n  }\n}": typeof types.SsoOptionsDocument,
    "query SsoSettings {\n  ssoSettings {\n    ...SsoSettingsFields\n  }\n}": typeof types.SsoSettingsDocument,
    "fragment SsoSettingsFields on SsoSettings {\n  oidcEnabled\n  oidcIssuer\n  oidcClientId\n  oidcClientSecretSet\n  oidcLabel\n  oidcFromEnvironment\n  oidcRedirectUri\n  appEnabled\n  appSecretSet\n  appJwksUrl\n  appLoginUrl\n  appFromEnvironment\n  appSignInUrl\n}": typeof types.SsoSettingsFieldsFragmentDoc,
    "mutation UpdateSsoSettings($input: UpdateSsoSettingsInput!) {\n  updateSsoSettings(input: $input) {\n    ...SsoSettingsFields\n  }\n}": typeof types.UpdateSsoSettingsDocument,
    "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}": typeof types.BoardStatusesDocument,
    "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}": typeof types.ChangeIdeaStatusDocument,
    "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}": typeof types.CreateStatusDocument,
    "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}": typeof types.StatusFieldsFragmentDoc,
    "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}": typeof types.UpdateStatusDocument,
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  scope\n  createdAt\n  expiresAt\n  lastUsedAt\n}": typeof types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n  createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": typeof types.RevokeApiTokenDocument,
    "query TriageIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n        priority {\n          reach\n          score\n        }\n      }\n    }\n  }\n}": typeof types.TriageIdeasDocument,
    "query IdeaVotesOnBehalf($id: ID!) {\n  idea(id: $id) {\n    id\n    votesOnBehalf {\n      source\n      quote\n      importance\n      recordedAt\n      customer {\n        id\n        displayName\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.IdeaVotesOnBehalfDocument,
    "mutation RecordVoteOnBehalf($input: RecordVoteOnBehalfInput!) {\n  recordVoteOnBehalf(input: $input) {\n    id\n    voteCount\n  }\n}": typeof types.RecordVoteOnBehalfDocument,
    "mutation CastVote($ideaId: ID!) {\n  castVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}": typeof types.CastVoteDocument,
    "mutation RetractVote($ideaId: ID!) {\n  retractVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}": typeof types.RetractVoteDocument,
    "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": typeof types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": typeof types.DeleteWebhookDocument,
    "mutation RedeliverWebhook($deliveryId: ID!) {\n  redeliverWebhook(deliveryId: $deliveryId)\n}": typeof types.RedeliverWebhookDocument,
    "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": typeof types.RotateWebhookSecretDocument,
    "mutation UpdateWebhook($input: UpdateWebhookInput!) {\n  updateWebhook(input: $input) {\n    ...WebhookFields\n  }\n}": typeof types.UpdateWebhookDocument,
    "query WebhookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        eventType\n        summary\n        attempt\n        succeeded\n        statusCode\n        durationMs\n        error\n        createdAt\n      }\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
    "fragment WebhookFields on Webhook {\n  id\n  url\n  boardSlug\n  events\n  format\n  description\n  paused\n  pausedAt\n  pausedReason\n  createdAt\n}": typeof types.WebhookFieldsFragmentDoc,
    "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}": typeof types.WebhooksDocument,
};
const documents: Documents = {
    "query AccountSignIn {\n  viewer {\n    id\n    hasPassword\n  }\n}": types.AccountSignInDocument,
    "mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}": types.ChangeEmailDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation DeleteAccount($password: String) {\n  deleteAccount(password: $password)\n}": types.DeleteAccountDocument,
    "mutation ExportMyData {\n  exportMyData\n}": types.ExportMyDataDocument,
    "mutation RequestEmailVerification {\n  requestEmailVerification\n}": types.RequestEmailVerificationDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.ResetPasswordDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": types.RevokeSessionDocument,
    "query Sessions {\n  sessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    current\n  }\n}": types.SessionsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}": types.UpdateProfileDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    id\n  }\n}": types.VerifyEmailDocument,
    "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}": types.CreateBoardDocument,
    "mutation GrantBoardAccess($boardSlug: String!, $userId: ID!) {\n  grantBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}": types.GrantBoardAccessDocument,
    "query People($search: String) {\n  people(search: $search) {\n    user {\n      id\n      displayName\n      email\n      role\n      suspendedUntil\n    }\n    privateBoards\n  }\n}": types.PeopleDocument,
    "mutation RevokeBoardAccess($boardSlug: String!, $userId: ID!) {\n  revokeBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}": types.RevokeBoardAccessDocument,
    "mutation SetUserRole($userId: ID!, $role: Role!) {\n  setUserRole(userId: $userId, role: $role) {\n    id\n    role\n  }\n}": types.SetUserRoleDocument,
    "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}": types.UpdateBoardDocument,
    "query BoardAnalytics($boardSlug: String!, $from: DateTime!, $to: DateTime!) {\n  boardAnalytics(boardSlug: $boardSlug, from: $from, to: $to) {\n    from\n    to\n    weeks {\n      weekStart\n      ideas\n      votes\n      comments\n    }\n    members {\n      active\n      new\n      returning\n    }\n    topContributors {\n      ideas\n      comments\n      votes\n      user {\n        id\n        displayName\n      }\n    }\n    funnel {\n      submitted\n      reachedPlanned\n      reachedDone\n    }\n    medianHoursToFirstResponse\n    medianHoursToDone\n    answeredWithin7DaysShare\n    mostWanted {\n      id\n      title\n      voteCount\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n}": types.BoardAnalyticsDocument,
    "query AuditLog($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTime, $until: DateTime) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actorId: $actorId\n    since: $since\n    until: $until\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        subjectType\n        subjectId\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n          role\n        }\n        idea {\n          id\n          title\n        }\n        subjectUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": types.AuditLogDocument,
    "query AuditLogActors {\n  auditLogActors {\n    id\n    displayName\n  }\n}": types.AuditLogActorsDocument,
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      id\n      key\n      name\n    }\n  }\n}": types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n  premoderateFirstIdea\n}": types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": types.BoardsDocument,
    "subscription IdeaChanged($boardSlug: String!) {\n  ideaChanged(boardSlug: $boardSlug) {\n    kind\n    ideaId\n    idea {\n      id\n      title\n      body\n      tags\n      voteCount\n      viewerHasVoted\n      commentCount\n      status {\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n  }\n}": types.IdeaChangedDocument,
    "query Changelog($first: Int, $after: String, $drafts: Boolean) {\n  changelog(first: $first, after: $after, drafts: $drafts) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ChangelogEntryFields\n      }\n    }\n  }\n}": types.ChangelogDocument,
    "query ChangelogEntry($id: ID!) {\n  changelogEntry(id: $id) {\n    ...ChangelogEntryFields\n  }\n}": types.ChangelogEntryDocument,
    "fragment ChangelogEntryFields on ChangelogEntry {\n  id\n  title\n  body\n  bodyHtml\n  releasedOn\n  publishedAt\n  ideas {\n    id\n    title\n  }\n}": types.ChangelogEntryFieldsFragmentDoc,
    "mutation CreateChangelogEntry($input: CreateChangelogEntryInput!) {\n  createChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": types.CreateChangelogEntryDocument,
    "mutation DeleteChangelogEntry($id: ID!) {\n  deleteChangelogEntry(id: $id)\n}": types.DeleteChangelogEntryDocument,
    "mutation PublishChangelogEntry($input: PublishChangelogEntryInput!) {\n  publishChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": types.PublishChangelogEntryDocument,
    "mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n  updateChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}": types.UpdateChangelogEntryDocument,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  official\n  helpful\n  deleted\n  hidden\n  createdAt\n  editedAt\n  author {\n    id\n    displayName\n    role\n  }\n}": types.CommentFieldsFragmentDoc,
    "query CommentReplies($id: ID!, $first: Int!, $after: String) {\n  comment(id: $id) {\n    id\n    replyConnection(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n}": types.CommentRepliesDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": types.DeleteCommentDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}": types.EditCommentDocument,
    "query IdeaComments($ideaId: ID!, $first: Int!, $after: String, $repliesFirst: Int!) {\n  idea(id: $ideaId) {\n    id\n    comments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n          replyConnection(first: $repliesFirst) {\n            totalCount\n            edges {\n              node {\n                ...CommentFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.IdeaCommentsDocument,
    "mutation PostComment($input: PostCommentInput!) {\n  postComment(input: $input) {\n    ...CommentFields\n  }\n}": types.PostCommentDocument,
    "query BoardFollowing($slug: String!) {\n  board(slug: $slug) {\n    id\n    name\n    viewerIsFollowing\n  }\n}": types.BoardFollowingDocument,
    "mutation FollowBoard($boardSlug: String!) {\n  followBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}": types.FollowBoardDocument,
    "mutation FollowIdea($ideaId: ID!) {\n  followIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": types.FollowIdeaDocument,
    "query IdeaFollowing($id: ID!) {\n  idea(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": types.IdeaFollowingDocument,
    "mutation UnfollowBoard($boardSlug: String!) {\n  unfollowBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}": types.UnfollowBoardDocument,
    "mutation UnfollowIdea($ideaId: ID!) {\n  unfollowIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": types.UnfollowIdeaDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $tag: String, $search: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    tag: $tag\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": types.BoardIdeasDocument,
    "mutation DeleteIdea($id: ID!) {\n  deleteIdea(id: $id)\n}": types.DeleteIdeaDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    ...IdeaMerges\n    ...IdeaModeration\n    bodyHtml\n    updatedAt\n    backersNotifiedShare\n    viewerCanEdit\n    viewerCanDelete\n    board {\n      id\n      slug\n      name\n      statuses {\n        id\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n    statusHistory {\n      id\n      at\n      note\n      noteHtml\n      from {\n        key\n        name\n        color\n      }\n      to {\n        key\n        name\n        color\n      }\n      by {\n        id\n        displayName\n        role\n      }\n    }\n  }\n}": types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  viewerHasVoted\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n    acceptsVotes\n  }\n}": types.IdeaSummaryFragmentDoc,
    "query SimilarIdeas($boardSlug: String!, $text: String!, $first: Int!) {\n  similarIdeas(boardSlug: $boardSlug, text: $text, first: $first) {\n    id\n    title\n    voteCount\n    viewerHasVoted\n    status {\n      key\n      name\n      color\n      acceptsVotes\n    }\n  }\n}": types.SimilarIdeasDocument,
    "mutation SubmitIdea($input: SubmitIdeaInput!) {\n  submitIdea(input: $input) {\n    id\n  }\n}": types.SubmitIdeaDocument,
    "mutation UpdateIdea($input: UpdateIdeaInput!) {\n  updateIdea(input: $input) {\n    id\n    title\n    body\n    bodyHtml\n    tags\n    updatedAt\n    viewerCanEdit\n  }\n}": types.UpdateIdeaDocument,
    "mutation AddInternalNote($input: AddInternalNoteInput!) {\n  addInternalNote(input: $input) {\n    ...InternalNoteFields\n  }\n}": types.AddInternalNoteDocument,
    "query IdeaInternalNotes($id: ID!) {\n  idea(id: $id) {\n    id\n    internalNotes {\n      ...InternalNoteFields\n    }\n  }\n}": types.IdeaInternalNotesDocument,
    "fragment InternalNoteFields on InternalNote {\n  id\n  bodyHtml\n  createdAt\n  author {\n    id\n    displayName\n    role\n  }\n}": types.InternalNoteFieldsFragmentDoc,
    "mutation AcceptDuplicateSuggestion($id: ID!) {\n  acceptDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}": types.AcceptDuplicateSuggestionDocument,
    "mutation DismissDuplicateSuggestion($id: ID!) {\n  dismissDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}": types.DismissDuplicateSuggestionDocument,
    "query DuplicateSuggestions($boardSlug: String!, $first: Int, $after: String) {\n  duplicateSuggestions(boardSlug: $boardSlug, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        createdAt\n        suggestedBy {\n          id\n          displayName\n        }\n        idea {\n          id\n          title\n          voteCount\n        }\n        duplicateOf {\n          id\n          title\n          voteCount\n        }\n      }\n    }\n  }\n}": types.DuplicateSuggestionsDocument,
    "fragment IdeaMerges on Idea {\n  mergedInto {\n    id\n    title\n    voteCount\n  }\n  mergedIdeas {\n    id\n    title\n    voteCount\n  }\n}": types.IdeaMergesFragmentDoc,
    "mutation MergeIdeas($input: MergeIdeasInput!) {\n  mergeIdeas(input: $input) {\n    id\n    voteCount\n  }\n}": types.MergeIdeasDocument,
    "mutation SuggestDuplicate($ideaId: ID!, $duplicateOfId: ID!) {\n  suggestDuplicate(ideaId: $ideaId, duplicateOfId: $duplicateOfId) {\n    id\n    state\n  }\n}": types.SuggestDuplicateDocument,
    "mutation UnmergeIdea($id: ID!) {\n  unmergeIdea(id: $id) {\n    id\n    voteCount\n  }\n}": types.UnmergeIdeaDocument,
    "query ViewerReputation {\n  viewer {\n    id\n    reputation\n  }\n}": types.ViewerReputationDocument,
    "mutation ApproveIdea($id: ID!) {\n  approveIdea(id: $id) {\n    id\n    pending\n  }\n}": types.ApproveIdeaDocument,
    "mutation DeleteSpam($id: ID!) {\n  deleteSpam(itemId: $id)\n}": types.DeleteSpamDocument,
    "mutation DismissFlags($id: ID!) {\n  dismissFlags(itemId: $id)\n}": types.DismissFlagsDocument,
    "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    id\n  }\n}": types.FlagContentDocument,
    "mutation HideComment($id: ID!) {\n  hideComment(id: $id) {\n    id\n    hidden\n  }\n}": types.HideCommentDocument,
    "mutation HideIdea($id: ID!) {\n  hideIdea(id: $id) {\n    id\n    hidden\n  }\n}": types.HideIdeaDocument,
    "fragment IdeaModeration on Idea {\n  hidden\n  pending\n  commentsLocked\n}": types.IdeaModerationFragmentDoc,
    "mutation LockComments($id: ID!) {\n  lockComments(ideaId: $id) {\n    id\n    commentsLocked\n  }\n}": types.LockCommentsDocument,
    "query ModerationQueue($first: Int, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        itemId\n        kind\n        flagCount\n        reasons\n        notes\n        firstFlaggedAt\n        lastFlaggedAt\n        content\n        hidden\n        idea {\n          id\n          title\n          commentsLocked\n        }\n        author {\n          id\n          displayName\n          role\n          suspendedUntil\n        }\n      }\n    }\n  }\n}": types.ModerationQueueDocument,
    "query PendingIdeas($first: Int, $after: String) {\n  pendingIdeas(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        title\n        body\n        createdAt\n        board {\n          id\n          name\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": types.PendingIdeasDocument,
    "mutation SuspendMember($userId: ID!, $until: DateTime) {\n  suspendMember(userId: $userId, until: $until) {\n    id\n    suspendedUntil\n  }\n}": types.SuspendMemberDocument,
    "mutation UnhideComment($id: ID!) {\n  unhideComment(id: $id) {\n    id\n    hidden\n  }\n}": types.UnhideCommentDocument,
    "mutation UnhideIdea($id: ID!) {\n  unhideIdea(id: $id) {\n    id\n    hidden\n  }\n}": types.UnhideIdeaDocument,
    "mutation UnlockComments($id: ID!) {\n  unlockComments(ideaId: $id) {\n    id\n    hidden\n  }\n}": types.UnlockCommentsDocument,
    "mutation UnsuspendMember($userId: ID!) {\n  unsuspendMember(userId: $userId) {\n    id\n    suspendedUntil\n  }\n}": types.UnsuspendMemberDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    read\n  }\n}": types.MarkNotificationReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}": types.NotificationAddedDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  message\n  detail\n  read\n  createdAt\n  commentId\n  idea {\n    id\n  }\n}": types.NotificationFieldsFragmentDoc,
    "query NotificationPreferences {\n  viewer {\n    id\n    notificationPreferences {\n      email\n    }\n  }\n}": types.NotificationPreferencesDocument,
    "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n  updateNotificationPreferences(input: $input) {\n    email\n  }\n}": types.UpdateNotificationPreferencesDocument,
    "query IdeaPriority($id: ID!) {\n  idea(id: $id) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n  scoreSettings {\n    formula\n  }\n}": types.IdeaPriorityDocument,
    "mutation SetIdeaPriority($input: SetIdeaPriorityInput!) {\n  setIdeaPriority(input: $input) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n}": types.SetIdeaPriorityDocument,
    "mutation SetScoreFormula($formula: ScoreFormula!) {\n  setScoreFormula(formula: $formula) {\n    formula\n  }\n}": types.SetScoreFormulaDocument,
    "fragment BadgeFields on Badge {\n  kind\n  name\n  description\n}": types.BadgeFieldsFragmentDoc,
    "query Leaderboard($boardSlug: String!, $period: LeaderboardPeriod!, $first: Int!) {\n  leaderboard(boardSlug: $boardSlug, period: $period, first: $first) {\n    rank\n    points\n    user {\n      id\n      displayName\n      role\n      badges {\n        ...BadgeFields\n      }\n    }\n  }\n}": types.LeaderboardDocument,
    "mutation MarkHelpfulAnswer($commentId: ID!) {\n  markHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}": types.MarkHelpfulAnswerDocument,
    "mutation UnmarkHelpfulAnswer($commentId: ID!) {\n  unmarkHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}": types.UnmarkHelpfulAnswerDocument,
    "query UserAnswers($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    answers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          bodyHtml\n          createdAt\n          idea {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}": types.UserAnswersDocument,
    "query UserIdeas($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaSummary\n        }\n      }\n    }\n  }\n}": types.UserIdeasDocument,
    "query UserProfile($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    role\n    reputation\n    createdAt\n    badges {\n      ...BadgeFields\n    }\n  }\n  badgeCatalog {\n    ...BadgeFields\n  }\n}": types.UserProfileDocument,
    "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}": types.RoadmapDocument,
    "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}": types.RoadmapIdeaFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "mutation SignOutEverywhere {\n  signOutEverywhere\n}": types.SignOutEverywhereDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.SignUpDocument,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  emailVerified\n  role\n}": types.ViewerFieldsFragmentDoc,
    "query SsoOptions {\n  ssoOptions {\n    oidcLabel\n    appLoginUrl\n  }\n}": types.SsoOptionsDocument,
    "query SsoSettings {\n  ssoSettings {\n    ...SsoSettingsFields\n  }\n}": types.SsoSettingsDocument,
    "fragment SsoSettingsFields on SsoSettings {\n  oidcEnabled\n  oidcIssuer\n  oidcClientId\n  oidcClientSecretSet\n  oidcLabel\n  oidcFromEnvironment\n  oidcRedirectUri\n  appEnabled\n  appSecretSet\n  appJwksUrl\n  appLoginUrl\n  appFromEnvironment\n  appSignInUrl\n}": types.SsoSettingsFieldsFragmentDoc,
    "mutation UpdateSsoSettings($input: UpdateSsoSettingsInput!) {\n  updateSsoSettings(input: $input) {\n    ...SsoSettingsFields\n  }\n}": types.UpdateSsoSettingsDocument,
    "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}": types.BoardStatusesDocument,
    "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}": types.ChangeIdeaStatusDocument,
    "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}": types.CreateStatusDocument,
    "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}": types.StatusFieldsFragmentDoc,
    "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}": types.UpdateStatusDocument,
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  scope\n  createdAt\n  expiresAt\n  lastUsedAt\n}": types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}": types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n  createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": types.RevokeApiTokenDocument,
    "query TriageIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n        priority {\n          reach\n          score\n        }\n      }\n    }\n  }\n}": types.TriageIdeasDocument,
    "query IdeaVotesOnBehalf($id: ID!) {\n  idea(id: $id) {\n    id\n    votesOnBehalf {\n      source\n      quote\n      importance\n      recordedAt\n      customer {\n        id\n        displayName\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": types.IdeaVotesOnBehalfDocument,
    "mutation RecordVoteOnBehalf($input: RecordVoteOnBehalfInput!) {\n  recordVoteOnBehalf(input: $input) {\n    id\n    voteCount\n  }\n}": types.RecordVoteOnBehalfDocument,
    "mutation CastVote($ideaId: ID!) {\n  castVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}": types.CastVoteDocument,
    "mutation RetractVote($ideaId: ID!) {\n  retractVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}": types.RetractVoteDocument,
    "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": types.DeleteWebhookDocument,
    "mutation RedeliverWebhook($deliveryId: ID!) {\n  redeliverWebhook(deliveryId: $deliveryId)\n}": types.RedeliverWebhookDocument,
    "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": types.RotateWebhookSecretDocument,
    "mutation UpdateWebhook($input: UpdateWebhookInput!) {\n  updateWebhook(input: $input) {\n    ...WebhookFields\n  }\n}": types.UpdateWebhookDocument,
    "query WebhookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        eventType\n        summary\n        attempt\n        succeeded\n        statusCode\n        durationMs\n        error\n        createdAt\n      }\n    }\n  }\n}": types.WebhookDeliveriesDocument,
    "fragment WebhookFields on Webhook {\n  id\n  url\n  boardSlug\n  events\n  format\n  description\n  paused\n  pausedAt\n  pausedReason\n  createdAt\n}": types.WebhookFieldsFragmentDoc,
    "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}": types.WebhooksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountSignIn {\n  viewer {\n    id\n    hasPassword\n  }\n}"): typeof import('./graphql').AccountSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAccount($password: String) {\n  deleteAccount(password: $password)\n}"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportMyData {\n  exportMyData\n}"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestEmailVerification {\n  requestEmailVerification\n}"): typeof import('./graphql').RequestEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sessions {\n  sessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    current\n  }\n}"): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    id\n  }\n}"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').CreateBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantBoardAccess($boardSlug: String!, $userId: ID!) {\n  grantBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}"): typeof import('./graphql').GrantBoardAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People($search: String) {\n  people(search: $search) {\n    user {\n      id\n      displayName\n      email\n      role\n      suspendedUntil\n    }\n    privateBoards\n  }\n}"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeBoardAccess($boardSlug: String!, $userId: ID!) {\n  revokeBoardAccess(boardSlug: $boardSlug, userId: $userId) {\n    slug\n  }\n}"): typeof import('./graphql').RevokeBoardAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserRole($userId: ID!, $role: Role!) {\n  setUserRole(userId: $userId, role: $role) {\n    id\n    role\n  }\n}"): typeof import('./graphql').SetUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').UpdateBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardAnalytics($boardSlug: String!, $from: DateTime!, $to: DateTime!) {\n  boardAnalytics(boardSlug: $boardSlug, from: $from, to: $to) {\n    from\n    to\n    weeks {\n      weekStart\n      ideas\n      votes\n      comments\n    }\n    members {\n      active\n      new\n      returning\n    }\n    topContributors {\n      ideas\n      comments\n      votes\n      user {\n        id\n        displayName\n      }\n    }\n    funnel {\n      submitted\n      reachedPlanned\n      reachedDone\n    }\n    medianHoursToFirstResponse\n    medianHoursToDone\n    answeredWithin7DaysShare\n    mostWanted {\n      id\n      title\n      voteCount\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n}"): typeof import('./graphql').BoardAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTime, $until: DateTime) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actorId: $actorId\n    since: $since\n    until: $until\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        subjectType\n        subjectId\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n          role\n        }\n        idea {\n          id\n          title\n        }\n        subjectUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogActors {\n  auditLogActors {\n    id\n    displayName\n  }\n}"): typeof import('./graphql').AuditLogActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      id\n      key\n      name\n    }\n  }\n}"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n  premoderateFirstIdea\n}"): typeof import('./graphql').BoardSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').BoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdeaChanged($boardSlug: String!) {\n  ideaChanged(boardSlug: $boardSlug) {\n    kind\n    ideaId\n    idea {\n      id\n      title\n      body\n      tags\n      voteCount\n      viewerHasVoted\n      commentCount\n      status {\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n  }\n}"): typeof import('./graphql').IdeaChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Changelog($first: Int, $after: String, $drafts: Boolean) {\n  changelog(first: $first, after: $after, drafts: $drafts) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ChangelogEntryFields\n      }\n    }\n  }\n}"): typeof import('./graphql').ChangelogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangelogEntry($id: ID!) {\n  changelogEntry(id: $id) {\n    ...ChangelogEntryFields\n  }\n}"): typeof import('./graphql').ChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChangelogEntryFields on ChangelogEntry {\n  id\n  title\n  body\n  bodyHtml\n  releasedOn\n  publishedAt\n  ideas {\n    id\n    title\n  }\n}"): typeof import('./graphql').ChangelogEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateChangelogEntry($input: CreateChangelogEntryInput!) {\n  createChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}"): typeof import('./graphql').CreateChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteChangelogEntry($id: ID!) {\n  deleteChangelogEntry(id: $id)\n}"): typeof import('./graphql').DeleteChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishChangelogEntry($input: PublishChangelogEntryInput!) {\n  publishChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}"): typeof import('./graphql').PublishChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n  updateChangelogEntry(input: $input) {\n    ...ChangelogEntryFields\n  }\n}"): typeof import('./graphql').UpdateChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  official\n  helpful\n  deleted\n  hidden\n  createdAt\n  editedAt\n  author {\n    id\n    displayName\n    role\n  }\n}"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentReplies($id: ID!, $first: Int!, $after: String) {\n  comment(id: $id) {\n    id\n    replyConnection(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CommentRepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaComments($ideaId: ID!, $first: Int!, $after: String, $repliesFirst: Int!) {\n  idea(id: $ideaId) {\n    id\n    comments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n          replyConnection(first: $repliesFirst) {\n            totalCount\n            edges {\n              node {\n                ...CommentFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').IdeaCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostComment($input: PostCommentInput!) {\n  postComment(input: $input) {\n    ...CommentFields\n  }\n}"): typeof import('./graphql').PostCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardFollowing($slug: String!) {\n  board(slug: $slug) {\n    id\n    name\n    viewerIsFollowing\n  }\n}"): typeof import('./graphql').BoardFollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowBoard($boardSlug: String!) {\n  followBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}"): typeof import('./graphql').FollowBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowIdea($ideaId: ID!) {\n  followIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"): typeof import('./graphql').FollowIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaFollowing($id: ID!) {\n  idea(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"): typeof import('./graphql').IdeaFollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfollowBoard($boardSlug: String!) {\n  unfollowBoard(boardSlug: $boardSlug) {\n    id\n    viewerIsFollowing\n  }\n}"): typeof import('./graphql').UnfollowBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfollowIdea($ideaId: ID!) {\n  unfollowIdea(ideaId: $ideaId) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"): typeof import('./graphql').UnfollowIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $tag: String, $search: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    tag: $tag\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}"): typeof import('./graphql').BoardIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteIdea($id: ID!) {\n  deleteIdea(id: $id)\n}"): typeof import('./graphql').DeleteIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    ...IdeaMerges\n    ...IdeaModeration\n    bodyHtml\n    updatedAt\n    backersNotifiedShare\n    viewerCanEdit\n    viewerCanDelete\n    board {\n      id\n      slug\n      name\n      statuses {\n        id\n        key\n        name\n        color\n        acceptsVotes\n      }\n    }\n    statusHistory {\n      id\n      at\n      note\n      noteHtml\n      from {\n        key\n        name\n        color\n      }\n      to {\n        key\n        name\n        color\n      }\n      by {\n        id\n        displayName\n        role\n      }\n    }\n  }\n}"): typeof import('./graphql').IdeaDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  viewerHasVoted\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n    acceptsVotes\n  }\n}"): typeof import('./graphql').IdeaSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimilarIdeas($boardSlug: String!, $text: String!, $first: Int!) {\n  similarIdeas(boardSlug: $boardSlug, text: $text, first: $first) {\n    id\n    title\n    voteCount\n    viewerHasVoted\n    status {\n      key\n      name\n      color\n      acceptsVotes\n    }\n  }\n}"): typeof import('./graphql').SimilarIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitIdea($input: SubmitIdeaInput!) {\n  submitIdea(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').SubmitIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateIdea($input: UpdateIdeaInput!) {\n  updateIdea(input: $input) {\n    id\n    title\n    body\n    bodyHtml\n    tags\n    updatedAt\n    viewerCanEdit\n  }\n}"): typeof import('./graphql').UpdateIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddInternalNote($input: AddInternalNoteInput!) {\n  addInternalNote(input: $input) {\n    ...InternalNoteFields\n  }\n}"): typeof import('./graphql').AddInternalNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaInternalNotes($id: ID!) {\n  idea(id: $id) {\n    id\n    internalNotes {\n      ...InternalNoteFields\n    }\n  }\n}"): typeof import('./graphql').IdeaInternalNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InternalNoteFields on InternalNote {\n  id\n  bodyHtml\n  createdAt\n  author {\n    id\n    displayName\n    role\n  }\n}"): typeof import('./graphql').InternalNoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptDuplicateSuggestion($id: ID!) {\n  acceptDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}"): typeof import('./graphql').AcceptDuplicateSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissDuplicateSuggestion($id: ID!) {\n  dismissDuplicateSuggestion(id: $id) {\n    id\n    state\n  }\n}"): typeof import('./graphql').DismissDuplicateSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicateSuggestions($boardSlug: String!, $first: Int, $after: String) {\n  duplicateSuggestions(boardSlug: $boardSlug, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        createdAt\n        suggestedBy {\n          id\n          displayName\n        }\n        idea {\n          id\n          title\n          voteCount\n        }\n        duplicateOf {\n          id\n          title\n          voteCount\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').DuplicateSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdeaMerges on Idea {\n  mergedInto {\n    id\n    title\n    voteCount\n  }\n  mergedIdeas {\n    id\n    title\n    voteCount\n  }\n}"): typeof import('./graphql').IdeaMergesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeIdeas($input: MergeIdeasInput!) {\n  mergeIdeas(input: $input) {\n    id\n    voteCount\n  }\n}"): typeof import('./graphql').MergeIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuggestDuplicate($ideaId: ID!, $duplicateOfId: ID!) {\n  suggestDuplicate(ideaId: $ideaId, duplicateOfId: $duplicateOfId) {\n    id\n    state\n  }\n}"): typeof import('./graphql').SuggestDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnmergeIdea($id: ID!) {\n  unmergeIdea(id: $id) {\n    id\n    voteCount\n  }\n}"): typeof import('./graphql').UnmergeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerReputation {\n  viewer {\n    id\n    reputation\n  }\n}"): typeof import('./graphql').ViewerReputationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveIdea($id: ID!) {\n  approveIdea(id: $id) {\n    id\n    pending\n  }\n}"): typeof import('./graphql').ApproveIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSpam($id: ID!) {\n  deleteSpam(itemId: $id)\n}"): typeof import('./graphql').DeleteSpamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissFlags($id: ID!) {\n  dismissFlags(itemId: $id)\n}"): typeof import('./graphql').DismissFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').FlagContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideComment($id: ID!) {\n  hideComment(id: $id) {\n    id\n    hidden\n  }\n}"): typeof import('./graphql').HideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideIdea($id: ID!) {\n  hideIdea(id: $id) {\n    id\n    hidden\n  }\n}"): typeof import('./graphql').HideIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdeaModeration on Idea {\n  hidden\n  pending\n  commentsLocked\n}"): typeof import('./graphql').IdeaModerationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockComments($id: ID!) {\n  lockComments(ideaId: $id) {\n    id\n    commentsLocked\n  }\n}"): typeof import('./graphql').LockCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationQueue($first: Int, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        itemId\n        kind\n        flagCount\n        reasons\n        notes\n        firstFlaggedAt\n        lastFlaggedAt\n        content\n        hidden\n        idea {\n          id\n          title\n          commentsLocked\n        }\n        author {\n          id\n          displayName\n          role\n          suspendedUntil\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingIdeas($first: Int, $after: String) {\n  pendingIdeas(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        title\n        body\n        createdAt\n        board {\n          id\n          name\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').PendingIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendMember($userId: ID!, $until: DateTime) {\n  suspendMember(userId: $userId, until: $until) {\n    id\n    suspendedUntil\n  }\n}"): typeof import('./graphql').SuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnhideComment($id: ID!) {\n  unhideComment(id: $id) {\n    id\n    hidden\n  }\n}"): typeof import('./graphql').UnhideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnhideIdea($id: ID!) {\n  unhideIdea(id: $id) {\n    id\n    hidden\n  }\n}"): typeof import('./graphql').UnhideIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockComments($id: ID!) {\n  unlockComments(ideaId: $id) {\n    id\n    hidden\n  }\n}"): typeof import('./graphql').UnlockCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsuspendMember($userId: ID!) {\n  unsuspendMember(userId: $userId) {\n    id\n    suspendedUntil\n  }\n}"): typeof import('./graphql').UnsuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    read\n  }\n}"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  kind\n  message\n  detail\n  read\n  createdAt\n  commentId\n  idea {\n    id\n  }\n}"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferences {\n  viewer {\n    id\n    notificationPreferences {\n      email\n    }\n  }\n}"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n  }\n}"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n  updateNotificationPreferences(input: $input) {\n    email\n  }\n}"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaPriority($id: ID!) {\n  idea(id: $id) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n  scoreSettings {\n    formula\n  }\n}"): typeof import('./graphql').IdeaPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetIdeaPriority($input: SetIdeaPriorityInput!) {\n  setIdeaPriority(input: $input) {\n    id\n    priority {\n      reach\n      weightedVotes\n      impact\n      confidence\n      effort\n      score\n    }\n  }\n}"): typeof import('./graphql').SetIdeaPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetScoreFormula($formula: ScoreFormula!) {\n  setScoreFormula(formula: $formula) {\n    formula\n  }\n}"): typeof import('./graphql').SetScoreFormulaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BadgeFields on Badge {\n  kind\n  name\n  description\n}"): typeof import('./graphql').BadgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Leaderboard($boardSlug: String!, $period: LeaderboardPeriod!, $first: Int!) {\n  leaderboard(boardSlug: $boardSlug, period: $period, first: $first) {\n    rank\n    points\n    user {\n      id\n      displayName\n      role\n      badges {\n        ...BadgeFields\n      }\n    }\n  }\n}"): typeof import('./graphql').LeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkHelpfulAnswer($commentId: ID!) {\n  markHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}"): typeof import('./graphql').MarkHelpfulAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnmarkHelpfulAnswer($commentId: ID!) {\n  unmarkHelpfulAnswer(commentId: $commentId) {\n    id\n    helpful\n  }\n}"): typeof import('./graphql').UnmarkHelpfulAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserAnswers($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    answers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          bodyHtml\n          createdAt\n          idea {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').UserAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserIdeas($id: ID!, $first: Int!, $after: String) {\n  user(id: $id) {\n    id\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaSummary\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').UserIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserProfile($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    role\n    reputation\n    createdAt\n    badges {\n      ...BadgeFields\n    }\n  }\n  badgeCatalog {\n    ...BadgeFields\n  }\n}"): typeof import('./graphql').UserProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}"): typeof import('./graphql').RoadmapIdeaFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutEverywhere {\n  signOutEverywhere\n}"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  emailVerified\n  role\n}"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoOptions {\n  ssoOptions {\n    oidcLabel\n    appLoginUrl\n  }\n}"): typeof import('./graphql').SsoOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoSettings {\n  ssoSettings {\n    ...SsoSettingsFields\n  }\n}"): typeof import('./graphql').SsoSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SsoSettingsFields on SsoSettings {\n  oidcEnabled\n  oidcIssuer\n  oidcClientId\n  oidcClientSecretSet\n  oidcLabel\n  oidcFromEnvironment\n  oidcRedirectUri\n  appEnabled\n  appSecretSet\n  appJwksUrl\n  appLoginUrl\n  appFromEnvironment\n  appSignInUrl\n}"): typeof import('./graphql').SsoSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSsoSettings($input: UpdateSsoSettingsInput!) {\n  updateSsoSettings(input: $input) {\n    ...SsoSettingsFields\n  }\n}"): typeof import('./graphql').UpdateSsoSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}"): typeof import('./graphql').BoardStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}"): typeof import('./graphql').ChangeIdeaStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}"): typeof import('./graphql').CreateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}"): typeof import('./graphql').StatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}"): typeof import('./graphql').UpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  scope\n  createdAt\n  expiresAt\n  lastUsedAt\n}"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n  createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    sort: $sort\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n        priority {\n          reach\n          score\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').TriageIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaVotesOnBehalf($id: ID!) {\n  idea(id: $id) {\n    id\n    votesOnBehalf {\n      source\n      quote\n      importance\n      recordedAt\n      customer {\n        id\n        displayName\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"): typeof import('./graphql').IdeaVotesOnBehalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordVoteOnBehalf($input: RecordVoteOnBehalfInput!) {\n  recordVoteOnBehalf(input: $input) {\n    id\n    voteCount\n  }\n}"): typeof import('./graphql').RecordVoteOnBehalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CastVote($ideaId: ID!) {\n  castVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}"): typeof import('./graphql').CastVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetractVote($ideaId: ID!) {\n  retractVote(ideaId: $ideaId) {\n    id\n    voteCount\n    viewerHasVoted\n  }\n}"): typeof import('./graphql').RetractVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"): typeof import('./graphql').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"): typeof import('./graphql').DeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedeliverWebhook($deliveryId: ID!) {\n  redeliverWebhook(deliveryId: $deliveryId)\n}"): typeof import('./graphql').RedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhook($input: UpdateWebhookInput!) {\n  updateWebhook(input: $input) {\n    ...WebhookFields\n  }\n}"): typeof import('./graphql').UpdateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        eventType\n        summary\n        attempt\n        succeeded\n        statusCode\n        durationMs\n        error\n        createdAt\n      }\n    }\n  }\n}"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookFields on Webhook {\n  id\n  url\n  boardSlug\n  events\n  format\n  description\n  paused\n  pausedAt\n  pausedReason\n  createdAt\n}"): typeof import('./graphql').WebhookFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}"): typeof import('./graphql').WebhooksDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
