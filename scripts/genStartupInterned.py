#!/usr/bin/env python3
"""Measures which identifier-like texts a case finds interned already when it starts, per version.

Why: PyUnicode_InternInPlace (sys.intern, operator.attrgetter / methodcaller) hands back the
earlier entry when a str of that text is interned already, and leaves the argument's count alone;
the engine must know which texts that holds for.

How (so the startup matches the oracle's, ../shared/oracle/truth.py): each interpreter runs a
probe as `python -s PROBE.py`, with truth.py's own generated sitecustomize (no preload, not
perturbed) on PYTHONPATH, PYTHONHASHSEED=0, the PYTHON* variables removed. The probe reads the
candidate texts from a file (so each is a fresh, uninterned str) and calls sys.intern on each: a
text is "interned before" when sys.intern returns another object. Two probes with different
names and different local names run (a text counts only if both found it: the probe's own names
are interned by its compilation), each twice, in this installation and in a venv of the same
interpreter with nothing in site-packages: found in every run is "yes", in some only "maybe" (a
.pth file of this installation imported more, e.g. setuptools' distutils-precedence.pth on 3.11).
Candidates: every NAME token and identifier-like str constant of the three versions' Lib/, and
startupStrings313.ts's texts (two characters or more: one-character strings are singletons).

Writes src/analysis/interp/startupInterned.ts to stdout (texts added / removed relative to
startupStrings313.ts's list, per version); --json OUT writes the measured sets too.

  scripts/genStartupInterned.py [--versions 3.11,3.12,3.13] [--json OUT] > src/analysis/interp/startupInterned.ts
"""
import argparse, ast, io, json, os, re, subprocess, sys, sysconfig, tempfile, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORACLE = os.path.join(ROOT, '..', 'shared', 'oracle')
sys.path.insert(0, HERE)
sys.path.insert(0, ORACLE)
from oracleQuick import python_for  # noqa: E402  (the interpreters the oracle uses)
import truth  # noqa: E402  (its BOOTSTRAP is the sitecustomize every case runs under)

IDENT = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')

# Two probes: different file names, different local names (their own names get interned).
PROBES = {
    'rcl_probe_alpha.py': 'import sys\nwith open(sys.argv[1]) as fa:\n    wa = fa.read().split()\n'
                          'ka = [s for s in wa if sys.intern(s) is not s]\nprint("\\n".join(ka))\n',
    'rcl_probe_beta.py': 'import sys\nfb = open(sys.argv[1])\nwb = fb.read().split()\nfb.close()\n'
                         'kb = []\nfor t in wb:\n    if sys.intern(t) is not t:\n        kb.append(t)\n'
                         'print("\\n".join(kb))\n',
}


def lib_texts(py):
    """Identifier-like NAME tokens and str constants of that interpreter's Lib/."""
    lib = subprocess.run([py, '-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
                         capture_output=True, text=True).stdout.strip()
    out = set()
    for d, dirs, files in os.walk(lib):
        dirs[:] = [x for x in dirs if x not in ('site-packages', 'test', 'tests', 'idle_test')]
        for f in files:
            if not f.endswith('.py'):
                continue
            try:
                src = open(os.path.join(d, f), 'rb').read()
                for tok in tokenize.tokenize(io.BytesIO(src).readline):
                    if tok.type == tokenize.NAME:
                        out.add(tok.string)
                for node in ast.walk(ast.parse(src)):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        out.add(node.value)
            except Exception:
                continue
    return {t for t in out if len(t) >= 2 and t.isascii() and IDENT.match(t)}


def measure(py, cands, runs=2):
    """(texts found in every run of both probes, texts found in some run of each probe)."""
    with tempfile.TemporaryDirectory() as work:
        boot = os.path.join(work, 'boot')
        os.makedirs(boot)
        with open(os.path.join(boot, 'sitecustomize.py'), 'w') as f:
            f.write(truth.BOOTSTRAP)
        words = os.path.join(work, 'words.txt')
        with open(words, 'w') as f:
            f.write('\n'.join(sorted(cands)))
        every, some = None, None
        for name, text in PROBES.items():
            script = os.path.join(work, name)
            with open(script, 'w') as f:
                f.write(text)
            env = truth._clean_env()
            env['PYTHONHASHSEED'] = '0'
            env['PYTHONPATH'] = boot
            env['RCL_ORACLE_CFG'] = json.dumps({'preload': [], 'perturb': False, 'perturb_modules': [],
                                                'strings': [], 'out': os.path.join(work, 'obs.json')})
            got = [set(subprocess.run([py, '-s', script, words], cwd=work, env=env, capture_output=True,
                                      text=True, check=True).stdout.split()) for _ in range(runs)]
            every = set.intersection(*got) if every is None else every.intersection(*got)
            some = set.union(*got) if some is None else some & set.union(*got)
        return every, some


def ts_words(texts):
    lines, cur = [], ''
    for t in sorted(texts):
        if cur and len(cur) + 1 + len(t) > 110:
            lines.append(cur)
            cur = t
        else:
            cur = t if not cur else cur + ' ' + t
    if cur:
        lines.append(cur)
    return '\n'.join("    '%s'," % l for l in lines)


def clean_python(py, work):
    """A venv of `py` with nothing in site-packages: the startup without this machine's .pth files."""
    d = os.path.join(work, 'venv')
    subprocess.run([py, '-m', 'venv', '--without-pip', d], check=True)
    return os.path.join(d, 'bin', 'python')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--versions', default='3.11,3.12,3.13')
    ap.add_argument('--json')
    a = ap.parse_args()
    pys = {v: python_for(v) for v in a.versions.split(',')}
    cands = set()
    for py in pys.values():
        cands |= lib_texts(py)
    base_src = open(os.path.join(ROOT, 'src', 'analysis', 'interp', 'startupStrings313.ts')).read()
    base = set(' '.join(re.findall(r"^  '([^']*)',$", base_src, re.M)).split())
    cands |= {t for t in base if len(t) >= 2}  # the runtime's own strings, not all in Lib/
    out = {}
    for v, py in pys.items():
        here, here_some = measure(py, cands)
        with tempfile.TemporaryDirectory() as work:
            clean, clean_some = measure(clean_python(py, work), cands)
        # Interned in every run of both startups: sure. In some only (this machine's site-packages
        # .pth files, e.g. setuptools' distutils-precedence.pth on 3.11, or a sandbox's; or a run's
        # own luck): it depends on the installation, so the engine opens the count.
        sure = here & clean
        maybe = (here_some | clean_some) - sure
        out[v] = {'added': sorted(sure - base), 'removed': sorted(base - sure), 'maybe': sorted(maybe)}
        print('// %s (%s): %d of %d candidates interned before (%d here, %d clean); sure +%d -%d vs the 3.13 '
              'immortal list, maybe %d' % (v, py, len(sure), len(cands), len(here), len(clean), len(out[v]['added']),
                                           len(out[v]['removed']), len(maybe)), file=sys.stderr)
    if a.json:
        with open(a.json, 'w') as f:
            json.dump(out, f)
    sys.stdout.write(module_text(base, out, sorted(cands)))


def module_text(base, out, cands):
    """startupInterned.ts: the texts every version adds to the 3.13 immortal list, then each one's differences."""
    sure = {v: (base | set(d['added'])) - set(d['removed']) for v, d in out.items()}
    common = set.intersection(*sure.values()) - base
    head = __doc__.split('\n\n')[1:3]
    lines = ['// GENERATED by scripts/genStartupInterned.py (rerun it to refresh; do not edit by hand).']
    lines += ['// ' + l if l else '//' for l in '\n\n'.join(head).splitlines()]
    lines += [
        '// Stored as differences from startupStrings313.ts (3.13\'s immortal startup strings): COMMON is',
        '// interned before on every version measured; per version, ADDED / REMOVED adjust that, and MAYBE',
        '// holds the texts interned in some startups only (this installation\'s .pth files, or a run\'s luck).',
        '// %d candidate texts; %s.' % (len(cands), ', '.join('%s: %d interned before, %d maybe' % (v, len(sure[v]), len(d['maybe']))
                                                          for v, d in out.items())),
        "import { startupImmortal313 } from './startupStrings313';",
        '',
        'const COMMON = [',
        ts_words(common).replace("    '", "  '"),
        "].join(' ');",
        '',
        'const BY_VERSION: Record<string, { added: string; removed: string; maybe: string }> = {',
    ]
    for v, d in out.items():
        lines.append('  %s: {' % json.dumps(v))
        parts = {'added': sure[v] - base - common, 'removed': base - sure[v], 'maybe': set(d['maybe'])}
        for k in ('added', 'removed', 'maybe'):
            lines.append('    %s: [' % k)
            if parts[k]:
                lines.append(ts_words(parts[k]).replace("    '", "      '"))
            lines.append("    ].join(' '),")
        lines.append('  },')
    lines += [
        '};',
        '',
        'const tables = new Map<string, { sure: Set<string>; removed: Set<string>; maybe: Set<string> }>();',
        '',
        '/**',
        ' * Whether a script run by the oracle finds a str of `text` (identifier-like, two characters or more)',
        " * interned when it starts on the measured `version` (VersionModel.startupInternedOf): 'yes', 'no',",
        " * or 'maybe' (it depends on the installation).",
        ' */',
        "export function startupInterned(version: '3.11' | '3.12' | '3.13', text: string): 'yes' | 'no' | 'maybe' {",
        '  let t = tables.get(version);',
        '  if (!t) {',
        '    const d = BY_VERSION[version];',
        "    const words = (s: string): string[] => (s ? s.split(' ') : []);",
        '    t = { sure: new Set([...words(COMMON), ...words(d.added)]), removed: new Set(words(d.removed)), maybe: new Set(words(d.maybe)) };',
        '    tables.set(version, t);',
        '  }',
        "  if (t.maybe.has(text)) return 'maybe';",
        "  return t.sure.has(text) || (startupImmortal313(text) && !t.removed.has(text)) ? 'yes' : 'no';",
        '}',
        '',
    ]
    return '\n'.join(lines)


if __name__ == '__main__':
    main()
