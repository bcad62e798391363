import { h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';

/** A router that accepts any path, for mounting components that render RouterLinks. */
export async function testRouter(path = '/'): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { render: () => h('div') } }],
  });
  await router.push(path);
  await router.isReady();
  return router;
}
