//! German text as the blocker detectors read it: words with their position in the original
//! text, sentences, clauses, and the scope of a negation.
//!
//! Real FIM texts are German prose, so matching survives what German does to a word:
//!
//! - **Case and inflection**: words are compared in lower case; a noun may carry an
//!   inflection ending ([`INFLECTIONS`]): `Handwerkskarte`, `Handwerkskarten`.
//! - **Compounds**: a document noun is found where it is the head (the last part) of a
//!   compound: `Einkommensteuerbescheid` contains the head `steuerbescheid`. A stem (`unterschreib`)
//!   is found at the start of a word.
//! - **Clauses**: a sentence is split at commas, colons, brackets and dashes. A clause that
//!   opens with a subordinating word (`wenn`, `sollte`, `falls`, a relative pronoun, ...:
//!   [`SUBORDINATORS`]) is subordinate.
//! - **Negation scope**: a negation in a main clause cancels the whole sentence ("Eine
//!   Unterschrift ist nicht erforderlich, wenn ..."); a negation in a subordinate clause
//!   cancels only that clause ("Sollte der Abgleich nicht gelingen, ist eine Vorsprache
//!   erforderlich" still demands the Vorsprache).
//!
//! Full stops after abbreviations (`z. B.`, `Abs.`, `Nr.`, single letters, numbers) do not
//! end a sentence.

use std::ops::Range;

/// Inflection endings a noun may carry (lower case, the empty ending first).
pub const INFLECTIONS: &[&str] = &["", "e", "en", "n", "s", "es", "er", "ern", "in", "innen"];

/// Words that open a subordinate clause: conjunctions, the conditional `sollte`, relative
/// pronouns. A negation inside such a clause does not reach the main clause.
pub const SUBORDINATORS: &[&str] = &[
    "wenn", "falls", "sofern", "soweit", "sollte", "sollten", "ob", "dass", "weil", "da", "obwohl",
    "als", "bevor", "nachdem", "damit", "während", "wie", "indem", "um", "der", "die", "das",
    "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen", "wer",
    "was", "wo", "wobei", "wodurch",
];

/// Words that negate or replace what their clause says (`keine Unterschrift`, `entfällt`,
/// `wird ersetzt`, `statt`, `ohne`).
pub const NEGATIONS: &[&str] = &[
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nicht",
    "nie",
    "niemals",
    "weder",
    "entfällt",
    "entfallen",
    "ersetzt",
    "ersetzen",
    "ersetzbar",
    "ohne",
    "statt",
    "anstelle",
    "anstatt",
    "verzichtet",
    "verzichten",
];

/// Abbreviations whose full stop does not end a sentence (lower case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "abs", "nr", "vgl", "bzw", "ggf", "ggfs", "usw", "etc", "inkl", "bspw", "evtl", "ca", "max",
    "min", "ff", "art", "lit", "anl", "str", "tel", "zzgl", "sog", "dgl", "u", "z", "b", "d", "h",
    "i", "s", "v", "o", "a", "ä", "gem", "geb", "bzgl", "jew", "ehem", "allg", "insb", "einschl",
    "st", "zb",
];

/// One word of a text: lower case, with its byte range in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word in lower case.
    pub lower: String,
    /// Byte range in the original text.
    pub span: Range<usize>,
}

/// A clause: a range of words of its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Indices into [`Text::words`].
    pub words: Range<usize>,
    /// Whether it opens with a subordinating word.
    pub subordinate: bool,
    /// Whether it holds a negation or replacement word.
    pub negated: bool,
}

/// A sentence: its clauses in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Indices into [`Text::words`].
    pub words: Range<usize>,
    /// Its clauses, covering `words`.
    pub clauses: Vec<Clause>,
}

impl Sentence {
    /// Whether the word at index `w` is cancelled by a negation: a negated main clause
    /// cancels the sentence, a negated subordinate clause only itself.
    pub fn negates(&self, w: usize) -> bool {
        self.clauses
            .iter()
            .any(|c| c.negated && (!c.subordinate || c.words.contains(&w)))
    }
}

/// A text split into words, sentences and clauses.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The original text.
    pub source: &'a str,
    /// Every word in order.
    pub words: Vec<Word>,
    /// The sentences.
    pub sentences: Vec<Sentence>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Break {
    None,
    Clause,
    Sentence,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl<'a> Text<'a> {
    /// Splits `source` into words, sentences and clauses (linear in its length).
    pub fn new(source: &'a str) -> Self {
        let mut words: Vec<Word> = Vec::new();
        // Break after word index (exclusive end) -> kind.
        let mut breaks: Vec<(usize, Break)> = Vec::new();
        let mut chars = source.char_indices().peekable();
        let mut start: Option<usize> = None;
        let push_word = |words: &mut Vec<Word>, s: usize, e: usize| {
            let raw = source.get(s..e).unwrap_or("");
            words.push(Word {
                lower: raw.to_lowercase(),
                span: s..e,
            });
        };
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if is_word_char(c) {
                if start.is_none() {
                    start = Some(i);
                }
                continue;
            }
            // A hyphen inside a word (`E-Mail`) or ending a truncated compound (`Melde-`).
            if c == '-' && start.is_some() {
                let inner = next.is_some_and(is_word_char);
                let trailing = next.is_none_or(char::is_whitespace);
                if inner {
                    continue;
                }
                if trailing {
                    if let Some(s) = start.take() {
                        push_word(&mut words, s, i + 1);
                    }
                    continue;
                }
            }
            if let Some(s) = start.take() {
                push_word(&mut words, s, i);
            }
            let kind = match c {
                '!' | '?' | ';' | '\n' => Break::Sentence,
                '.' => {
                    let ends = next.is_none_or(char::is_whitespace);
                    let prev = words.last().map(|w| w.lower.as_str()).unwrap_or("");
                    let abbrev = ABBREVIATIONS.contains(&prev)
                        || prev.chars().count() == 1
                        || prev.chars().all(|c| c.is_ascii_digit());
                    if ends && !abbrev {
                        Break::Sentence
                    } else {
                        Break::None
                    }
                }
                ',' | ':' | '(' | ')' | '–' | '—' => Break::Clause,
                '-' if next.is_none_or(char::is_whitespace) => Break::Clause,
                _ => Break::None,
            };
            if kind != Break::None {
                breaks.push((words.len(), kind));
            }
        }
        if let Some(s) = start {
            push_word(&mut words, s, source.len());
        }
        breaks.push((words.len(), Break::Sentence));
        let mut sentences = Vec::new();
        let mut sent_start = 0;
        let mut clause_start = 0;
        let mut clauses = Vec::new();
        for (at, kind) in breaks {
            if at > clause_start {
                clauses.push(clause(&words, clause_start..at));
                clause_start = at;
            }
            if kind == Break::Sentence && at > sent_start {
                sentences.push(Sentence {
                    words: sent_start..at,
                    clauses: std::mem::take(&mut clauses),
                });
                sent_start = at;
            }
        }
        Text {
            source,
            words,
            sentences,
        }
    }

    /// The lower-case words of `range`.
    pub fn lower(&self, range: Range<usize>) -> impl Iterator<Item = &str> {
        self.words
            .get(range)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.lower.as_str())
    }

    /// The original text of the words `range` (as written, with what lies between them).
    pub fn original(&self, range: Range<usize>) -> &'a str {
        let (Some(first), Some(last)) = (
            self.words.get(range.start),
            range.end.checked_sub(1).and_then(|e| self.words.get(e)),
        ) else {
            return "";
        };
        self.source
            .get(first.span.start..last.span.end)
            .unwrap_or("")
    }

    /// The sentence holding word `w`.
    pub fn sentence_of(&self, w: usize) -> Option<&Sentence> {
        self.sentences.iter().find(|s| s.words.contains(&w))
    }

    /// The clause holding word `w`.
    pub fn clause_of(&self, w: usize) -> Option<&Clause> {
        self.sentence_of(w)?
            .clauses
            .iter()
            .find(|c| c.words.contains(&w))
    }

    /// Whether any word of `range` matches `term` (see [`term_matches`]).
    pub fn contains(&self, range: Range<usize>, term: &str) -> bool {
        term_in(&self.lower(range).collect::<Vec<_>>(), term)
    }
}

fn clause(words: &[Word], range: Range<usize>) -> Clause {
    let list = words.get(range.clone()).unwrap_or(&[]);
    let subordinate = list
        .first()
        .is_some_and(|w| SUBORDINATORS.contains(&w.lower.as_str()));
    let negated = list.iter().any(|w| NEGATIONS.contains(&w.lower.as_str()));
    Clause {
        words: range,
        subordinate,
        negated,
    }
}

/// Whether `word` (lower case) matches one part of a term: `stem*` matches a word starting
/// with `stem`, `~noun` a word whose head (last compound part) is `noun` with an inflection
/// ending, anything else the exact word.
pub fn part_matches(word: &str, part: &str) -> bool {
    if let Some(stem) = part.strip_suffix('*') {
        word.starts_with(stem)
    } else if let Some(noun) = part.strip_prefix('~') {
        noun_matches(word, noun)
    } else {
        word == part
    }
}

/// Whether `word` is `noun` or a compound with head `noun`, with an inflection ending.
pub fn noun_matches(word: &str, noun: &str) -> bool {
    INFLECTIONS
        .iter()
        .any(|e| word.strip_suffix(e).is_some_and(|w| w.ends_with(noun)))
}

/// Whether the words contain `term`: parts joined by `+` must all occur (in any order, so
/// that a separable verb `legen … vor` is `legen+vor`); a part with spaces is a phrase of
/// consecutive words.
pub fn term_in(words: &[&str], term: &str) -> bool {
    term.split('+')
        .all(|part| find_phrase(words, part).is_some())
}

/// The first index where the space-separated `phrase` starts in `words`; each of its words
/// is matched with [`part_matches`].
pub fn find_phrase(words: &[&str], phrase: &str) -> Option<usize> {
    let parts: Vec<&str> = phrase.split(' ').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() || parts.len() > words.len() {
        return None;
    }
    (0..=words.len() - parts.len()).find(|&i| {
        parts
            .iter()
            .enumerate()
            .all(|(k, p)| words.get(i + k).is_some_and(|w| part_matches(w, p)))
    })
}

/// The `§` citations of a text: each runs from `§` to the next `)`, `;`, line break, `§` or
/// the end, trailing full stops and commas trimmed (at most 120 characters).
pub fn citations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('§') {
        let tail = rest.get(at..).unwrap_or("");
        let end = tail
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, ')' | ';' | '\n' | '§'))
            .map_or(tail.len(), |(i, _)| i);
        // A citation in prose ends before the first lower-case word ("§ 12 MusterG im
        // Original"), except the parts of a citation (`lit. a`, `i. V. m.`).
        let mut words: Vec<&str> = Vec::new();
        for w in tail.get(..end).unwrap_or("").split_whitespace() {
            let lower = w.chars().next().is_some_and(char::is_lowercase);
            let part = matches!(
                w.trim_end_matches('.'),
                "lit" | "i" | "V" | "m" | "ff" | "f"
            ) || w.trim_end_matches(['.', ',']).chars().count() == 1;
            if lower && !part && words.len() > 1 {
                break;
            }
            words.push(w);
        }
        let cite: String = words
            .join(" ")
            .trim_end_matches(['.', ',', ' ', ':'])
            .chars()
            .take(120)
            .collect();
        if cite.chars().count() > 2 && !out.contains(&cite) {
            out.push(cite);
        }
        rest = tail.get(end.max(1)..).unwrap_or("");
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may unwrap
    use super::*;

    fn sentences(s: &str) -> Vec<String> {
        let t = Text::new(s);
        t.sentences
            .iter()
            .map(|x| t.lower(x.words.clone()).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Eine Unterschrift ist z.B. nicht nötig. Laden Sie max. 2 MB hoch."),
            [
                "eine unterschrift ist z b nicht nötig",
                "laden sie max 2 mb hoch"
            ]
        );
        assert_eq!(
            sentences("Nach § 5 Abs. 1 EGovG gilt das."),
            ["nach 5 abs 1 egovg gilt das"]
        );
    }

    #[test]
    fn hyphens_stay_in_words() {
        let t = Text::new("E-Mail und Melde- und Zulassungsregister");
        let w: Vec<&str> = t.lower(0..t.words.len()).collect();
        assert_eq!(w, ["e-mail", "und", "melde-", "und", "zulassungsregister"]);
    }

    #[test]
    fn negation_in_a_conditional_clause_stays_there() {
        let t = Text::new(
            "Sollte dieser Abgleich nicht erfolgreich durchgeführt werden können, ist eine \
             Vorsprache zwingend erforderlich.",
        );
        let s = &t.sentences[0];
        assert_eq!(s.clauses.len(), 2);
        assert!(s.clauses[0].subordinate && s.clauses[0].negated);
        let vorsprache = t
            .words
            .iter()
            .position(|w| w.lower == "vorsprache")
            .unwrap();
        assert!(!s.negates(vorsprache));
        let t = Text::new("Eine Vorsprache ist nicht erforderlich, wenn Sie die eID nutzen.");
        assert!(t.sentences[0].negates(1));
    }

    #[test]
    fn original_case_is_kept() {
        let t = Text::new("Legen Sie das Original vor.");
        assert_eq!(t.original(2..4), "das Original");
    }

    #[test]
    fn nouns_match_as_compound_heads_with_endings() {
        assert!(noun_matches("einkommensteuerbescheid", "steuerbescheid"));
        assert!(noun_matches("steuerbescheide", "steuerbescheid"));
        assert!(noun_matches("handwerkskarten", "handwerkskarte"));
        assert!(!noun_matches("steuerbescheidnummer", "steuerbescheid"));
        assert!(part_matches("unterschreiben", "unterschreib*"));
        assert!(term_in(
            &["legen", "sie", "das", "original", "vor"],
            "legen+vor"
        ));
        assert!(!term_in(&["legen", "sie", "das", "original"], "legen+vor"));
        assert_eq!(
            find_phrase(&["in", "steuersachen"], "in ~steuersachen"),
            Some(0)
        );
    }

    #[test]
    fn citations_end_with_the_norm() {
        assert_eq!(
            citations("Die Urkunde ist nach § 12 Abs. 3 MusterG im Original vorzulegen."),
            ["§ 12 Abs. 3 MusterG"]
        );
        assert_eq!(citations("(§ 7 Abs. 1 BEEG)."), ["§ 7 Abs. 1 BEEG"]);
        assert_eq!(
            citations("Art. 6 Abs. 1 lit. a DSGVO; § 23 Abs. 1 BMG; § 17 BMG."),
            ["§ 23 Abs. 1 BMG", "§ 17 BMG"]
        );
    }
}
