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
app.mount('#app');
