//! One file per rule; see [`super::registry::RULES`] for the table.
#![allow(missing_docs)] // Each rule is documented by its `declare_rule!` doc comment.

mod id_malformed;
mod id_missing;
mod name_missing;

pub use id_malformed::IdMalformed;
pub use id_missing::IdMissing;
pub use name_missing::NameMissing;
