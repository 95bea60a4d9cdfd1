/**
 * Makes sure e2e tests have a Chromium: finds one, else tries Playwright's installer, else (as root
 * on Debian) apt-get. Exits 1 with one message saying how to get one if all of that fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";

function run(command: string, args: string[]): boolean {
  console.log(`ensure-browser: ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

function main(): number {
  const found = findChromium();
  if (found) {
    console.log(`ensure-browser: using ${found}`);
    return 0;
  }
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
    return 1;
  }
  if (run("npx", ["playwright", "install", "chromium"]) && findChromium()) return 0;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/etc/debian_version")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
    console.log("ensure-browser: apt-get install -y chromium");
    if (apt(["update"]) && apt(["install", "-y", "--no-install-recommends", "chromium"]) && findChromium()) {
      return 0;
    }
  }
  console.error(HOW_TO_GET_CHROMIUM);
  return 1;
}

process.exitCode = main();
