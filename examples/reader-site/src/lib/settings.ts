/** Where the site finds Strapi, and the secret Strapi's webhook sends (server-side only). */
const strapiUrl = (process.env.STRAPI_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');

/** The admin panel's origins, which may show the preview page in their frame. */
function adminOrigins(): string[] {
  if (process.env.STRAPI_ADMIN_ORIGINS) return process.env.STRAPI_ADMIN_ORIGINS.split(/\s+/);
  const url = new URL(strapiUrl);
  const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
  const hosts = local ? ['127.0.0.1', 'localhost'] : [url.hostname];
  return hosts.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
}

export const settings = {
  strapiUrl,
  adminOrigins: adminOrigins(),
  revalidateSecret: process.env.READER_SITE_SECRET ?? '',
};
