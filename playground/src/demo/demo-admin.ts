import type { Core } from '@strapi/strapi';

export const demoAdminCredentials = () => ({
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@fact-desk.test',
  password: process.env.DEMO_ADMIN_PASSWORD || 'FactDesk-Demo-1',
});

/** Creates the demo's super admin once. For a demo on localhost only. */
export async function ensureDemoAdmin(strapi: Core.Strapi) {
  const { email, password } = demoAdminCredentials();
  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return { email, password, created: false };

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Demo',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  return { email, password, created: true };
}
