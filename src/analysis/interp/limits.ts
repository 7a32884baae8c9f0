// Named bounds of the interpreter, each with its trade-off. Past a bound the
// analysis widens (open intervals) instead of running on: it never spins.
export const LIMITS = {
  /**
   * Text exec() / eval() / compile() parse and run (execText.ts): longer texts (generated
   * modules) and more compiles per analysis keep the call unknown, as does exec() run by
   * exec'd code nested deeper than MAX_EXEC_DEPTH. Programs exec a few short snippets.
   */
  MAX_EXEC_TEXT: 20000,
  MAX_EXEC_COMPILES: 200,
  MAX_EXEC_DEPTH: 8,
  /**
   * Iterations of one loop run exactly. Teaching programs loop a handful of
   * times, or make "many" objects to show the collector at work (`for i in
   * range(5000)`): 10,000 keeps those exact while a runaway `while` costs tens
   * of milliseconds before widening (the stdlib corpus: about 15 % more
   * analysis time than at 1,000, A/B on 200 files).
   */
  MAX_LOOP_ITERATIONS: 10_000,
  /**
   * Objects pickle.dumps's model walks to decide that a graph is plain containers and atoms
   * (pickleModule.ts); a larger graph keeps the call unknown instead of a long walk.
   */
  MAX_PICKLE_OBJECTS: 100000,
  /**
   * Nesting depth pickle.dumps's snapshot follows (pickleSnapshot.ts): the C Pickler's recursion
   * guard counts every nested save (an instance's state one level more) against the recursion
   * limit of 1,000; 200 stays clear of it with the caller's own frames, and deeper graphs keep
   * the call as before (unknown, or a plain pickle loading an object of unknown shape).
   */
  MAX_PICKLE_DEPTH: 200,
  /**
   * Traceback entries traceback.walk_tb's model checks before following the call
   * (tracebackWalk.ts): a traceback is at most the recursion limit (1,000 frames) deep;
   * a longer chain keeps the call unknown.
   */
  MAX_WALKED_TRACEBACK: 1000,
  /**
   * Links of an exception's __context__ chain ExitStack's _fix_exception_context follows
   * (exitStack.ts); a longer chain (or a loop) is left as it is.
   */
  MAX_CONTEXT_CHAIN: 1000,
  /**
   * Nesting depth copy.deepcopy's model follows (copyModule.ts): CPython's own deepcopy
   * recurses about two Python frames per level and meets the recursion limit near 500
   * levels; deeper graphs stay unknown, and the model's own recursion stays shallow.
   */
  MAX_DEEPCOPY_DEPTH: 200,
  /**
   * Widened passes over the body of a loop whose rounds are unknown (controlFlow.ts,
   * widenedRounds) before everything the frame reaches is opened instead. Most loops settle
   * in two (the second finds nothing new); each pass costs a run of the body (a third cost
   * pydoc.py twice the time of the whole analysis before passes were repeated), and a loop
   * inside such a pass gets one.
   */
  MAX_WIDENED_PASSES: 2,
  /**
   * Items one iteration consumed whole (list(it), sorted(it), unpacking) takes
   * while the iterator's steps depend on unknown values: past this its end is
   * not known (an iterator whose stop test is unknown may never be seen to
   * stop), and what it holds gets open counts.
   */
  MAX_UNSURE_ITEMS: 64,
  /**
   * Flag combinations (pseudo-members) one Flag class caches in the model (enums.ts flagMember):
   * each `|` of a new combination adds one; past this the `|` is not followed (an unknown value).
   * A class of 8 flags has 247 combinations; a loop building more is not a teaching program.
   */
  MAX_FLAG_PSEUDO_MEMBERS: 256,
  /**
   * `Cls[...]` aliases of Generic classes the model counts as kept by typing's cache
   * (genericAlias.ts): that cache is an lru_cache of 128 entries, a few taken at startup, so past
   * this many an alias may have been evicted and its count is open.
   */
  MAX_GENERIC_ALIASES: 64,
  /** Arguments of one `Cls[...]` keyed for that cache; a longer subscript gives an alias of open count. */
  MAX_GENERIC_ALIAS_ARGS: 8,
  /**
   * Steps a generator handed to code the model does not follow is run for
   * (Interpreter.runEscapedGenerators): its lines get counts, open ones. An
   * endless generator (`while True: yield`) stops here; the rest of its run is
   * as unknown as the consumer.
   */
  MAX_ESCAPED_GENERATOR_STEPS: 1000,
  /** Own methods run for a library base's method that may call them back (libraryHooks.ts). */
  MAX_LIBRARY_HOOKS: 24,
  /**
   * asyncio.run (asyncioModel.ts): how often main may suspend, and how many other tasks one loop
   * keeps; past these the rest of main, or the further coroutines, are not followed (open counts).
   */
  MAX_EVENT_LOOP_ROUNDS: 1000,
  MAX_EVENT_LOOP_TASKS: 1000,
  /** asyncio.run (asyncioModel.ts): how many live objects it looks through for a traceback through a coroutine. */
  MAX_LIVE_SCAN: 200000,
  /**
   * Objects listed as kept by the traceback of an exception the model does not see, per try
   * (possibleRaises.ts): a handler that keeps such an exception opens their counts. Frames hold a
   * few dozen each; past this (deep recursion under one try) a handler that keeps one opens every
   * count.
   */
  MAX_TRACEBACK_HELD: 5000,
  /**
   * Python call depth analysed; deeper recursion becomes an unknown call (CPython's own limit is 1000).
   * Each Python frame costs several JS frames (generators, builtins calling back): 200 still ran the
   * deepest patterns tried (recursion through __init__, properties, sorted keys, yield from) on
   * Node's default 984 KB stack; 150 leaves room for a browser's. Hosts that run the analysis on a
   * thread of LARGE_STACK_MB pass MAX_CALL_DEPTH_LARGE_STACK instead (AnalyzeOptions.maxCallDepth).
   */
  MAX_CALL_DEPTH: 150,
  /**
   * The call depth followed on a thread with LARGE_STACK_MB: as deep as CPython surely gets without
   * RecursionError. Its limit (1,000) counts more than Python frames: 3.11 counts each frame and
   * each entry from C (recursion through __init__ fails at 498 levels, through a sort key with two
   * frames per level at 332), 3.12+ also a C recursion limit (through __len__: 747 levels on
   * 3.12.1). Measured on 3.11.7 / 3.12.1 / 3.13.0; 330 frames stays under every pattern with up to
   * 3 counted units per frame, so a deeper call is left to may-raise as before.
   */
  MAX_CALL_DEPTH_LARGE_STACK: 330,
  /**
   * The call depth followed on a thread with LARGE_STACK_MB for a chain of plain Python calls
   * (recursionLimit.ts), whose depth CPython counts one unit per frame: as deep as the default
   * recursion limit lets such a chain go (999 function frames below the module's), so the
   * RecursionError comes where CPython raises it.
   */
  MAX_PLAIN_CALL_DEPTH: 1000,
  /**
   * The thread stack (MB) the CLI's and the extension's analysis workers get (Worker
   * resourceLimits.stackSizeMb). Measured: recursion through __init__ (the deepest pattern per
   * frame) takes about 8 KB of JS stack per Python frame; 8 MB is three times 330 such frames.
   * Plain call chains go to MAX_PLAIN_CALL_DEPTH: a recursive call nested in six blocks and seven
   * expression levels overflowed 8 MB at that depth and runs in 16 MB; a chain heavier still runs
   * out of stack and the analysis runs again cutting it at the call depth (analyze.ts).
   */
  LARGE_STACK_MB: 16,
  /** atexit callbacks the model keeps (atexitModule.ts); past this a registration is not followed. */
  MAX_ATEXIT_CALLBACKS: 1000,
  /**
   * Call depth followed, on values not known, inside a function run with
   * unknown arguments because the program never calls it: deeper callees
   * are summarised as unknown calls (each gets its own such run anyway).
   * Library-style code calls down long chains of parsers on unknown input;
   * following each chain from every function made the run several times longer.
   */
  MAX_UNCALLED_CALL_DEPTH: 2,
  /**
   * Generator / coroutine steps nested in such a run (`async with` of a context manager whose
   * generator enters another: each level doubles the work, which only the time budget stopped).
   */
  MAX_UNCALLED_STEP_DEPTH: 8,
  /** Interpreter steps (statements + calls) per analysis: bounds the work on huge or looping files. */
  MAX_STEPS: 2_000_000,
  /**
   * Names a line records in full. Past this (modules with hundreds of globals)
   * a line records what its statement mentions and what changed: recording
   * every name at every line would make the result quadratic in file size.
   */
  MAX_NAMES_PER_LINE: 120,
  /** Heap snapshots kept for the panel (see snapshotPolicy.ts for which runs of a line are kept). */
  MAX_SNAPSHOTS: 1500,
  /**
   * Objects, references and frame names summed over all snapshots (about 75 bytes of JSON
   * each: 150,000 is some 11 MB posted to the panel per analysis). A snapshot of a large
   * heap is up to a few thousand of these; past the budget no more snapshots are taken
   * and the result says so. (Unbounded, a recursive program sent the panel 52 MB.)
   */
  MAX_SNAPSHOT_ITEMS: 150_000,
  /** Frames of a deep stack a snapshot keeps: the outermost and the innermost, the rest counted. */
  SNAPSHOT_OUTER_FRAMES: 2,
  SNAPSHOT_INNER_FRAMES: 6,
  /** Objects drawn per snapshot before it is cut. */
  MAX_SNAPSHOT_NODES: 250,
  /** Cycle detection runs after statements only while the heap is at most this big. */
  MAX_CYCLE_CHECK_OBJECTS: 5000,
  /**
   * Heap objects the per-statement reachability scans (where a watched cycle becomes garbage) may
   * visit in one analysis, summed: a cycle held only through the heap is rescanned after every
   * statement that changes a root, which in a long module outweighed the rest of the run
   * (ipaddress.py: 1,171 scans of 940 objects, 0.3 s). Past it, such cycles get no "unreachable
   * here" line; counts are unaffected.
   */
  MAX_UNREACHABLE_SCAN_WORK: 150_000,
  /** Statements whose "held by" lists are computed (each costs a heap scan). */
  MAX_HOLDER_SCANS: 2000,
  /** "Held by" lists are computed only while the heap is at most this big. */
  MAX_HOLDER_HEAP: 600,
  /** New references checked one by one for closing a cycle; more in one statement → one full scan. */
  MAX_EDGES_PER_CHECK: 64,
  /**
   * Earlier keys of its class a dict/set key with its own __eq__ is compared
   * with (valueKeys.ts). Each comparison runs the Python __eq__; past this the
   * key is left of unknown equality (fuzzy) instead.
   */
  MAX_EQ_PEERS: 64,
  /**
   * Bytes a printed text of unknown content is taken to add to stdout's
   * buffer (stdoutBuffer.ts). Unbounded, one such print would leave every later
   * printed string's count open; a print line is far shorter in the programs
   * this is for, and a program printing more than 8 KiB of such text before a
   * probe sees a flush the analysis does not.
   */
  UNKNOWN_TEXT_BYTES: 512,
  /**
   * Length up to which the content of a bytes / bytearray made at run time is kept
   * (bytesObjects.ts): enough for the small buffers such programs build; past it the
   * content is unknown, so iterating it is a loop of unknown rounds.
   */
  MAX_KNOWN_BYTES: 4096,
  /** Distinct struct formats whose layout is kept (structModule.ts): a program builds few. */
  MAX_STRUCT_FORMATS: 256,
  /** Classes walked up a builtin class's bases for singledispatch's MRO (singleDispatch.ts): builtin chains are short. */
  MAX_SINGLEDISPATCH_MRO: 32,
  /**
   * Length of a text the re module's model searches (reModule.ts). JavaScript's engine cannot be
   * interrupted, and patterns that may backtrack exponentially are refused, but a polynomial one
   * (`.*a.*b` on a text of many `a`) still grows with the text; programs of this kind search lines
   * and short documents.
   */
  MAX_REGEX_TEXT: 2000,
  /** Matches one finditer / findall / sub / split call collects before its result is left unknown. */
  MAX_REGEX_MATCHES: 10_000,
  /** Distinct patterns re's cache model keeps (re's own caches drop entries past 256 on 3.12+): past it, compile is unknown. */
  MAX_REGEX_PATTERNS: 200,
  /** Objects checked to decide that a library call's argument is only numbers, strings and builtin containers (pureValues.ts). */
  MAX_PURE_ARGUMENT_SCAN: 500,
  /** Nesting json's model reads or writes (jsonModule.ts); deeper documents, or default= hooks returning ever new objects, are not followed. */
  MAX_JSON_DEPTH: 200,
  /**
   * Statements scanned for a `break` / `return` in a loop body over a gc.get_referrers list
   * (controlFlow.ts, mayLeaveLoop): a longer body is taken as one that may leave, and its
   * list's items as of unknown identity (no exact rounds).
   */
  MAX_LEAVE_SCAN_STMTS: 2000,
  /** ABC.register calls the model keeps (virtualSubclasses.ts): past them, isinstance against an ABC is open. */
  MAX_ABC_REGISTRATIONS: 1000,
  /** typing.overload stubs the model keeps in its registry (typingOverloads.ts): past them, get_overloads is open. */
  MAX_OVERLOAD_STUBS: 1000,
  /** Registered ABCs an ABC subclass check descends through (virtualSubclasses.ts): deeper is open. */
  MAX_VIRTUAL_SUBCLASS_DEPTH: 20,
};
