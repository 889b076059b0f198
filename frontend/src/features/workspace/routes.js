// Workspace routes (behind login). Each route names the roles that may open it in meta.roles;
// the guard in router/index.js redirects anonymous users to the login page (with the return
// path) and shows the 403 page to other roles. Pages built later are added here.
import { staffRoutes } from './staffRoutes'

export const workspaceRoutes = [
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('./WorkspaceHome.vue'),
    meta: { title: '工作台', requiresAuth: true, roles: ['ADMIN', 'COMMISSIONER', 'ENTERPRISE', 'PROVIDER'] },
  },

  ...staffRoutes,
]
