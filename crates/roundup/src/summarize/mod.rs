//! The summarize stage: score sentences, select under a budget without repetition, cite sources.
