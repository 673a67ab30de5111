// Entry point of the newslens command line (placeholder until the CLI lands).
export {};
