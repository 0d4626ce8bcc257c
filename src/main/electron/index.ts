import { homedir } from 'node:os';
import { startMainProcess } from './mainProcess';

startMainProcess({
  argv: process.argv,
  env: process.env,
  cwd: process.cwd(),
  home: homedir(),
  onSignal: (signal, handler) => process.on(signal, handler),
});
