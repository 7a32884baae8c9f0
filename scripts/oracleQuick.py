#!/usr/bin/env python3
"""Scores the analyzer against the oracle fast, for development (not CI).

../shared/oracle/run starts one analyzer process per case and version; over
the ~2,000 cases of test/cases that is about 6,000 Node starts. This runs the
CLI once per version over every case (it fans out to its own workers), splits
its JSON lines by their "file" field and hands the pairs to the oracle's own
compare.py, reusing run's truth cache (the same interpreters, see python_for). Per-case summaries are written to
OUT/summary-VERSION.json so two runs can be diffed (--diff BASE_OUT).

  scripts/oracleQuick.py OUT [--versions 3.11,3.12,3.13] [--diff BASE_OUT] [--list fail|all|none] CASE_OR_DIR...
"""
import argparse, glob, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = os.path.join(ROOT, '..', 'shared', 'oracle')


def python_for(v):
    """The interpreter ../shared/oracle/run would pick for 3.X, as its real executable.

    truth.py keys its cache on sys.executable, so resolving the same way (PYTHON3X, then
    python3.X on PATH through pyenv's shims, then $PYENV_ROOT/versions/3.X*/bin/python3)
    lets this script and run (and CI's oracle stage) share one truth cache.
    """
    base = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
    cands = [os.environ.get('PYTHON' + v.replace('.', '')), shutil.which('python' + v)]
    cands += sorted(glob.glob(os.path.join(base, 'versions', v + '*', 'bin', 'python3')), reverse=True)
    for c in cands:
        if not c:
            continue
        try:
            got = subprocess.run([c, '-c', 'import sys; print("%d.%d" % sys.version_info[:2], sys.executable)'],
                                 capture_output=True, text=True, timeout=30).stdout.split()
        except (OSError, subprocess.TimeoutExpired):
            continue
        if len(got) == 2 and got[0] == v and os.access(got[1], os.X_OK):
            return got[1]
    return None


def cases_of(args):
    out = []
    for a in args:
        if os.path.isdir(a):
            out += sorted(glob.glob(os.path.join(a, '*.py')))
        else:
            out.append(a)
    return [os.path.abspath(c) for c in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('cases', nargs='+')
    ap.add_argument('--versions', default='3.11,3.12,3.13')
    ap.add_argument('--diff')
    ap.add_argument('--list', default='none')
    ap.add_argument('--jobs', default='2')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    cache = os.environ.get('ORACLE_CACHE', os.path.join(os.environ.get('TMPDIR', '/tmp'), 'refcount-lens-oracle-%d' % os.getuid()))
    cases = cases_of(a.cases)
    for v in a.versions.split(','):
        py = python_for(v)
        if not py:
            print('no python', v); continue
        tsv = subprocess.run([py, os.path.join(ORACLE, 'truth.py'), '--cache', cache, '--jobs', a.jobs, *cases],
                             capture_output=True, text=True).stdout
        truth = {}
        for line in tsv.splitlines():
            c, _, t = line.partition('\t')
            if t: truth[os.path.abspath(c)] = t
        res = subprocess.run(['node', os.path.join(ROOT, 'dist', 'cli.js'), 'analyze', *cases, '--json', '--python', v],
                             capture_output=True, text=True, cwd=ROOT)
        by_file = {}
        for line in res.stdout.splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            by_file[os.path.abspath(os.path.join(ROOT, d.get('file', '')))] = line
        work = tempfile.mkdtemp(prefix='oq-')
        pairs = []
        for i, c in enumerate(cases):
            if c not in truth: continue
            p = os.path.join(work, '%d.json' % i)
            with open(p, 'w') as f:
                f.write(by_file.get(c, '{"schema": "refcount-lens/1", "objects": {}, "lines": [], "calls": []}'))
            pairs += [truth[c], p]
        summ = os.path.join(a.out, 'summary-%s.json' % v)
        r = subprocess.run([sys.executable, os.path.join(ORACLE, 'compare.py'), '--label', v, '--list', a.list,
                            '--lenient', '--json-out', summ, *pairs], capture_output=True, text=True)
        lines = r.stdout.splitlines()
        # (each listed probe under its case's line, so a long listing says where each one is)
        body = [l for l in lines if a.list != 'none' and not l.startswith('total') and l.strip()]
        print('\n'.join(body))
        print(next((l for l in reversed(lines) if l.startswith('total')), r.stderr.strip()))
        if a.diff:
            diff(os.path.join(a.diff, 'summary-%s.json' % v), summ, v)


def diff(base_path, new_path, v):
    if not os.path.exists(base_path):
        print('  (no base for', v, ')'); return
    # (by file name: the summaries name cases by the path they were given, relative to where each run started)
    key = lambda c: os.path.basename(c['case'])
    base = {key(c): c for c in json.load(open(base_path))['cases']}
    new = {key(c): c for c in json.load(open(new_path))['cases']}
    for name in sorted(set(base) | set(new)):
        b, n = base.get(name), new.get(name)
        fb = (b['exact'], b['sound'], b['missing'], b['probes']) if b else None
        fn = (n['exact'], n['sound'], n['missing'], n['probes']) if n else None
        if fb != fn:
            print('  %s %s: exact/sound/missing/probes %s -> %s' % (v, name, fb, fn))


if __name__ == '__main__':
    main()
