// The programme files, imported statically so webpack bundles them for the browser. A new round is
// a new JSON file plus its line here; registry.test.ts fails when a file in data/programs is missing.
import gotechR6 from "../../../data/programs/gotech-r6.json";
import gotechR7 from "../../../data/programs/gotech-r7.json";
import jizokuka17 from "../../../data/programs/jizokuka-17.json";
import jizokuka18 from "../../../data/programs/jizokuka-18.json";
import monozukuri19 from "../../../data/programs/monozukuri-19.json";
import shoryokukaCatalog from "../../../data/programs/shoryokuka-catalog.json";
import shoryokukaIppan from "../../../data/programs/shoryokuka-ippan.json";

export const programFiles: readonly { name: string; data: unknown }[] = [
  { name: "gotech-r6.json", data: gotechR6 },
  { name: "gotech-r7.json", data: gotechR7 },
  { name: "monozukuri-19.json", data: monozukuri19 },
  { name: "jizokuka-17.json", data: jizokuka17 },
  { name: "jizokuka-18.json", data: jizokuka18 },
  { name: "shoryokuka-ippan.json", data: shoryokukaIppan },
  { name: "shoryokuka-catalog.json", data: shoryokukaCatalog },
];
