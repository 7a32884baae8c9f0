// The time / os functions that return a new number and keep nothing: each call
// is modelled (moduleFunctionImpls.ts) so that a timing line in a program does
// not turn its objects into ones of unknown count. A leaf module: builtins.ts
// reads the list while modules are still being initialised.
export const CLOCK_FUNCS = ['time.time', 'time.perf_counter', 'time.monotonic', 'time.process_time', 'time.time_ns', 'time.perf_counter_ns',
  'time.monotonic_ns', 'time.process_time_ns', 'time.sleep', 'os.getpid'];
