import { createServer, type Server } from "node:http";

/**
 * A second web server for the embed specs: host pages (an article, a slide) on an origin of
 * their own, so the app is framed cross-origin as on a real site. It runs on the loopback address,
 * like the app, because Chromium lets only a page on it frame the loopback address (local network
 * access checks); a mocked response would count as a public page.
 */
export class HostServer {
  private constructor(
    private readonly server: Server,
    private readonly pages: Map<string, string>,
    readonly origin: string,
  ) {}

  static async start(): Promise<HostServer> {
    const pages = new Map<string, string>();
    const server = createServer((request, response) => {
      const page = pages.get(new URL(request.url ?? "/", "http://host").pathname);
      response.writeHead(page === undefined ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
      response.end(page ?? "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the host server has no port");
    return new HostServer(server, pages, `http://127.0.0.1:${address.port}`);
  }

  /** Serves `html` at a fresh path and returns its URL. */
  serve(html: string): string {
    const path = `/page-${this.pages.size + 1}.html`;
    this.pages.set(path, html);
    return `${this.origin}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
