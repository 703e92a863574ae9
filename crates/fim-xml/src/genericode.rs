//! Reading OASIS genericode 1.0 code lists (as published by XRepository and bundled by the FIM
//! editors) into [`fim_core::codelist::CodeList`].
//!
//! Local elements are accepted both unqualified (as the genericode schema defines them) and in
//! the genericode namespace (as several FIM editors write them); the root must be
//! `CodeList` in the genericode namespace. `ComplexValue`s, `ColumnSetRef`s and annotations
//! other than XÖV's `recommendedKeyColumn` / `recommendedValueColumn` markers are skipped.
//! A `Value` without `ColumnRef` belongs to the column after the previous value's, as the
//! standard says. Errors carry line and column; no input makes the reader panic.

use crate::error::{ReadError, ReadErrorKind};
use crate::events::{El, Ev, Events, Ns};
use fim_core::codelist::{CodeList, CodeLists, Column, Row};
use fim_core::Span;

/// The genericode 1.0 namespace.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/// Element nesting limit; genericode documents are shallow.
const MAX_DEPTH: usize = 64;

/// Reads a genericode code list.
///
/// ```
/// let xml = r#"<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
///   <Identification><ShortName>farbe</ShortName><Version>1</Version>
///     <CanonicalUri>urn:de:test:farbe</CanonicalUri></Identification>
///   <ColumnSet><Column Id="code" Use="required"><ShortName>Code</ShortName><Data Type="string"/></Column>
///     <Column Id="name"><ShortName>Name</ShortName><Data Type="string"/></Column>
///     <Key Id="codeKey"><ShortName>K</ShortName><ColumnRef Ref="code"/></Key></ColumnSet>
///   <SimpleCodeList><Row><Value ColumnRef="code"><SimpleValue>r</SimpleValue></Value>
///     <Value><SimpleValue>rot</SimpleValue></Value></Row></SimpleCodeList>
/// </gc:CodeList>"#;
/// let list = fim_xml::genericode::read(xml).unwrap();
/// assert_eq!(list.canonical_uri, "urn:de:test:farbe");
/// assert_eq!(list.label("r"), Some("rot"));
/// ```
pub fn read(src: &str) -> Result<CodeList, ReadError> {
    let mut ev = Events::new(src, MAX_DEPTH);
    if u32::try_from(src.len()).is_err() {
        return Err(ev.error(ReadErrorKind::TooLarge, 0));
    }
    ev.check_chars()?;
    ev.set_xdf_namespace(NAMESPACE);
    let root = loop {
        match ev.next()? {
            Ev::Start(el) => break el,
            Ev::Text(_) | Ev::End(_) => continue,
            Ev::Eof => return Err(ev.error(ReadErrorKind::NoRoot, 0)),
        }
    };
    if root.ns != Ns::Xdf {
        return Err(ev.error(
            ReadErrorKind::UnknownNamespace {
                root: root.qname.to_owned(),
                namespace: root.ns_uri.to_owned(),
            },
            root.start,
        ));
    }
    if root.local != "CodeList" {
        return Err(ev.error(
            ReadErrorKind::InvalidCodeList(format!(
                "Wurzelelement `{}` statt `CodeList`",
                root.qname
            )),
            root.start,
        ));
    }
    let mut r = GcReader {
        ev,
        list: CodeList::default(),
        keys: Vec::new(),
        value_column: None,
        has_uri: false,
    };
    r.code_list(&root)?;
    Ok(r.list)
}

/// Reads every file of `files` (name, content) into a [`CodeLists`] set; the files [`read`]
/// refuses are returned with their error.
///
/// The caller does the IO (the CLI reads a directory); this keeps the library free of it.
pub fn read_all<'a, I>(files: I) -> (CodeLists, Vec<(String, ReadError)>)
where
    I: IntoIterator<Item = (String, &'a str)>,
{
    let mut set = CodeLists::new();
    let mut failed = Vec::new();
    for (name, text) in files {
        match read(text) {
            Ok(list) => {
                set.insert(list);
            }
            Err(e) => failed.push((name, e)),
        }
    }
    (set, failed)
}

struct GcReader<'a> {
    ev: Events<'a>,
    list: CodeList,
    /// Keys in order: referenced column, whether marked `recommendedKeyColumn`.
    keys: Vec<(String, bool)>,
    /// Column marked `recommendedValueColumn`.
    value_column: Option<String>,
    has_uri: bool,
}

/// Whether `el` is the genericode element `local` (qualified or unqualified).
fn is(el: &El<'_>, local: &str) -> bool {
    el.local == local && matches!(el.ns, Ns::Xdf | Ns::None)
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl<'a> GcReader<'a> {
    fn eof(&self) -> ReadError {
        let at = u32::try_from(self.ev.src().len()).unwrap_or(u32::MAX);
        self.ev.error(ReadErrorKind::UnexpectedEof, at)
    }

    fn invalid(&self, what: String, at: u32) -> ReadError {
        self.ev.error(ReadErrorKind::InvalidCodeList(what), at)
    }

    /// Calls `child` for each child element of the element just opened; returns its end.
    fn children<F>(&mut self, mut child: F) -> Result<u32, ReadError>
    where
        F: FnMut(&mut Self, El<'a>) -> Result<(), ReadError>,
    {
        loop {
            match self.ev.next()? {
                Ev::Start(el) => child(self, el)?,
                Ev::End(end) => return Ok(end),
                Ev::Text(_) => {}
                Ev::Eof => return Err(self.eof()),
            }
        }
    }

    /// The trimmed text content of the element just opened (child elements are skipped).
    fn text(&mut self) -> Result<String, ReadError> {
        let mut acc = String::new();
        loop {
            match self.ev.next()? {
                Ev::Text(t) => acc.push_str(&t),
                Ev::Start(_) => {
                    self.ev.skip()?;
                }
                Ev::End(_) => break,
                Ev::Eof => return Err(self.eof()),
            }
        }
        let trimmed = acc.trim_matches(is_xml_space);
        if trimmed.len() != acc.len() {
            acc = trimmed.to_owned();
        }
        Ok(acc)
    }

    /// Skips the rest of the element just opened; returns whether a descendant element has
    /// local name `marker`.
    fn scan_for(&mut self, marker: &str) -> Result<bool, ReadError> {
        let mut open = 1usize;
        let mut found = false;
        loop {
            match self.ev.next()? {
                Ev::Start(el) => {
                    open += 1;
                    found |= el.local == marker;
                }
                Ev::End(_) => {
                    open -= 1;
                    if open == 0 {
                        return Ok(found);
                    }
                }
                Ev::Text(_) => {}
                Ev::Eof => return Err(self.eof()),
            }
        }
    }

    fn attr(&self, el: &El<'_>, name: &str) -> Option<String> {
        // An attribute with an unknown entity is kept as written.
        el.attr(name).map(|v| v.unwrap_or_else(|raw| raw))
    }

    fn code_list(&mut self, root: &El<'a>) -> Result<(), ReadError> {
        let end = self.children(|r, el| {
            if is(&el, "Identification") {
                r.identification()
            } else if is(&el, "ColumnSet") {
                r.column_set()
            } else if is(&el, "SimpleCodeList") {
                r.simple_code_list()
            } else {
                r.ev.skip().map(drop)
            }
        })?;
        self.list.span = Span::new(root.start, end);
        if !self.has_uri {
            return Err(self.invalid("`Identification/CanonicalUri` fehlt".to_owned(), root.start));
        }
        if self.list.columns.is_empty() {
            return Err(self.invalid("keine Spalten (`ColumnSet/Column`)".to_owned(), root.start));
        }
        self.choose_columns();
        Ok(())
    }

    fn identification(&mut self) -> Result<(), ReadError> {
        self.children(|r, el| {
            let slot = if is(&el, "ShortName") {
                &mut r.list.short_name
            } else if is(&el, "LongName") {
                &mut r.list.long_name
            } else if is(&el, "Version") {
                &mut r.list.version
            } else if is(&el, "CanonicalVersionUri") {
                &mut r.list.canonical_version_uri
            } else if is(&el, "CanonicalUri") {
                let t = r.text()?;
                if !r.has_uri {
                    r.has_uri = true;
                    r.list.canonical_uri = t;
                }
                return Ok(());
            } else {
                return r.ev.skip().map(drop);
            };
            // The first occurrence counts (LongName may repeat per language).
            if slot.is_some() {
                return r.ev.skip().map(drop);
            }
            let t = r.text()?;
            match el.local {
                "ShortName" => r.list.short_name = Some(t),
                "LongName" => r.list.long_name = Some(t),
                "Version" => r.list.version = Some(t),
                _ => r.list.canonical_version_uri = Some(t),
            }
            Ok(())
        })
        .map(drop)
    }

    fn column_set(&mut self) -> Result<(), ReadError> {
        self.children(|r, el| {
            if is(&el, "Column") {
                r.column(&el)
            } else if is(&el, "Key") {
                r.key()
            } else {
                r.ev.skip().map(drop)
            }
        })
        .map(drop)
    }

    fn column(&mut self, el: &El<'a>) -> Result<(), ReadError> {
        let mut col = Column {
            id: self.attr(el, "Id").unwrap_or_default(),
            required: self.attr(el, "Use").as_deref() == Some("required"),
            ..Column::default()
        };
        let mut recommended = false;
        let end = self.children(|r, c| {
            if is(&c, "ShortName") && col.short_name.is_none() {
                col.short_name = Some(r.text()?);
            } else if is(&c, "LongName") && col.long_name.is_none() {
                col.long_name = Some(r.text()?);
            } else if is(&c, "Data") {
                col.data_type = r.attr(&c, "Type");
                r.ev.skip()?;
            } else if is(&c, "Annotation") {
                recommended |= r.scan_for("recommendedValueColumn")?;
            } else {
                r.ev.skip()?;
            }
            Ok(())
        })?;
        col.span = Span::new(el.start, end);
        if recommended && self.value_column.is_none() {
            self.value_column = Some(col.id.clone());
        }
        self.list.columns.push(col);
        Ok(())
    }

    fn key(&mut self) -> Result<(), ReadError> {
        let mut column = None;
        let mut recommended = false;
        self.children(|r, c| {
            if is(&c, "ColumnRef") && column.is_none() {
                column = r.attr(&c, "Ref");
                r.ev.skip()?;
            } else if is(&c, "Annotation") {
                recommended |= r.scan_for("recommendedKeyColumn")?;
            } else {
                r.ev.skip()?;
            }
            Ok(())
        })?;
        if let Some(c) = column {
            self.keys.push((c, recommended));
        }
        Ok(())
    }

    fn simple_code_list(&mut self) -> Result<(), ReadError> {
        self.children(|r, el| {
            if is(&el, "Row") {
                r.row(&el)
            } else {
                r.ev.skip().map(drop)
            }
        })
        .map(drop)
    }

    fn row(&mut self, el: &El<'a>) -> Result<(), ReadError> {
        let mut values: Vec<Option<String>> = vec![None; self.list.columns.len()];
        let mut next = 0usize;
        let end = self.children(|r, c| {
            if !is(&c, "Value") {
                return r.ev.skip().map(drop);
            }
            let index = match r.attr(&c, "ColumnRef") {
                Some(id) => r.list.column_index(&id),
                None => Some(next),
            };
            let mut value = None;
            r.children(|r, v| {
                if is(&v, "SimpleValue") && value.is_none() {
                    value = Some(r.text()?);
                    Ok(())
                } else {
                    r.ev.skip().map(drop)
                }
            })?;
            if let Some(i) = index {
                next = i + 1;
                if let Some(slot) = values.get_mut(i) {
                    *slot = value;
                }
            }
            Ok(())
        })?;
        self.list.rows.push(Row {
            values,
            span: Span::new(el.start, end),
        });
        Ok(())
    }

    /// Chooses the key and label columns (see [`CodeList::key_column`]).
    fn choose_columns(&mut self) {
        let list = &self.list;
        let exists = |id: &str| list.column_index(id).is_some();
        let named = |name: &str| {
            list.columns
                .iter()
                .find(|c| c.id.eq_ignore_ascii_case(name))
                .map(|c| c.id.clone())
        };
        let key = self
            .keys
            .iter()
            .find(|(c, rec)| *rec && exists(c))
            .or_else(|| self.keys.iter().find(|(c, _)| exists(c)))
            .map(|(c, _)| c.clone())
            .or_else(|| named("code"))
            .or_else(|| list.columns.first().map(|c| c.id.clone()))
            .unwrap_or_default();
        let label = self
            .value_column
            .clone()
            .filter(|c| exists(c) && *c != key)
            .or_else(|| {
                self.keys
                    .iter()
                    .map(|(c, _)| c)
                    .find(|c| **c != key && exists(c))
                    .cloned()
            })
            .or_else(|| named("name").filter(|c| *c != key))
            .or_else(|| {
                list.columns
                    .iter()
                    .find(|c| c.id != key)
                    .map(|c| c.id.clone())
            });
        self.list.key_column = key;
        self.list.label_column = label;
    }
}
