/** "bloc-atlas-asean.png" from a view's title: lower case, words joined by hyphens, ASCII only. */
export function imageFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return `bloc-atlas${slug ? `-${slug}` : ""}.png`;
}
