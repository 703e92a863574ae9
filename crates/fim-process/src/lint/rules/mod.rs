//! The process rules, one per file. [`ALL`] is the table of every rule, in code order.

pub mod ad_hoc_sub_process;
pub mod conditional_flows;
pub mod duplicate_id;
pub mod end_event_required;
pub mod event_based_gateway;
pub mod event_sub_process_typed_start_event;
pub mod fake_join;
pub mod fim_legal_basis;
pub mod fim_named_pools_and_lanes;
pub mod label_required;
pub mod link_event;
pub mod no_bpmndi;
pub mod no_complex_gateway;
pub mod no_dangling_flow;
pub mod no_disconnected;
pub mod no_duplicate_sequence_flows;
pub mod no_gateway_join_fork;
pub mod no_implicit_end;
pub mod no_implicit_split;
pub mod no_implicit_start;
pub mod no_inclusive_gateway;
pub mod single_blank_start_event;
pub mod single_event_definition;
pub mod start_event_required;
pub mod sub_process_blank_start_event;
pub mod superfluous_gateway;
pub mod superfluous_termination;

use super::ProcessRule;

/// Every process rule, in code order. The `recommended` preset is this table.
pub static ALL: &[&ProcessRule] = &[
    &start_event_required::StartEventRequired,
    &end_event_required::EndEventRequired,
    &no_disconnected::NoDisconnected,
    &no_implicit_start::NoImplicitStart,
    &no_implicit_end::NoImplicitEnd,
    &no_implicit_split::NoImplicitSplit,
    &fake_join::FakeJoin,
    &no_gateway_join_fork::NoGatewayJoinFork,
    &no_dangling_flow::NoDanglingFlow,
    &no_duplicate_sequence_flows::NoDuplicateSequenceFlows,
    &label_required::LabelRequired,
    &no_inclusive_gateway::NoInclusiveGateway,
    &no_complex_gateway::NoComplexGateway,
    &sub_process_blank_start_event::SubProcessBlankStartEvent,
    &single_blank_start_event::SingleBlankStartEvent,
    &single_event_definition::SingleEventDefinition,
    &event_sub_process_typed_start_event::EventSubProcessTypedStartEvent,
    &superfluous_gateway::SuperfluousGateway,
    &superfluous_termination::SuperfluousTermination,
    &conditional_flows::ConditionalFlows,
    &ad_hoc_sub_process::AdHocSubProcess,
    &event_based_gateway::EventBasedGateway,
    &link_event::LinkEvent,
    &no_bpmndi::NoBpmndi,
    &duplicate_id::DuplicateId,
    &fim_named_pools_and_lanes::FimNamedPoolsAndLanes,
    &fim_legal_basis::FimLegalBasis,
];

/// What every rule file uses.
pub(crate) mod prelude {
    pub use crate::lint::{finding, node_finding, Scope, Subject};
    pub use crate::model::*;
    pub use fim_core::diagnostic::{Category, Diagnostic, Rule, RuleMeta};

    /// Whether a name is missing or blank.
    pub fn blank(name: Option<&str>) -> bool {
        name.is_none_or(|n| n.trim().is_empty())
    }

    /// Whether the node is an event sub-process.
    pub fn is_event_sub(n: &FlowNode) -> bool {
        n.sub_process()
            .is_some_and(|s| s.kind == SubProcessKind::Event)
    }

    /// Whether the node is an event whose definitions are all `def` (and at least one).
    pub fn is_only(n: &FlowNode, def: EventDefinition) -> bool {
        n.event()
            .is_some_and(|e| !e.definitions.is_empty() && e.definitions.iter().all(|d| *d == def))
    }
}

/// Finds a rule by code (`P001`) or name (`start-event-required`).
pub fn find(key: &str) -> Option<&'static ProcessRule> {
    ALL.iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(key) || r.meta().name == key)
}
