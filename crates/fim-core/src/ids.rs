//! Typed identifiers, versions and multiplicities.
//!
//! All three keep the source text verbatim (lossless) and offer a parsed view. A malformed
//! value is kept, not dropped, so a linter can report it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of a FIM object, given by the first letter of its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IdKind {
    /// `S`: Datenschema (Stammdatenschema).
    Schema,
    /// `G`: Datenfeldgruppe.
    Group,
    /// `F`: Datenfeld.
    Field,
    /// `R`: Regel.
    Rule,
    /// `D`: Dokumentsteckbrief.
    Dokumentsteckbrief,
    /// `C`: Codeliste.
    Codeliste,
}

impl IdKind {
    /// The id prefix letter.
    pub const fn letter(self) -> char {
        match self {
            IdKind::Schema => 'S',
            IdKind::Group => 'G',
            IdKind::Field => 'F',
            IdKind::Rule => 'R',
            IdKind::Dokumentsteckbrief => 'D',
            IdKind::Codeliste => 'C',
        }
    }

    /// The kind for a prefix letter.
    pub const fn from_letter(c: char) -> Option<Self> {
        Some(match c {
            'S' => IdKind::Schema,
            'G' => IdKind::Group,
            'F' => IdKind::Field,
            'R' => IdKind::Rule,
            'D' => IdKind::Dokumentsteckbrief,
            'C' => IdKind::Codeliste,
            _ => return None,
        })
    }
}

/// An element id such as `F60000227` (v2, 8 digits) or `F60000000227` (v3, 11 digits).
///
/// The text is kept exactly as in the source (after trimming surrounding whitespace, which
/// `xs:token` collapses). [`ElementId::kind`], [`ElementId::nummernkreis`] and
/// [`ElementId::is_well_formed`] give the typed view.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ElementId(pub String);

impl ElementId {
    /// Wraps an id text.
    pub fn new(text: impl Into<String>) -> Self {
        ElementId(text.into())
    }

    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind from the first letter, if it is one of `S G F R D C`.
    pub fn kind(&self) -> Option<IdKind> {
        self.0.chars().next().and_then(IdKind::from_letter)
    }

    /// The digits after the prefix letter, if all of them are ASCII digits.
    pub fn digits(&self) -> Option<&str> {
        let rest = self.0.get(1..)?;
        (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())).then_some(rest)
    }

    /// The Nummernkreis: digits 2-3 of the id (`00` Bund, `01`-`16` Länder, `60` FIM-Baustein,
    /// `99` test).
    pub fn nummernkreis(&self) -> Option<&str> {
        self.digits().and_then(|d| d.get(0..2))
    }

    /// The id width: `Some(8)` for XDatenfelder 2 ids, `Some(11)` for 3.0.0 ids, else the
    /// number of digits (or `None` if they are not all digits).
    pub fn digit_count(&self) -> Option<usize> {
        self.digits().map(str::len)
    }

    /// Whether the id is a known kind letter followed by 8 or 11 digits.
    pub fn is_well_formed(&self) -> bool {
        self.kind().is_some() && matches!(self.digit_count(), Some(8 | 11))
    }
}

impl fmt::Display for ElementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A parsed version number: `x.y` (XDatenfelder 2) or `x.y.z` (3.0.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionNumber {
    /// Major part.
    pub major: u32,
    /// Minor part.
    pub minor: u32,
    /// Patch part (only in 3.0.0 versions).
    pub patch: Option<u32>,
}

impl fmt::Display for VersionNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.patch {
            Some(p) => write!(f, "{}.{}.{}", self.major, self.minor, p),
            None => write!(f, "{}.{}", self.major, self.minor),
        }
    }
}

/// A version as written in the source, with its parsed form when it is well formed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Version(pub String);

impl Version {
    /// Wraps a version text.
    pub fn new(text: impl Into<String>) -> Self {
        Version(text.into())
    }

    /// The version text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The parsed number, if the text is `x.y` or `x.y.z` with decimal parts.
    pub fn number(&self) -> Option<VersionNumber> {
        let mut parts = self.0.split('.');
        let major = parse_part(parts.next()?)?;
        let minor = parse_part(parts.next()?)?;
        let patch = match parts.next() {
            Some(p) => Some(parse_part(p)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(VersionNumber {
            major,
            minor,
            patch,
        })
    }
}

fn parse_part(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A parsed multiplicity `min:max` where `max` may be `*` (unbounded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Multiplicity {
    /// Minimum number of occurrences.
    pub min: u32,
    /// Maximum number of occurrences; `None` for `*`.
    pub max: Option<u32>,
}

impl Multiplicity {
    /// Whether the element is optional (`min == 0`).
    pub fn is_optional(&self) -> bool {
        self.min == 0
    }

    /// Whether the element may repeat (`max > 1` or unbounded).
    pub fn is_repeated(&self) -> bool {
        self.max.is_none_or(|m| m > 1)
    }
}

impl fmt::Display for Multiplicity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max {
            Some(m) => write!(f, "{}:{}", self.min, m),
            None => write!(f, "{}:*", self.min),
        }
    }
}

/// The `anzahl` of a structure entry as written, with its parsed multiplicity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Anzahl(pub String);

impl Anzahl {
    /// Wraps a multiplicity text.
    pub fn new(text: impl Into<String>) -> Self {
        Anzahl(text.into())
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The parsed multiplicity, if the text is `min:max` with `max` a number or `*`.
    ///
    /// A `min` greater than `max` still parses (a linter reports it).
    pub fn multiplicity(&self) -> Option<Multiplicity> {
        let (min, max) = self.0.trim().split_once(':')?;
        let min = parse_part(min)?;
        let max = if max == "*" {
            None
        } else {
            Some(parse_part(max)?)
        };
        Some(Multiplicity { min, max })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_typed() {
        let id = ElementId::new("F60000227");
        assert_eq!(id.kind(), Some(IdKind::Field));
        assert_eq!(id.nummernkreis(), Some("60"));
        assert_eq!(id.digit_count(), Some(8));
        assert!(id.is_well_formed());
        let v3 = ElementId::new("G00000000088");
        assert_eq!(v3.kind(), Some(IdKind::Group));
        assert_eq!(v3.digit_count(), Some(11));
        assert!(v3.is_well_formed());
        for bad in ["T1234", "F123", "", "F6000022x", "Ä1234567"] {
            assert!(!ElementId::new(bad).is_well_formed(), "{bad}");
        }
    }

    #[test]
    fn versions_parse_two_and_three_parts() {
        assert_eq!(
            Version::new("1.2").number(),
            Some(VersionNumber {
                major: 1,
                minor: 2,
                patch: None
            })
        );
        assert_eq!(
            Version::new("1.2.3").number().map(|n| n.patch),
            Some(Some(3))
        );
        for bad in ["", "1", "1.", "1.2.3.4", "a.b", "1.-2"] {
            assert_eq!(Version::new(bad).number(), None, "{bad}");
        }
    }

    #[test]
    fn multiplicities_parse() {
        let m = Anzahl::new("0:*").multiplicity();
        assert_eq!(m, Some(Multiplicity { min: 0, max: None }));
        assert!(m.is_some_and(|m| m.is_optional() && m.is_repeated()));
        assert_eq!(
            Anzahl::new("1:1").multiplicity(),
            Some(Multiplicity {
                min: 1,
                max: Some(1)
            })
        );
        for bad in ["", "1", "a:b", "1:", ":1", "*:1"] {
            assert_eq!(Anzahl::new(bad).multiplicity(), None, "{bad}");
        }
    }
}
