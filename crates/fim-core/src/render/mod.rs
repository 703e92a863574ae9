//! Renderers of diagnostics: human (source excerpt), JSON, SARIF 2.1.0. No IO.
