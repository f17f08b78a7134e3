//! The ingest stage: files, folders, JSONL, Multi-News `|||||` clusters and standard input.
