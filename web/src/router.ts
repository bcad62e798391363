import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterScrollBehavior } from 'vue-router';
import { formatTitle } from './composables/usePageTitle';
import { useSession } from './stores/session';

/** Pages load on demand: the first paint only needs the shell and the current page. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue') },
  { path: '/b/:slug', name: 'board', component: () => import('./pages/BoardPage.vue'), props: true },
  { path: '/ideas/:id', name: 'idea', component: () => import('./pages/IdeaPage.vue'), props: true },
  {
    path: '/b/:slug/new',
    name: 'submit-idea',
    component: () => import('./pages/SubmitIdeaPage.vue'),
    props: true,
    meta: { title: 'New idea', requiresAuth: true },
  },
  {
    path: '/submit',
    name: 'submit',
    component: () => import('./pages/SubmitIdeaPage.vue'),
    meta: { title: 'New idea', requiresAuth: true },
  },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/AuthPage.vue'),
    props: { mode: 'sign-in' },
    meta: { title: 'Sign in' },
  },
  {
    path: '/sign-up',
    name: 'sign-up',
    component: () => import('./pages/AuthPage.vue'),
    props: { mode: 'sign-up' },
    meta: { title: 'Create your account' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('./pages/ForgotPasswordPage.vue'),
    meta: { title: 'Reset your password' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('./pages/ResetPasswordPage.vue'),
    meta: { title: 'Choose a new password' },
  },
  {
    path: '/verify-email',
    name: 'verify-email',
    component: () => import('./pages/VerifyEmailPage.vue'),
    meta: { title: 'Confirm your e-mail address' },
  },
  {
    path: '/settings/account',
    name: 'account-settings',
    component: () => import('./pages/AccountSettingsPage.vue'),
    meta: { title: 'Your account', requiresAuth: true },
  },
  {
    path: '/settings/sessions',
    name: 'sessions',
    component: () => import('./pages/SessionsPage.vue'),
    meta: { title: 'Sessions', requiresAuth: true },
  },
  {
    path: '/b/:slug/roadmap',
    name: 'roadmap',
    component: () => import('./pages/RoadmapPage.vue'),
    props: true,
    meta: { wide: true },
  },
  { path: '/b/:slug/triage', name: 'triage', component: () => import('./pages/TriagePage.vue'), props: true },
  {
    path: '/moderation',
    name: 'moderation',
    component: () => import('./pages/ModerationPage.vue'),
    meta: { title: 'Moderation' },
  },
  {
    path: '/b/:slug/leaderboard',
    name: 'leaderboard',
    component: () => import('./pages/LeaderboardPage.vue'),
    props: true,
  },
  {
    path: '/changelog',
    name: 'changelog',
    component: () => import('./pages/ChangelogPage.vue'),
    meta: { title: 'What’s new' },
  },
  {
    path: '/changelog/manage',
    name: 'changelog-manage',
    component: () => import('./pages/ChangelogManagePage.vue'),
    meta: { title: 'Release notes' },
  },
  {
    path: '/changelog/:id',
    name: 'changelog-entry',
    component: () => import('./pages/ChangelogEntryPage.vue'),
    props: true,
  },
  { path: '/u/:id', name: 'profile', component: () => import('./pages/ProfilePage.vue'), props: true },
  {
    path: '/b/:slug/analytics',
    name: 'analytics',
    component: () => import('./pages/AnalyticsPage.vue'),
    props: true,
    meta: { wide: true },
  },
  { path: '/admin', redirect: '/admin/boards' },
  {
    path: '/admin/boards',
    name: 'admin-boards',
    component: () => import('./pages/AdminBoardsPage.vue'),
    meta: { title: 'Boards · Admin' },
  },
  {
    path: '/admin/boards/:slug/statuses',
    name: 'admin-statuses',
    component: () => import('./pages/AdminStatusesPage.vue'),
    props: true,
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./pages/NotificationsPage.vue'),
    meta: { title: 'Notifications', requiresAuth: true },
  },
  {
    path: '/settings/notifications',
    name: 'notification-settings',
    component: () => import('./pages/NotificationSettingsPage.vue'),
    meta: { title: 'Notification settings', requiresAuth: true },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('./pages/AdminAuditPage.vue'),
    meta: { title: 'Audit log · Admin' },
  },
  {
    path: '/admin/people',
    name: 'admin-people',
    component: () => import('./pages/AdminPeoplePage.vue'),
    meta: { title: 'People · Admin' },
  },
  {
    path: '/admin/sso',
    name: 'admin-sso',
    component: () => import('./pages/AdminSsoPage.vue'),
    meta: { title: 'Single sign-on · Admin' },
  },
  {
    path: '/admin/webhooks',
    name: 'admin-webhooks',
    component: () => import('./pages/AdminWebhooksPage.vue'),
    meta: { title: 'Webhooks · Admin' },
  },
  {
    path: '/settings/tokens',
    name: 'api-tokens',
    component: () => import('./pages/ApiTokensPage.vue'),
    meta: { title: 'API tokens' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'Page not found' },
  },
];

const scrollBehavior: RouterScrollBehavior = (to, from, savedPosition) => {
  if (savedPosition) return savedPosition;
  if (to.path === from.path) return false; // only the query changed (e.g. the sort): stay put
  return { top: 0 };
};

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes, scrollBehavior });

  // Pages that need an account send visitors to sign in first, then back.
  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth) return true;
    const session = useSession();
    await session.load();
    return session.signedIn ? true : { name: 'sign-in', query: { next: to.fullPath } };
  });

  router.afterEach((to, from, failure) => {
    if (failure) return;
    if (to.meta.title) document.title = formatTitle(to.meta.title);
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    // Not on the first load (the browser starts at the top) nor when only the query changed.
    if (from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => focusMainHeading());
  });

  return router;
}

export function focusMainHeading(): void {
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
