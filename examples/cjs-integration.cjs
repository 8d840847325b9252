#!/usr/bin/env node
// A CommonJS integration: a legacy verzuim system that `require`s the package and exports CSV.
// Run after `npm run build`:  node examples/cjs-integration.cjs [as-of]
'use strict';
const { evaluateCase } = require('poortwachter');
const { renderCsv } = require('poortwachter/format');

const asOf = process.argv[2] ?? '2025-06-02';

// Typed input from your own database: evaluateCase (it throws only for programmer errors).
const timeline = evaluateCase(
  {
    firstSickDay: '2025-01-06',
    events: [
      { type: 'melding-bedrijfsarts', date: '2025-01-08' },
      { type: 'probleemanalyse', date: '2025-02-12' },
      { type: 'plan-van-aanpak', date: '2025-02-24' },
    ],
  },
  { asOf },
);

process.stdout.write(renderCsv(timeline, { lang: 'en' }));
