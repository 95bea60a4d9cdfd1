/** The dataset failed its checks or could not be read: each line names the file, the JSON path and the problem. */
export class DatasetError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`The dataset failed validation:\n${lines.join("\n")}`);
    this.name = "DatasetError";
  }
}
