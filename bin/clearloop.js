#!/usr/bin/env node
// Clearloop runs its TypeScript sources directly through tsx's loader, so there is no build step for the server.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
