import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { prefetchRouteData } from './prefetch';
import { createAppRouter } from './router';
import './styles/main.css';

const router = createAppRouter();
prefetchRouteData(router.resolve(`${location.pathname}${location.search}`));

const app = createApp(App);
app.use(createPinia());
app.use(router);
// Over the API's static first paint (a heading and text in #app), mount once the page's code is
// in, so the page replaces it in one step instead of showing an empty main in between.
if (document.querySelector('#app > .app-shell'))
  void router
    .isReady()
    .catch(() => undefined)
    .then(() => app.mount('#app'));
else app.mount('#app');
