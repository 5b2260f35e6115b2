/**
 * The bare page's own (default) configuration. Without this file, Next.js
 * would look upwards and use the app's next.config.js, rewrites and all.
 */
const nextConfig = {};

export default nextConfig;
