// Process-group guard for the real-editor harness. The harness spawns this script detached, so it leads
// a process group of its own; it runs the given command in that group and ties the group's life to the
// process that started it:
//   node scripts/e2e/guard.mjs <owner-pid> [--cleanup DIR] <command> [args...]
// - the owner dies (even by SIGKILL, when no exit handler can run): the whole group is killed, and DIR
//   (the owner's temp folder) removed;
// - SIGTERM/SIGINT/SIGHUP to the guard: passed on to the command, then the group is killed 5 s later;
// - the command exits: the guard kills what the command left behind in the group and exits with its code.
// code-server's extension host, pty host and our language server are children in the same group, so
// killing the group stops every one of them.
import { spawn } from 'node:child_process';

const argv = process.argv.slice(2);
const ownerArg = argv.shift();
let cleanup;
if (argv[0] === '--cleanup') {
  argv.shift();
  cleanup = argv.shift();
}
const [cmd, ...args] = argv;
const owner = Number(ownerArg);
if (!Number.isInteger(owner) || owner <= 0 || !cmd) {
  console.error('usage: node guard.mjs <owner-pid> <command> [args...]');
  process.exit(2);
}

function killGroup(signal) {
  try {
    process.kill(-process.pid, signal); // includes this process: SIGKILL ends the guard too
  } catch {
    // The group is already gone: nothing is left to end.
  }
}

const child = spawn(cmd, args, { stdio: 'inherit' });
child.on('error', (err) => {
  console.error(`[guard] cannot start ${cmd}: ${err.message}`);
  killGroup('SIGKILL');
});
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
  // Leftovers of the command (extension host, language server) must not outlive it.
  setTimeout(() => killGroup('SIGKILL'), 200);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  try {
    child.kill(signal);
  } catch {
    // The command has exited already; the group kill below still sweeps up what it left.
  }
  setTimeout(() => killGroup('SIGKILL'), 5000).unref();
}
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => stop('SIGTERM'));

// The owner is our parent: when it dies we are re-parented, so a changed ppid means it is gone.
setInterval(() => {
  let alive = process.ppid === owner;
  if (alive) {
    try {
      process.kill(owner, 0);
    } catch {
      alive = false;
    }
  }
  if (!alive) {
    console.error(`[guard] owner ${owner} is gone: stopping ${cmd}`);
    if (cleanup) {
      // Removed by a process outside this group, once the group is dead and has let go of its files.
      spawn('sh', ['-c', 'sleep 1; rm -rf -- "$0"', cleanup], { detached: true, stdio: 'ignore' }).unref();
    }
    killGroup('SIGKILL');
  }
}, 500);
