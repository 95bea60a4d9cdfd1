/**
 * `npm run validate [folder]`: checks the dataset (data/ unless a folder is given), its tours and
 * its translations, and prints one line per problem, `file: JSON path: what is wrong`, exiting 1
 * if there is any.
 */
import { checkDatasetFolder } from "./lib/check-dataset-folder.ts";

function main(): number {
  const result = checkDatasetFolder(process.argv[2]);
  if (!result.ok) {
    for (const line of result.lines) console.error(line);
    console.error(result.summary);
    return 1;
  }
  const { input, dataset, tours, translations } = result.checked;
  const { blocs, agreements, coChairmanships, quotes, contextNotes, sources } = dataset;
  const languages = Object.keys(translations);
  console.log(
    `${input.directory}/ is valid: ${blocs.length} blocs, ${agreements.length} agreements, ` +
      `${coChairmanships.length} co-chairmanships, ${quotes.length} quotes, ` +
      `${contextNotes.length} context notes, ${sources.length} sources, ${Object.keys(tours).length} tour(s), ` +
      `translations: ${languages.length > 0 ? languages.join(", ") : "none"}`,
  );
  return 0;
}

process.exitCode = main();
