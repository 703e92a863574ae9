//! Analyses of process graphs, one per file: [`soundness`] and [`metrics`].

pub mod metrics;
pub mod soundness;
