import type { Plugin } from "vite";

/**
 * The built app's Content Security Policy: its own origin for everything, nothing inline, no eval.
 * Each exception is one the app needs, said why:
 * - `img-src data: blob:`: MapLibre's own images, and the PNG export drawing its frame back;
 * - `frame-src 'self'`: the Share dialog's live preview frames the app itself.
 * Scripts, styles, fonts, data and tiles (`connect-src`, fetched by the page and MapLibre's
 * worker) and the worker itself come from the app's origin only.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "frame-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'none'",
};

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The app's pages: the example pages (a host page framing another origin, a deck) are not the app. */
function isAppPage(url: string): boolean {
  return !url.startsWith("/examples/");
}

/**
 * The policy as a `<meta>` in the built app's index.html (a static host sends no headers of its
 * own), and as a header from `npm run preview`, which can also hold the app's other files to it.
 * Not in the dev server, whose hot reload injects inline script.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  const policy = contentSecurityPolicy();
  return {
    name: "bloc-atlas:content-security-policy",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.bundle || !html.includes('id="root"')) return html;
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: policy },
            injectTo: "head-prepend",
          },
        ];
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (isAppPage(request.url ?? "/")) response.setHeader("Content-Security-Policy", policy);
        next();
      });
    },
  };
}
