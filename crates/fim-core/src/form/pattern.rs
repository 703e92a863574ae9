//! Translation of XSD regular expressions (the dialect of `praezisierung/@pattern`) into
//! ECMA-262 (JSON Schema `pattern`, unicode mode as ajv uses it) and into the syntax of the
//! `regex` crate (the direct validator).
//!
//! What the translation takes care of:
//! - XSD patterns match the whole value: the result is anchored as `^(?:...)$`.
//! - `^` and `$` are ordinary characters in XSD and are escaped.
//! - `.` is `[^\n\r]` in XSD.
//! - `\d`, `\w`, `\s`, `\i`, `\c` (and their negations) have XSD meanings (Unicode digits,
//!   "not punctuation, separator or other", XML white space, XML name characters) and are
//!   spelled out.
//! - `\p{IsBlock}` block escapes become code point ranges for the blocks listed in
//!   [`BLOCKS`]; other blocks are reported.
//! - Character class subtraction `[a-z-[aeiou]]` becomes `[a-z--[aeiou]]` for the `regex`
//!   crate and a negative lookahead `(?:(?![aeiou])[a-z])` for ECMA-262.
//!
//! What cannot be translated is reported as a [`PatternError`] (German message, character
//! offset): a negated multi-character escape inside a character class (`[\S-]`) has no
//! ECMA-262 form without the `v` flag; unknown escapes and malformed input are errors in XSD
//! as well.

use std::fmt::Write;

/// A pattern in both target dialects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedPattern {
    /// ECMA-262 (unicode mode), anchored: for JSON Schema `pattern`.
    pub ecma: String,
    /// `regex` crate syntax, anchored: for the direct validator.
    pub rust: String,
}

/// Why an XSD pattern could not be translated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Muster `{pattern}` nicht übersetzbar (Zeichen {offset}): {reason}")]
pub struct PatternError {
    /// The XSD pattern.
    pub pattern: String,
    /// Character offset of the problem.
    pub offset: usize,
    /// What is wrong, in German.
    pub reason: String,
}

/// Unicode blocks known to `\p{IsName}` (XSD 1.0 block names) with their code point ranges.
pub const BLOCKS: &[(&str, u32, u32)] = &[
    ("BasicLatin", 0x0000, 0x007F),
    ("Latin-1Supplement", 0x0080, 0x00FF),
    ("LatinExtended-A", 0x0100, 0x017F),
    ("LatinExtended-B", 0x0180, 0x024F),
    ("IPAExtensions", 0x0250, 0x02AF),
    ("SpacingModifierLetters", 0x02B0, 0x02FF),
    ("CombiningDiacriticalMarks", 0x0300, 0x036F),
    ("Greek", 0x0370, 0x03FF),
    ("Cyrillic", 0x0400, 0x04FF),
    ("Hebrew", 0x0590, 0x05FF),
    ("Arabic", 0x0600, 0x06FF),
    ("LatinExtendedAdditional", 0x1E00, 0x1EFF),
    ("GreekExtended", 0x1F00, 0x1FFF),
    ("GeneralPunctuation", 0x2000, 0x206F),
    ("SuperscriptsandSubscripts", 0x2070, 0x209F),
    ("CurrencySymbols", 0x20A0, 0x20CF),
    ("LetterlikeSymbols", 0x2100, 0x214F),
    ("NumberForms", 0x2150, 0x218F),
    ("Arrows", 0x2190, 0x21FF),
    ("MathematicalOperators", 0x2200, 0x22FF),
];

/// Unicode general categories both targets understand in `\p{..}`.
const CATEGORIES: &[&str] = &[
    "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc",
    "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Z", "Zs", "Zl", "Zp", "S", "Sm", "Sc", "Sk", "So", "C",
    "Cc", "Cf", "Co", "Cn",
];

/// XML 1.0 (5th ed.) NameStartChar ranges, without `:`-`_` handled separately.
const NAME_START: &[(u32, u32)] = &[
    (0x3A, 0x3A),
    (0x41, 0x5A),
    (0x5F, 0x5F),
    (0x61, 0x7A),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x2FF),
    (0x370, 0x37D),
    (0x37F, 0x1FFF),
    (0x200C, 0x200D),
    (0x2070, 0x218F),
    (0x2C00, 0x2FEF),
    (0x3001, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFFD),
    (0x10000, 0xEFFFF),
];

/// NameChar ranges added to NameStartChar.
const NAME_EXTRA: &[(u32, u32)] = &[
    (0x2D, 0x2E),
    (0x30, 0x39),
    (0xB7, 0xB7),
    (0x300, 0x36F),
    (0x203F, 0x2040),
];

/// Translates an XSD pattern.
///
/// ```
/// use fim_core::form::pattern::translate;
/// let t = translate(r"\d{5}").unwrap();
/// assert_eq!(t.ecma, r"^(?:[\p{Nd}]{5})$");
/// let t = translate("[a-z-[aeiou]]+").unwrap();
/// assert_eq!(t.rust, "^(?:[[a-z]--[aeiou]]+)$");
/// assert_eq!(t.ecma, "^(?:(?:(?![aeiou])[a-z])+)$");
/// ```
pub fn translate(pattern: &str) -> Result<TranslatedPattern, PatternError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut t = Translator {
        pattern,
        chars: &chars,
        pos: 0,
        ecma: String::from("^(?:"),
        rust: String::from("^(?:"),
    };
    t.run()?;
    t.ecma.push_str(")$");
    t.rust.push_str(")$");
    Ok(TranslatedPattern {
        ecma: t.ecma,
        rust: t.rust,
    })
}

/// One translated class item (a fragment valid inside `[...]`).
#[derive(Default)]
struct ClassText {
    ecma: String,
    rust: String,
    /// Whether the item has no ECMA-262 form inside a class.
    ecma_impossible: bool,
}

/// A character class, rendered.
struct Class {
    negated: bool,
    items: ClassText,
    subtract: Option<Box<Class>>,
}

impl Class {
    fn rust(&self) -> String {
        let base = format!(
            "[{}{}]",
            if self.negated { "^" } else { "" },
            self.items.rust
        );
        match &self.subtract {
            None => base,
            // In the regex crate a leading `^` negates the whole class, subtraction included:
            // negate the base alone.
            Some(sub) => format!("[{base}--{}]", sub.rust()),
        }
    }

    fn ecma(&self) -> String {
        let base = format!(
            "[{}{}]",
            if self.negated { "^" } else { "" },
            self.items.ecma
        );
        match &self.subtract {
            None => base,
            Some(sub) => format!("(?:(?!{}){base})", sub.ecma()),
        }
    }

    fn ecma_impossible(&self) -> bool {
        self.items.ecma_impossible || self.subtract.as_ref().is_some_and(|s| s.ecma_impossible())
    }
}

struct Translator<'p> {
    pattern: &'p str,
    chars: &'p [char],
    pos: usize,
    ecma: String,
    rust: String,
}

/// Most nested groups or classes accepted (keeps recursion bounded).
const MAX_NESTING: usize = 64;

impl Translator<'_> {
    fn err(&self, reason: impl Into<String>) -> PatternError {
        PatternError {
            pattern: self.pattern.to_owned(),
            offset: self.pos,
            reason: reason.into(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn push(&mut self, both: &str) {
        self.ecma.push_str(both);
        self.rust.push_str(both);
    }

    fn run(&mut self) -> Result<(), PatternError> {
        let mut open_groups = 0usize;
        // Whether the last thing emitted can take a quantifier (an atom, not a quantifier, not
        // the start of a branch).
        let mut quantifiable = false;
        while let Some(c) = self.peek() {
            let mut atom = true;
            match c {
                '\\' => {
                    let (e, r) = self.escape_outside()?;
                    self.ecma.push_str(&e);
                    self.rust.push_str(&r);
                }
                '[' => {
                    self.pos += 1;
                    let class = self.class(0)?;
                    if class.ecma_impossible() {
                        return Err(self.err(
                            "negiertes Mehrzeichen-Escape in einer Zeichenklasse hat keine ECMA-262-Form",
                        ));
                    }
                    self.ecma.push_str(&class.ecma());
                    self.rust.push_str(&class.rust());
                }
                '.' => {
                    self.pos += 1;
                    self.push("[^\\n\\r]");
                }
                '^' | '$' => {
                    self.pos += 1;
                    self.push(&format!("\\{c}"));
                }
                '(' => {
                    self.pos += 1;
                    if self.peek() == Some('?') {
                        return Err(self.err("`(?` ist in XSD-Mustern nicht erlaubt"));
                    }
                    open_groups += 1;
                    if open_groups > MAX_NESTING {
                        return Err(self.err("zu tief verschachtelte Gruppen"));
                    }
                    self.push("(");
                    atom = false;
                }
                ')' => {
                    if open_groups == 0 {
                        return Err(self.err("`)` ohne öffnende Klammer"));
                    }
                    self.pos += 1;
                    open_groups -= 1;
                    self.push(")");
                }
                '|' => {
                    self.pos += 1;
                    self.push("|");
                    atom = false;
                }
                '*' | '+' | '?' | '{' => {
                    if !quantifiable {
                        return Err(self.err(format!("Quantor `{c}` ohne Ausdruck davor")));
                    }
                    let q = if c == '{' {
                        self.quantity()?
                    } else {
                        self.pos += 1;
                        c.to_string()
                    };
                    self.push(&q);
                    atom = false;
                }
                ']' | '}' => {
                    return Err(self.err(format!("`{c}` muss in XSD-Mustern maskiert werden")));
                }
                _ => {
                    self.pos += 1;
                    self.push(&literal_outside(c));
                }
            }
            quantifiable = atom;
        }
        if open_groups != 0 {
            return Err(self.err("nicht geschlossene Gruppe"));
        }
        Ok(())
    }

    /// `{n}`, `{n,}`, `{n,m}` starting at `{`.
    fn quantity(&mut self) -> Result<String, PatternError> {
        let start = self.pos;
        self.pos += 1;
        let mut s = String::from("{");
        let mut min = String::new();
        let mut max = None::<String>;
        loop {
            match self.peek() {
                Some(d @ '0'..='9') => {
                    match &mut max {
                        None => min.push(d),
                        Some(m) => m.push(d),
                    }
                    self.pos += 1;
                }
                Some(',') if max.is_none() => {
                    max = Some(String::new());
                    self.pos += 1;
                }
                Some('}') => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    self.pos = start;
                    return Err(self.err("ungültiger Quantor `{...}`"));
                }
            }
        }
        if min.is_empty() || min.len() > 6 || max.as_ref().is_some_and(|m| m.len() > 6) {
            self.pos = start;
            return Err(self.err("ungültiger oder zu großer Quantor `{...}`"));
        }
        let lo: u32 = min.parse().unwrap_or(0);
        if let Some(m) = max.as_ref().filter(|m| !m.is_empty()) {
            let hi: u32 = m.parse().unwrap_or(0);
            if hi < lo {
                self.pos = start;
                return Err(self.err("Quantor mit Maximum kleiner als Minimum"));
            }
        }
        s.push_str(&min);
        if let Some(m) = max {
            s.push(',');
            s.push_str(&m);
        }
        s.push('}');
        // Large repetitions blow up the compiled automaton; refuse them.
        if lo > 1000 {
            self.pos = start;
            return Err(self.err("Quantor größer als 1000"));
        }
        Ok(s)
    }

    /// An escape outside a class; `pos` is at the backslash. Returns (ecma, rust).
    fn escape_outside(&mut self) -> Result<(String, String), PatternError> {
        let item = self.escape()?;
        Ok(match item {
            Escape::Char(c) => {
                let s = literal_outside(c);
                (s.clone(), s)
            }
            Escape::Multi(t) => {
                if t.ecma_impossible {
                    // Outside a class, a negated set is an ordinary negated class.
                    (format!("[^{}]", t.ecma), format!("[^{}]", t.rust))
                } else {
                    (format!("[{}]", t.ecma), format!("[{}]", t.rust))
                }
            }
        })
    }

    /// Parses an escape at `pos` (a backslash).
    fn escape(&mut self) -> Result<Escape, PatternError> {
        self.pos += 1;
        let Some(c) = self.peek() else {
            return Err(self.err("`\\` am Ende des Musters"));
        };
        self.pos += 1;
        Ok(match c {
            'n' => Escape::Char('\n'),
            'r' => Escape::Char('\r'),
            't' => Escape::Char('\t'),
            '\\' | '|' | '.' | '-' | '^' | '?' | '*' | '+' | '{' | '}' | '(' | ')' | '[' | ']' => {
                Escape::Char(c)
            }
            'd' => Escape::Multi(both("\\p{Nd}")),
            'D' => Escape::Multi(both("\\P{Nd}")),
            's' => Escape::Multi(both(" \\t\\n\\r")),
            'S' => Escape::Multi(negated(" \\t\\n\\r")),
            'w' => Escape::Multi(negated("\\p{P}\\p{Z}\\p{C}")),
            'W' => Escape::Multi(both("\\p{P}\\p{Z}\\p{C}")),
            'i' => Escape::Multi(both(&ranges(NAME_START))),
            'I' => Escape::Multi(negated(&ranges(NAME_START))),
            'c' => Escape::Multi(both(&(ranges(NAME_START) + &ranges(NAME_EXTRA)))),
            'C' => Escape::Multi(negated(&(ranges(NAME_START) + &ranges(NAME_EXTRA)))),
            'p' | 'P' => {
                let name = self.braced_name()?;
                let neg = c == 'P';
                if let Some(block) = name.strip_prefix("Is") {
                    let Some(&(_, lo, hi)) = BLOCKS.iter().find(|(n, _, _)| *n == block) else {
                        return Err(self.err(format!("Unicode-Block `{block}` unbekannt")));
                    };
                    let r = ranges(&[(lo, hi)]);
                    Escape::Multi(if neg { negated(&r) } else { both(&r) })
                } else if CATEGORIES.contains(&name.as_str()) {
                    Escape::Multi(both(&format!("\\{c}{{{name}}}")))
                } else {
                    return Err(self.err(format!("Unicode-Kategorie `{name}` unbekannt")));
                }
            }
            other => {
                self.pos -= 1;
                return Err(self.err(format!("Escape `\\{other}` gibt es in XSD nicht")));
            }
        })
    }

    fn braced_name(&mut self) -> Result<String, PatternError> {
        if self.peek() != Some('{') {
            return Err(self.err("nach `\\p` fehlt `{`"));
        }
        self.pos += 1;
        let mut name = String::new();
        loop {
            match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    return Ok(name);
                }
                Some(c) if (c.is_ascii_alphanumeric() || c == '-') && name.len() < 40 => {
                    name.push(c);
                    self.pos += 1;
                }
                _ => return Err(self.err("ungültiger Name in `\\p{...}`")),
            }
        }
    }

    /// A class after its `[`, up to and including its `]`.
    fn class(&mut self, depth: usize) -> Result<Class, PatternError> {
        if depth > MAX_NESTING {
            return Err(self.err("zu tief verschachtelte Zeichenklassen"));
        }
        let negated = if self.peek() == Some('^') {
            self.pos += 1;
            true
        } else {
            false
        };
        let mut items = ClassText::default();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("nicht geschlossene Zeichenklasse"));
            };
            match c {
                ']' if !first => {
                    self.pos += 1;
                    return Ok(Class {
                        negated,
                        items,
                        subtract: None,
                    });
                }
                '-' if self.chars.get(self.pos + 1) == Some(&'[') && !first => {
                    self.pos += 2;
                    let sub = self.class(depth + 1)?;
                    if self.peek() != Some(']') {
                        return Err(self.err("nach einer Klassensubtraktion muss `]` folgen"));
                    }
                    self.pos += 1;
                    return Ok(Class {
                        negated,
                        items,
                        subtract: Some(Box::new(sub)),
                    });
                }
                '[' => return Err(self.err("`[` muss in einer Zeichenklasse maskiert werden")),
                _ => {
                    let lo = self.class_char()?;
                    match lo {
                        Escape::Multi(t) => {
                            items.ecma.push_str(&t.ecma);
                            items.ecma_impossible |= t.ecma_impossible;
                            if t.ecma_impossible {
                                let _ = write!(items.rust, "[^{}]", t.rust);
                            } else {
                                items.rust.push_str(&t.rust);
                            }
                        }
                        Escape::Char(lo) => {
                            let is_range = self.peek() == Some('-')
                                && !matches!(self.chars.get(self.pos + 1), Some(']' | '[') | None);
                            if is_range {
                                self.pos += 1;
                                let Escape::Char(hi) = self.class_char()? else {
                                    return Err(self.err("Bereich mit Mehrzeichen-Escape"));
                                };
                                if hi < lo {
                                    return Err(self.err("Bereich mit Ende vor dem Anfang"));
                                }
                                items.ecma.push_str(&format!(
                                    "{}-{}",
                                    literal_class_ecma(lo),
                                    literal_class_ecma(hi)
                                ));
                                items.rust.push_str(&format!(
                                    "{}-{}",
                                    literal_class_rust(lo),
                                    literal_class_rust(hi)
                                ));
                            } else {
                                items.ecma.push_str(&literal_class_ecma(lo));
                                items.rust.push_str(&literal_class_rust(lo));
                            }
                        }
                    }
                }
            }
            first = false;
        }
    }

    /// One character or escape inside a class.
    fn class_char(&mut self) -> Result<Escape, PatternError> {
        match self.peek() {
            Some('\\') => self.escape(),
            Some(c) => {
                self.pos += 1;
                Ok(Escape::Char(c))
            }
            None => Err(self.err("nicht geschlossene Zeichenklasse")),
        }
    }
}

enum Escape {
    Char(char),
    Multi(ClassText),
}

fn both(s: &str) -> ClassText {
    ClassText {
        ecma: s.to_owned(),
        rust: s.to_owned(),
        ecma_impossible: false,
    }
}

/// A set given as the complement of `s` (class text): fine outside a class, impossible inside
/// an ECMA-262 class.
fn negated(s: &str) -> ClassText {
    ClassText {
        ecma: s.to_owned(),
        rust: s.to_owned(),
        ecma_impossible: true,
    }
}

/// Class text for code point ranges (characters written literally, escaped where needed).
fn ranges(r: &[(u32, u32)]) -> String {
    let mut s = String::new();
    for &(lo, hi) in r {
        let (Some(lo), Some(hi)) = (char::from_u32(lo), char::from_u32(hi)) else {
            continue;
        };
        // Same escaping for both dialects: `\` + syntax character, control characters as
        // `\x` / `\u` would differ, so they are kept literal.
        s.push_str(&literal_class_common(lo));
        if hi != lo {
            s.push('-');
            s.push_str(&literal_class_common(hi));
        }
    }
    s
}

/// A literal outside a class, valid in both dialects.
fn literal_outside(c: char) -> String {
    match c {
        '\\' | '^' | '$' | '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|' => {
            format!("\\{c}")
        }
        '\n' => "\\n".to_owned(),
        '\r' => "\\r".to_owned(),
        '\t' => "\\t".to_owned(),
        _ => c.to_string(),
    }
}

/// A literal inside a class, valid in both dialects.
fn literal_class_common(c: char) -> String {
    match c {
        '\\' | ']' | '[' | '^' | '-' => format!("\\{c}"),
        '\n' => "\\n".to_owned(),
        '\r' => "\\r".to_owned(),
        '\t' => "\\t".to_owned(),
        _ => c.to_string(),
    }
}

fn literal_class_ecma(c: char) -> String {
    literal_class_common(c)
}

fn literal_class_rust(c: char) -> String {
    match c {
        // `&&`, `~~` and `--` are set operators in the regex crate's classes.
        '&' | '~' => format!("\\{c}"),
        _ => literal_class_common(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(p: &str) -> TranslatedPattern {
        match translate(p) {
            Ok(t) => t,
            Err(e) => panic!("{p}: {e}"),
        }
    }

    fn matches(p: &str, s: &str) -> bool {
        let t = ok(p);
        regex::Regex::new(&t.rust)
            .map(|r| r.is_match(s))
            .unwrap_or_else(|e| panic!("{p} -> {}: {e}", t.rust))
    }

    #[test]
    fn anchoring_and_literal_anchors() {
        assert!(matches("[0-9]{5}", "12345"));
        assert!(!matches("[0-9]{5}", "123456"));
        assert!(!matches("[0-9]{5}", "a12345"));
        assert!(matches("a|b", "b"));
        assert!(!matches("a|b", "ab"));
        assert!(matches("^a$", "^a$"));
        assert!(!matches("^a$", "a"));
        assert_eq!(ok("^a$").ecma, r"^(?:\^a\$)$");
    }

    #[test]
    fn multi_char_escapes_have_xsd_meaning() {
        assert!(matches(r"\d+", "١٢٣"), "Arabic-Indic digits are \\d in XSD");
        assert!(matches(r"\s", "\n") && !matches(r"\s", "\u{a0}"));
        assert!(matches(r"\w+", "äß9") && !matches(r"\w", "-") && !matches(r"\w", " "));
        assert!(matches(r"\i\c*", "xs:element-1") && !matches(r"\i", "1"));
        assert!(matches(".", "x") && !matches(".", "\n"));
        assert!(matches(r"\S+", "abc") && !matches(r"\S", " "));
        assert!(matches(r"[\d\s]+", "1 2"));
        assert!(matches(r"\p{Lu}\p{Ll}+", "Berlin"));
        assert!(matches(r"\p{IsBasicLatin}+", "abc~") && !matches(r"\p{IsBasicLatin}", "ä"));
        assert!(matches(r"\P{IsBasicLatin}", "ä"));
        assert!(matches(
            r"[\p{IsBasicLatin}\p{IsLatin-1Supplement}]+",
            "Müller"
        ));
    }

    #[test]
    fn class_subtraction() {
        assert!(matches("[a-z-[aeiou]]+", "bcd"));
        assert!(!matches("[a-z-[aeiou]]+", "bad"));
        assert!(!matches("[^a-z-[x]]", "x"));
        assert!(matches("[^a-z-[1]]", "2"));
        assert!(!matches("[^a-z-[1]]", "1"));
    }

    #[test]
    fn special_characters_in_classes() {
        assert!(matches(r"[a&&b]+", "&&"));
        assert!(matches(r"[\-a]+", "-a-"));
        assert!(matches("[-a]+", "-a"));
        assert!(matches("[a-]+", "-a"));
        assert!(matches(r"[~~]", "~"));
        assert!(matches(r"[\[\]]+", "[]"));
    }

    #[test]
    fn untranslatable_and_invalid_are_reported() {
        for p in [
            r"[\S]",
            r"[\w]",
            r"\p{IsKlingon}",
            r"\p{Foo}",
            r"(?:a)",
            r"\1",
            "a**",
            "[a",
            "(a",
            "a)",
            "a{2,1}",
            "a{x}",
            "*a",
            "]",
            r"\",
        ] {
            let e = translate(p).expect_err(p);
            assert!(!e.reason.is_empty(), "{p}");
            assert!(e.to_string().contains("nicht übersetzbar"));
        }
    }

    #[test]
    fn every_ok_translation_compiles_in_the_regex_crate() {
        for p in [
            "[A-Z]{2}",
            "[0-9]{5}",
            r"\d+",
            "[a-zäöü]+( [a-zäöü]+)*",
            r"[\i-[:]][\c-[:]]*",
            r"\W",
            r"\I\C",
            "a{2,}",
            "a{0,3}",
            r"[\P{L}]",
            "/path/",
        ] {
            let t = ok(p);
            assert!(regex::Regex::new(&t.rust).is_ok(), "{p}: {}", t.rust);
        }
    }

    mod prop {
        use super::super::translate;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]
            /// Any input gives a translation or an error, never a panic; every translation
            /// compiles both in the `regex` crate and, as ECMA-262, in the `jsonschema` crate.
            #[test]
            fn translations_compile_in_both_targets(p in r"[a-c\\\[\]\-\^(){},.*+?|dswipLu0-9 ]{0,16}") {
                if let Ok(t) = translate(&p) {
                    prop_assert!(regex::Regex::new(&t.rust).is_ok(), "{} -> {}", p, t.rust);
                    let schema = serde_json::json!({ "type": "string", "pattern": t.ecma });
                    prop_assert!(jsonschema::validator_for(&schema).is_ok(), "{} -> {}", p, t.ecma);
                }
            }

            /// The two dialects accept the same strings.
            #[test]
            fn dialects_agree(p in prop::sample::select(vec![
                r"\d{2,3}", r"[a-z-[aeiou]]+", r"[^a-z-[x]]", r"\w+", r"\S+", r"[\d\s]+",
                r"\p{Lu}\p{Ll}*", r"\p{IsBasicLatin}+", r"\i\c*", ".+", r"a|b|c", r"[\-a]+",
            ]), s in r"[a-zA-Z0-9 äÄ\-:_.\n٣]{0,6}") {
                let t = translate(p).unwrap_or_else(|e| panic!("{e}"));
                let rust = regex::Regex::new(&t.rust).unwrap_or_else(|e| panic!("{e}"));
                let schema = serde_json::json!({ "type": "string", "pattern": t.ecma });
                let js = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
                prop_assert_eq!(rust.is_match(&s), js.is_valid(&serde_json::json!(s)), "{} on {:?}", p, s);
            }
        }
    }
}
