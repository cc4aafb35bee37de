#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './cli/run-cli.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Everything was closed; should a forgotten handle still hold the event loop, do not hang.
  setTimeout(() => process.exit(code), 2_000).unref();
});
