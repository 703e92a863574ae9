//! Rule documentation generated from the rules' doc comments (`docs/rules/`, `fim rule`).
