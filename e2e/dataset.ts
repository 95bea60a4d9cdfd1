import { readFileSync } from "node:fs";
import type { Bloc, Speech } from "../src/data/schema";

function readData(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8"));
}

/** The dataset as the specs know it, read from data/ (the app is checked against these files). */
export const blocs = readData("blocs.json") as Bloc[];
export const speech = readData("speech.json") as Speech;
