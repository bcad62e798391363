/// <reference types="vite/client" />

import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Static document title; pages with data set their own via usePageTitle. */
    title?: string;
    /** The page uses a wider main column (e.g. the roadmap's columns). */
    wide?: boolean;
    /** Visitors are sent to sign in first (then back). */
    requiresAuth?: boolean;
  }
}
