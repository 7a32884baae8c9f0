// Loads web-tree-sitter and the Python grammar once, and hands out parses.
// The callers (CLI, extension, tests) pass the two .wasm locations in: this
// module never guesses paths, so it works from dist/, a VSIX or a browser.
import { Language, Parser, Tree } from 'web-tree-sitter';
import { useRuntime } from './rawCursor';

export type { Tree, Node as SyntaxNode, Edit } from 'web-tree-sitter';

export interface WasmSources {
  /** web-tree-sitter's runtime: a file path (Node) or URL (browser). */
  treeSitter: string;
  /** The Python grammar: a path, a URL or the bytes. */
  python: string | Uint8Array;
}

/** Why a parse can stop early: a long line of junk must not freeze the editor. */
export const PARSE_TIMEOUT_MS = 2000;

export class PythonParser {
  private constructor(private readonly parser: Parser) {}

  private static loading: Promise<Language> | undefined;

  static async create(wasm: WasmSources): Promise<PythonParser> {
    if (!PythonParser.loading) {
      PythonParser.loading = (async () => {
        // The options object becomes the runtime module (see rawCursor.ts).
        const runtime = { locateFile: () => wasm.treeSitter };
        await Parser.init(runtime);
        useRuntime(runtime);
        return Language.load(wasm.python);
      })();
      PythonParser.loading.catch(() => (PythonParser.loading = undefined));
    }
    const language = await PythonParser.loading;
    const parser = new Parser();
    parser.setLanguage(language);
    return new PythonParser(parser);
  }

  /**
   * Parses `source`; with `oldTree` (already `edit()`ed) the parse is incremental.
   * Returns null when the time limit stopped it.
   */
  parse(source: string, oldTree?: Tree | null, timeoutMs = PARSE_TIMEOUT_MS): Tree | null {
    const deadline = Date.now() + timeoutMs;
    const tree = this.parser.parse(source, oldTree ?? null, {
      progressCallback: () => Date.now() > deadline,
    });
    // A parse the limit stopped is kept to be resumed by the next call, whatever its text:
    // without a reset, the next document would be parsed as the rest of this one.
    if (!tree) this.parser.reset();
    return tree;
  }

  delete(): void {
    this.parser.delete();
  }
}
