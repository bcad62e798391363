/// <reference types="vite/client" />

import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Static document title; pages with data set their own via usePageTitle. */
    title?: string;
  }
}
