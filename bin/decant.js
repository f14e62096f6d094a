#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm ci builds it through the prepare script).
import { main } from '../dist/cli/main.js';

await main(process.argv);
