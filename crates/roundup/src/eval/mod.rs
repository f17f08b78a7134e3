//! Measurement: ROUGE exactly as Google's rouge-score computes it, and evaluation data sets.
