// Entry point of the VS Code extension (placeholder until the client lands).
export function activate(): void {}
export function deactivate(): void {}
