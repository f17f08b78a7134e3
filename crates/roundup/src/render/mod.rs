//! The render stage: text, Markdown and JSON output of a cited summary.
