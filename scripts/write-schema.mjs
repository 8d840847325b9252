#!/usr/bin/env node
// Writes the JSON Schemas next to the build, so integrators in other languages can validate cases
// before sending them (`poortwachter/schema.json`) and read what comes back: a timeline
// (`poortwachter/timeline.schema.json`) and a `poortwachter batch` line (`poortwachter/batch-line.schema.json`).
import { writeFileSync } from 'node:fs';
import { batchLineJsonSchema, caseInputJsonSchema, caseTimelineJsonSchema } from '../dist/index.js';

const write = (name, schema) => writeFileSync(new URL(`../dist/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('case-input.schema.json', caseInputJsonSchema());
write('timeline.schema.json', caseTimelineJsonSchema());
write('batch-line.schema.json', batchLineJsonSchema());
