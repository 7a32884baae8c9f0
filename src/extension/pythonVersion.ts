// Which CPython the numbers are for: the setting, or with `auto` the
// interpreter the Python extension selected (when it is installed), else 3.12.
import * as vscode from 'vscode';
import { DEFAULT_PYTHON_VERSION, PYTHON_VERSIONS, PythonVersion } from '../analysis/results/resultTypes';

interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined;
    resolveEnvironment(p: { path: string } | string): Promise<{ version?: { major?: number; minor?: number } } | undefined>;
  };
}

export async function detectPythonVersion(resource?: vscode.Uri): Promise<PythonVersion | undefined> {
  const ext = vscode.extensions.getExtension<PythonExtensionApi>('ms-python.python');
  if (!ext) return undefined;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    const envPath = api?.environments?.getActiveEnvironmentPath(resource);
    if (!envPath) return undefined;
    const env = await api!.environments!.resolveEnvironment(envPath);
    const v = `${env?.version?.major}.${env?.version?.minor}` as PythonVersion;
    return PYTHON_VERSIONS.includes(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function resolvePythonVersion(setting: PythonVersion | 'auto', resource?: vscode.Uri): Promise<{ version: PythonVersion; source: string }> {
  if (setting !== 'auto') return { version: setting, source: 'setting' };
  const detected = await detectPythonVersion(resource);
  return detected ? { version: detected, source: 'Python extension' } : { version: DEFAULT_PYTHON_VERSION, source: 'default' };
}
