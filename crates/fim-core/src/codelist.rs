//! Code lists: the model of an OASIS genericode 1.0 `CodeList` as XRepository publishes them.
//!
//! A [`CodeList`] has an identification (canonical URI, version, canonical version URI,
//! names), a set of columns, the id of the key column and of a recommended label column, and
//! rows of values. Reading the XML is done by `fim_xml::genericode::read`; this module holds
//! the model, the lookups a form or validator needs ([`CodeList::contains`],
//! [`CodeList::label`]) and [`CodeLists`], a set of lists found by the reference a field
//! carries.

use crate::model::CodelisteReferenz;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One column of a code list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// The column's `Id`.
    pub id: String,
    /// `ShortName`, if given.
    pub short_name: Option<String>,
    /// `LongName`, if given.
    pub long_name: Option<String>,
    /// `Data/@Type` (for example `string`), if given.
    pub data_type: Option<String>,
    /// Whether `Use="required"`.
    pub required: bool,
    /// Span of the `Column` element.
    pub span: Span,
}

/// One row: a value (or none) per column, in column order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Values by column position; `None` when the row has no (simple) value for the column.
    pub values: Vec<Option<String>>,
    /// Span of the `Row` element.
    pub span: Span,
}

/// A genericode code list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeList {
    /// `Identification/CanonicalUri` (the list's URN; real files also use plain names).
    pub canonical_uri: String,
    /// `Identification/CanonicalVersionUri`, if given.
    pub canonical_version_uri: Option<String>,
    /// `Identification/Version`, if given.
    pub version: Option<String>,
    /// `Identification/ShortName`, if given (may be empty in real files).
    pub short_name: Option<String>,
    /// `Identification/LongName`, if given.
    pub long_name: Option<String>,
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// Id of the key column: the column of the key marked `recommendedKeyColumn` (XÖV
    /// genericode annotation), else of the first key, else a column named `code`, else the
    /// first column.
    pub key_column: String,
    /// Id of the recommended label column: the column marked `recommendedValueColumn`, else the
    /// column of a second key (the FIM editors write `codenameKey` there), else a column named
    /// `name`, else the first column after the key column. `None` for a one-column list.
    pub label_column: Option<String>,
    /// The rows, in order.
    pub rows: Vec<Row>,
    /// Span of the `CodeList` element.
    pub span: Span,
}

impl CodeList {
    /// The position of column `id`.
    pub fn column_index(&self, id: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.id == id)
    }

    /// The value of `row` in column `id`.
    pub fn value<'a>(&self, row: &'a Row, id: &str) -> Option<&'a str> {
        let i = self.column_index(id)?;
        row.values.get(i)?.as_deref()
    }

    /// The codes (key column values), in row order; rows without a key are left out.
    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        let key = self.column_index(&self.key_column);
        self.rows
            .iter()
            .filter_map(move |r| r.values.get(key?)?.as_deref())
    }

    /// Code and label (label column value, if any) of every row with a code.
    pub fn entries(&self) -> Vec<(&str, Option<&str>)> {
        self.entries_in(&self.key_column, self.label_column.as_deref())
    }

    /// Code and label of every row with a code, for given code and label columns (XDatenfelder
    /// 3.0.0 fields name them with `codeKey` and `nameKey`).
    pub fn entries_in(
        &self,
        code_column: &str,
        label_column: Option<&str>,
    ) -> Vec<(&str, Option<&str>)> {
        let Some(k) = self.column_index(code_column) else {
            return Vec::new();
        };
        let l = label_column.and_then(|l| self.column_index(l));
        self.rows
            .iter()
            .filter_map(|r| {
                let code = r.values.get(k)?.as_deref()?;
                let label = l.and_then(|l| r.values.get(l)?.as_deref());
                Some((code, label))
            })
            .collect()
    }

    /// The row whose key column holds `code`.
    pub fn row(&self, code: &str) -> Option<&Row> {
        let k = self.column_index(&self.key_column)?;
        self.rows
            .iter()
            .find(|r| r.values.get(k).and_then(|v| v.as_deref()) == Some(code))
    }

    /// Whether `code` is a code of this list.
    pub fn contains(&self, code: &str) -> bool {
        self.row(code).is_some()
    }

    /// The label of `code` (its value in the label column).
    pub fn label(&self, code: &str) -> Option<&str> {
        let row = self.row(code)?;
        self.value(row, self.label_column.as_deref()?)
    }

    /// The key under which [`CodeLists`] stores this list.
    pub fn key(&self) -> CodeListKey {
        CodeListKey {
            uri: self.canonical_uri.clone(),
            version: self.version.clone(),
        }
    }
}

/// Identity of a code list: canonical URI and version.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CodeListKey {
    /// Canonical URI.
    pub uri: String,
    /// Version, if the list has one.
    pub version: Option<String>,
}

/// A set of code lists, found by (canonical URI, version) or by canonical version URI.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeLists {
    lists: BTreeMap<CodeListKey, CodeList>,
}

impl CodeLists {
    /// An empty set.
    pub fn new() -> Self {
        CodeLists::default()
    }

    /// Adds a list; a list with the same URI and version is replaced and returned.
    pub fn insert(&mut self, list: CodeList) -> Option<CodeList> {
        self.lists.insert(list.key(), list)
    }

    /// Number of lists.
    pub fn len(&self) -> usize {
        self.lists.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty()
    }

    /// All lists, ordered by URI and version.
    pub fn iter(&self) -> impl Iterator<Item = &CodeList> + '_ {
        self.lists.values()
    }

    /// The list with this URI and version.
    pub fn get(&self, uri: &str, version: Option<&str>) -> Option<&CodeList> {
        self.lists.get(&CodeListKey {
            uri: uri.to_owned(),
            version: version.map(str::to_owned),
        })
    }

    /// The list a field's code list reference points at.
    ///
    /// Tried in turn: canonical URI and version; the canonical version URI; the canonical URI
    /// alone when the reference has no version and exactly one list has that URI.
    pub fn find(&self, reference: &CodelisteReferenz) -> Option<&CodeList> {
        if let (Some(uri), Some(v)) = (&reference.canonical_identification, &reference.version) {
            if let Some(l) = self.get(uri, Some(v)) {
                return Some(l);
            }
        }
        if let Some(cvu) = &reference.canonical_version_uri {
            if let Some(l) = self
                .lists
                .values()
                .find(|l| l.canonical_version_uri.as_deref() == Some(cvu.as_str()))
            {
                return Some(l);
            }
        }
        let uri = reference.canonical_identification.as_deref()?;
        if reference.version.is_none() {
            let mut same = self.lists.values().filter(|l| l.canonical_uri == uri);
            if let (Some(l), None) = (same.next(), same.next()) {
                return Some(l);
            }
        }
        None
    }
}

impl FromIterator<CodeList> for CodeLists {
    fn from_iter<I: IntoIterator<Item = CodeList>>(iter: I) -> Self {
        let mut set = CodeLists::new();
        for l in iter {
            set.insert(l);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> CodeList {
        let col = |id: &str| Column {
            id: id.into(),
            ..Column::default()
        };
        let row = |c: &str, n: Option<&str>| Row {
            values: vec![Some(c.into()), n.map(Into::into)],
            span: Span::default(),
        };
        CodeList {
            canonical_uri: "urn:de:test:farbe".into(),
            canonical_version_uri: Some("urn:de:test:farbe_1".into()),
            version: Some("1".into()),
            columns: vec![col("code"), col("name")],
            key_column: "code".into(),
            label_column: Some("name".into()),
            rows: vec![row("r", Some("rot")), row("g", None)],
            ..CodeList::default()
        }
    }

    #[test]
    fn lookups() {
        let l = list();
        assert!(l.contains("r") && l.contains("g") && !l.contains("b"));
        assert_eq!(l.label("r"), Some("rot"));
        assert_eq!(l.label("g"), None);
        assert_eq!(l.codes().collect::<Vec<_>>(), ["r", "g"]);
        assert_eq!(l.entries(), [("r", Some("rot")), ("g", None)]);
        assert_eq!(l.entries_in("name", Some("code")), [("rot", Some("r"))]);
    }

    #[test]
    fn find_by_reference() {
        let set: CodeLists = [list()].into_iter().collect();
        let mut r = CodelisteReferenz {
            canonical_identification: Some("urn:de:test:farbe".into()),
            version: Some("1".into()),
            ..CodelisteReferenz::default()
        };
        assert!(set.find(&r).is_some());
        r.version = Some("2".into());
        assert!(set.find(&r).is_none());
        r.version = None;
        assert!(set.find(&r).is_some(), "unique URI without version");
        let by_cvu = CodelisteReferenz {
            canonical_version_uri: Some("urn:de:test:farbe_1".into()),
            ..CodelisteReferenz::default()
        };
        assert!(set.find(&by_cvu).is_some());
    }
}
