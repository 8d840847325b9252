// Placeholder entry replaced by the CLI work (issue 4); kept so the build has its second entry.
import { evaluateCase } from '../index.js';

const [, , , ...rest] = process.argv;
const day = rest[rest.indexOf('--first-sick-day') + 1] ?? '';
process.stdout.write(`${JSON.stringify(evaluateCase({ firstSickDay: day }, { asOf: day }), null, 2)}\n`);
