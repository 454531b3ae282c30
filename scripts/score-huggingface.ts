// Prints how the Hub classifier does on the real records of test/fixtures/huggingface-real, per aspect:
// correct, wrong, abstained (and how many abstentions are acceptable because the metadata says nothing), and
// every wrong answer with what was expected. Run with `npx tsx scripts/score-huggingface.ts`.
import { ASPECTS, scoreRealRecords, totalsOf } from "../test/hub-score.js";

const scores = scoreRealRecords();
const totals = totalsOf(scores);
const pad = (text: string | number, width: number) => String(text).padStart(width);

console.log(`${scores.length} real Hub records\n`);
console.log(
  `${"aspect".padEnd(14)}${pad("correct", 9)}${pad("wrong", 7)}${pad("abstain", 9)}${pad("(ok)", 6)}${pad("right", 8)}`,
);
for (const aspect of ASPECTS) {
  const t = totals[aspect];
  console.log(
    `${aspect.padEnd(14)}${pad(t.correct, 9)}${pad(t.wrong, 7)}${pad(t.abstained, 9)}${pad(t.acceptableAbstentions, 6)}${pad(`${(100 * t.right).toFixed(0)}%`, 8)}`,
  );
}

const certain = scores.flatMap((score) => score.certainWrong.map((aspect) => `${score.expected.id}: ${aspect}`));
console.log(`\nwrong at "certain": ${certain.length === 0 ? "none" : certain.join("; ")}`);

if (process.argv.includes("--details")) {
  console.log("");
  for (const { expected, result, outcomes } of scores) {
    for (const aspect of ASPECTS) {
      const outcome = outcomes[aspect];
      if (outcome === undefined || outcome === "correct") continue;
      if (outcome === "abstained" && expected.abstainOk.includes(aspect)) continue;
      const finding = result[aspect];
      console.log(`${expected.id} ${aspect} ${outcome}: ${JSON.stringify(finding.value)} — ${finding.reason}`);
    }
  }
}
