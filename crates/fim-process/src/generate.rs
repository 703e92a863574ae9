//! Block-structured process models for tests and benchmarks.
//!
//! A [`Block`] tree is sound by construction; [`emit`] turns it into a flow container
//! (start event, the block, end event) and can break one gateway pair on purpose.
//! [`block_structured`] makes a deterministic model of about a given number of nodes.

use crate::model::*;
use fim_core::Span;

/// A block of a block-structured process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// One task.
    Task,
    /// Blocks one after the other.
    Seq(Vec<Block>),
    /// Exclusive choice between the branches (XOR split, XOR join).
    Xor(Vec<Block>),
    /// Parallel branches (AND split, AND join).
    And(Vec<Block>),
    /// `Loop(body, redo)`: XOR join, body, XOR split that leaves or runs redo and repeats.
    Loop(Box<Block>, Box<Block>),
}

impl Block {
    /// Number of XOR and AND blocks with at least two branches (the ones [`emit`] can break).
    pub fn gateway_pairs(&self) -> usize {
        match self {
            Block::Task => 0,
            Block::Seq(v) => v.iter().map(Block::gateway_pairs).sum(),
            Block::Xor(v) | Block::And(v) => {
                usize::from(v.len() >= 2) + v.iter().map(Block::gateway_pairs).sum::<usize>()
            }
            Block::Loop(a, b) => a.gateway_pairs() + b.gateway_pairs(),
        }
    }
}

struct Emitter {
    c: FlowContainer,
    flip: Option<usize>,
    pairs: usize,
}

impl Emitter {
    fn node(&mut self, kind: NodeKind, name: Option<String>) -> String {
        let id = format!("n{}", self.c.nodes.len());
        self.c.nodes.push(FlowNode {
            id: id.clone(),
            name,
            kind,
            default_flow: None,
            documentation: Vec::new(),
            extensions: None,
            looped: false,
            for_compensation: false,
            span: Span::default(),
        });
        id
    }

    fn gateway(&mut self, gateway: GatewayKind) -> String {
        self.node(NodeKind::Gateway { gateway }, None)
    }

    fn flow(&mut self, from: &str, to: &str, condition: Option<&str>) -> String {
        let id = format!("f{}", self.c.flows.len());
        self.c.flows.push(SequenceFlow {
            id: id.clone(),
            name: None,
            source_ref: from.to_owned(),
            target_ref: to.to_owned(),
            condition: condition.map(str::to_owned),
            span: Span::default(),
        });
        id
    }

    /// Emits `b` between `from` and a returned exit node id.
    fn block(&mut self, b: &Block, from: &str) -> String {
        match b {
            Block::Task => {
                let n = self.c.nodes.len();
                let t = self.node(
                    NodeKind::Task {
                        task: TaskKind::Task,
                    },
                    Some(format!("Aufgabe {n}")),
                );
                self.flow(from, &t, None);
                t
            }
            Block::Seq(v) => {
                let mut at = from.to_owned();
                for x in v {
                    at = self.block(x, &at);
                }
                at
            }
            Block::Xor(v) | Block::And(v) if v.len() >= 2 => {
                let parallel = matches!(b, Block::And(_));
                let this = self.pairs;
                self.pairs += 1;
                let (sk, mut jk) = if parallel {
                    (GatewayKind::Parallel, GatewayKind::Parallel)
                } else {
                    (GatewayKind::Exclusive, GatewayKind::Exclusive)
                };
                if self.flip == Some(this) {
                    jk = if parallel {
                        GatewayKind::Exclusive
                    } else {
                        GatewayKind::Parallel
                    };
                }
                let s = self.gateway(sk);
                self.flow(from, &s, None);
                let ends: Vec<String> = v.iter().map(|x| self.block(x, &s)).collect();
                let j = self.gateway(jk);
                for e in ends {
                    self.flow(&e, &j, None);
                }
                j
            }
            Block::Xor(v) | Block::And(v) => match v.first() {
                Some(x) => self.block(x, from),
                None => from.to_owned(),
            },
            Block::Loop(body, redo) => {
                let j = self.gateway(GatewayKind::Exclusive);
                self.flow(from, &j, None);
                let end = self.block(body, &j);
                let s = self.gateway(GatewayKind::Exclusive);
                self.flow(&end, &s, None);
                let back = self.block(redo, &s);
                self.flow(&back, &j, Some("nochmal"));
                s
            }
        }
    }
}

/// Emits `b` as a flow container: start event, the block, end event. With `flip =
/// Some(i)`, the join of the i-th gateway pair (pre-order) gets the other type: an XOR
/// split then meets an AND join (deadlock) or an AND split an XOR join (lack of
/// synchronisation).
pub fn emit(b: &Block, flip: Option<usize>) -> FlowContainer {
    let mut e = Emitter {
        c: FlowContainer::default(),
        flip,
        pairs: 0,
    };
    let s = e.node(
        NodeKind::Event(Event {
            position: EventPosition::Start,
            definitions: Vec::new(),
            interrupting: true,
            attached_to: None,
            link_name: None,
        }),
        Some("Start".to_owned()),
    );
    let last = e.block(b, &s);
    let end = e.node(
        NodeKind::Event(Event {
            position: EventPosition::End,
            definitions: Vec::new(),
            interrupting: true,
            attached_to: None,
            link_name: None,
        }),
        Some("Ende".to_owned()),
    );
    e.flow(&last, &end, None);
    e.c
}

/// Wraps a flow container into a file with one process `p`.
pub fn definitions(body: FlowContainer) -> Definitions {
    Definitions {
        processes: vec![Process {
            id: "p".to_owned(),
            name: Some("Generiert".to_owned()),
            body,
            ..Process::default()
        }],
        ..Definitions::default()
    }
}

/// A deterministic block-structured model with about `nodes` flow nodes (at least a few),
/// mixing sequences, XOR and AND blocks and loops, nested a few levels deep.
pub fn block_structured(nodes: usize, seed: u64) -> Block {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m.max(1)
    };
    fn size(b: &Block) -> usize {
        match b {
            Block::Task => 1,
            Block::Seq(v) => v.iter().map(size).sum(),
            Block::Xor(v) | Block::And(v) => 2 + v.iter().map(size).sum::<usize>(),
            Block::Loop(a, r) => 2 + size(a) + size(r),
        }
    }
    let mut parts = Vec::new();
    let mut total = 2;
    while total < nodes {
        // A small block of 4..20 nodes: a gateway pair around tasks, sometimes nested.
        let k = 2 + next(3) as usize;
        let branch = |next: &mut dyn FnMut(u64) -> u64| -> Block {
            match next(4) {
                0 => Block::Seq(vec![Block::Task, Block::Task]),
                1 => Block::Xor(vec![
                    Block::Task,
                    Block::Seq(vec![Block::Task, Block::Task]),
                ]),
                _ => Block::Task,
            }
        };
        let branches: Vec<Block> = (0..k).map(|_| branch(&mut next)).collect();
        let b = match next(3) {
            0 => Block::Xor(branches),
            1 => Block::And(branches),
            _ => Block::Loop(Box::new(Block::And(branches)), Box::new(Block::Task)),
        };
        total += size(&b);
        parts.push(b);
    }
    Block::Seq(parts)
}
