// Entry point of the language server (placeholder until the LSP features land).
export {};
