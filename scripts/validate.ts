/**
 * `npm run validate [folder]`: checks the dataset (data/ unless a folder is given) and prints one
 * line per problem, `file: JSON path: what is wrong`, exiting 1 if there is any.
 */
import { formatProblem, validateDataset, type Problem } from "../src/data/validate.ts";
import { validateTour } from "../src/data/validate-tours.ts";
import { readTourFiles, readValidationInput } from "./lib/dataset-files.ts";

function main(): number {
  let input;
  try {
    input = readValidationInput(process.argv[2]);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const result = validateDataset(input);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`${result.problems.length} problem(s) in ${input.directory}/`);
    return 1;
  }
  let tours;
  try {
    tours = readTourFiles(process.argv[2]);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const context = { dataset: result.dataset, countryCodes: input.geometryCountries };
  const tourProblems: Problem[] = tours.flatMap(({ file, json }) => {
    const checked = validateTour(json, file, context);
    return checked.ok ? [] : checked.problems;
  });
  if (tourProblems.length > 0) {
    for (const problem of tourProblems) console.error(formatProblem(problem));
    console.error(`${tourProblems.length} problem(s) in ${input.directory}/tours/`);
    return 1;
  }
  const { blocs, agreements, coChairmanships, quotes, contextNotes, sources } = result.dataset;
  console.log(
    `${input.directory}/ is valid: ${blocs.length} blocs, ${agreements.length} agreements, ` +
      `${coChairmanships.length} co-chairmanships, ${quotes.length} quotes, ` +
      `${contextNotes.length} context notes, ${sources.length} sources, ${tours.length} tour(s)`,
  );
  return 0;
}

process.exitCode = main();
