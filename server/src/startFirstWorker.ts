// Imported first by the server's entry, so the first analysis worker starts loading before the rest of
// the server does, and before the client's handshake (pool/workerStart.ts).

import { join } from 'node:path';
import { startFirstWorker } from './pool/workerStart';

startFirstWorker(join(__dirname, 'analysisWorker.js'));
