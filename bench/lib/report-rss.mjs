// Preloaded into the batch child when /usr/bin/time is not available: reports its peak RSS.
process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`));
