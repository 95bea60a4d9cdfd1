import type { ReactNode } from "react";

/** What could not be loaded, each problem on its own line as `file: JSON path: problem`. */
export function LoadFailure({
  title,
  lines,
  children,
}: {
  title: string;
  lines: readonly string[];
  children?: ReactNode;
}) {
  return (
    <main className="status" role="alert">
      <h1>{title}</h1>
      <ul className="problem-list">
        {lines.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      {children}
    </main>
  );
}
