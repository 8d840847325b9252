#!/usr/bin/env node
// Writes the JSON Schema of CaseInput next to the build, so integrators in other languages can
// validate cases before sending them (`poortwachter/schema.json`).
import { writeFileSync } from 'node:fs';
import { caseInputJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/case-input.schema.json', import.meta.url), `${JSON.stringify(caseInputJsonSchema(), null, 2)}\n`);
