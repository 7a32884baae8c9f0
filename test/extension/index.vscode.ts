// Entry point the extension host require()s for --extensionTestsPath: runs
// every *.vscode.js suite next to it with mocha and prints one closing line.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.vscode.js') && f !== 'index.vscode.js') mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`extension: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
}
