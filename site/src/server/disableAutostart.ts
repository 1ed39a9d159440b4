// Imported before @astrojs/node's server module, whose evaluation would otherwise start its own
// standalone server; site/src/server/entrypoint.ts starts one that adds the security headers.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
