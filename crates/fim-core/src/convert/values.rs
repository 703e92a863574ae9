//! Value-level rules shared by both directions: ids, status, legal references, praezisierung.

use crate::codes::{Freigabestatus, Status};
use crate::ids::ElementId;
use crate::model::{Praezisierung, Rechtsbezug};

/// Widens a 2.0 id to 3.0.0 by inserting `unternummernkreis` after the letter and the
/// two-digit Nummernkreis (`F60000227` -> `F60000000227`). An id that already has 11 digits,
/// or is shorter than 3 characters, is returned unchanged.
pub fn widen_id(id: &str, unternummernkreis: &str) -> String {
    if ElementId::new(id).digit_count() == Some(11) {
        return id.to_owned();
    }
    match id.char_indices().nth(3) {
        Some((at, _)) => format!("{}{unternummernkreis}{}", &id[..at], &id[at..]),
        None if id.chars().count() == 3 => format!("{id}{unternummernkreis}"),
        None => id.to_owned(),
    }
}

/// Narrows a 3.0.0 id to 2.0 by removing the three digits after the Nummernkreis
/// (`F60000000227` -> `F60000227`). Returns the new id and the removed digits when they
/// differ from `unternummernkreis` (information that 2.0 cannot hold). 8-digit ids stay;
/// ids of other shapes lose `unternummernkreis` at that place if it is there, else stay unchanged.
pub fn narrow_id(id: &str, unternummernkreis: &str) -> (String, Option<String>) {
    let parsed = ElementId::new(id);
    if parsed.digit_count() == Some(11) {
        // All ASCII: byte offsets are character offsets.
        let removed = &id[3..6];
        let narrowed = format!("{}{}", &id[..3], &id[6..]);
        let lost = (removed != unternummernkreis).then(|| removed.to_owned());
        return (narrowed, lost);
    }
    if parsed.digit_count() == Some(8) {
        return (id.to_owned(), None);
    }
    let mut chars = id.char_indices().skip(3);
    if let (Some((start, _)), Some(end)) = (chars.next(), id.char_indices().nth(6)) {
        if id.get(start..end.0) == Some(unternummernkreis) {
            return (format!("{}{}", &id[..start], &id[end.0..]), None);
        }
    }
    (id.to_owned(), None)
}

/// Rewrites the `F`/`G` ids inside a rule text: `widen` turns 8-digit ids into 11-digit ones,
/// else 11-digit ids with the given Unternummernkreis become 8-digit ones. An id is a letter
/// `F` or `G` not preceded by a letter or digit, followed by exactly 8 (or 11) digits.
pub fn rewrite_ids_in_text(text: &str, unternummernkreis: &str, widen: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if (b == b'F' || b == b'G') && boundary {
            let digits = bytes[i + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let start = i + 1;
            if widen && digits == 8 {
                out.push_str(&text[copied..start + 2]);
                out.push_str(unternummernkreis);
                copied = start + 2;
            } else if !widen
                && digits == 11
                && text.get(start + 2..start + 5) == Some(unternummernkreis)
            {
                out.push_str(&text[copied..start + 2]);
                copied = start + 5;
            }
            i = start + digits;
            continue;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The 3.0.0 `freigabestatus` for a 2.0 `status`, given whether the element has a version
/// and a `freigabedatum` (the public converter's rule).
pub fn freigabestatus_for(status: &Status, versioned: bool, freigegeben: bool) -> Freigabestatus {
    match status {
        Status::Inaktiv => Freigabestatus::Inaktiv,
        Status::Aktiv if versioned && freigegeben => Freigabestatus::FachlichFreigegebenGold,
        _ => Freigabestatus::InBearbeitung,
    }
}

/// The 2.0 `status` for a 3.0.0 `freigabestatus`: 1-3 `inVorbereitung`, 4-6 `aktiv`, 7-8
/// `inaktiv` (unknown codes: `inVorbereitung`).
pub fn status_for(freigabestatus: &Freigabestatus) -> Status {
    use Freigabestatus::*;
    match freigabestatus {
        MethodischFreigegeben | FachlichFreigegebenSilber | FachlichFreigegebenGold => {
            Status::Aktiv
        }
        Inaktiv | VorgesehenZumLoeschen => Status::Inaktiv,
        InPlanung | InBearbeitung | Entwurf | Freigabestatus::Unknown(_) => Status::InVorbereitung,
    }
}

/// Collapses runs of XML whitespace to one space and trims (XPath `normalize-space`).
pub(super) fn normalize_space(s: &str) -> String {
    s.split([' ', '\t', '\r', '\n'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The 3.0.0 `bezug` list for 2.0 `bezug` texts.
pub(super) fn bezug_up(bezug: &[Rechtsbezug], split: bool) -> Vec<Rechtsbezug> {
    let mut out = Vec::new();
    for b in bezug {
        let parts: Vec<&str> = if split {
            b.text.split(';').collect()
        } else {
            vec![b.text.as_str()]
        };
        for p in parts {
            let text = normalize_space(p);
            if !text.is_empty() {
                out.push(Rechtsbezug {
                    text,
                    link: b.link.clone(),
                });
            }
        }
    }
    out
}

/// The 2.0 JSON text of a praezisierung: `{"minLength":"1","maxLength":"50",...}`, values as
/// strings, in the order minLength, maxLength, minValue, maxValue, pattern; `""` when empty.
pub fn praezisierung_json(p: &Praezisierung) -> String {
    let entries = [
        ("minLength", p.min_length.map(|n| n.to_string())),
        ("maxLength", p.max_length.map(|n| n.to_string())),
        ("minValue", p.min_value.clone()),
        ("maxValue", p.max_value.clone()),
        ("pattern", p.pattern.clone()),
    ];
    let json = entries
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("\"{k}\":{}", serde_json::Value::String(v))))
        .collect::<Vec<_>>();
    if json.is_empty() {
        String::new()
    } else {
        format!("{{{}}}", json.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_widen_and_narrow() {
        assert_eq!(widen_id("F60000227", "000"), "F60000000227");
        assert_eq!(widen_id("G05000499", "123"), "G05123000499");
        assert_eq!(widen_id("F60000000227", "000"), "F60000000227");
        assert_eq!(
            widen_id("F00-4cb0dd14", "000"),
            "F00000-4cb0dd14",
            "malformed ids are widened at the same place"
        );
        assert_eq!(widen_id("F1", "000"), "F1");
        assert_eq!(narrow_id("F60000000227", "000"), ("F60000227".into(), None));
        assert_eq!(
            narrow_id("F60123000227", "000"),
            ("F60000227".into(), Some("123".into()))
        );
        assert_eq!(narrow_id("F00000-4cb0dd14", "000").0, "F00-4cb0dd14");
        assert_eq!(narrow_id("F60000227", "000").0, "F60000227");
        assert_eq!(narrow_id("Ä", "000").0, "Ä");
    }

    #[test]
    fn ids_in_texts() {
        let t = "Wenn F05001047 gesetzt, dann G05000499 Pflicht; F050010470 und XF05001047 nicht.";
        let wide = rewrite_ids_in_text(t, "000", true);
        assert_eq!(
            wide,
            "Wenn F05000001047 gesetzt, dann G05000000499 Pflicht; F050010470 und XF05001047 nicht."
        );
        assert_eq!(rewrite_ids_in_text(&wide, "000", false), t);
        assert_eq!(rewrite_ids_in_text("F", "000", true), "F");
        assert_eq!(
            rewrite_ids_in_text("äF12345678ü", "000", true),
            "äF12000345678ü"
        );
    }

    #[test]
    fn status_mapping() {
        use Freigabestatus as F;
        assert_eq!(
            freigabestatus_for(&Status::Aktiv, true, true),
            F::FachlichFreigegebenGold
        );
        assert_eq!(
            freigabestatus_for(&Status::Aktiv, false, true),
            F::InBearbeitung
        );
        assert_eq!(freigabestatus_for(&Status::Inaktiv, true, true), F::Inaktiv);
        assert_eq!(
            freigabestatus_for(&Status::InVorbereitung, true, true),
            F::InBearbeitung
        );
        for f in F::KNOWN {
            let back = freigabestatus_for(&status_for(f), true, true);
            let exact = matches!(
                f,
                F::InBearbeitung | F::FachlichFreigegebenGold | F::Inaktiv
            );
            assert_eq!(back == *f, exact, "{f}");
        }
    }

    #[test]
    fn bezug_split_and_normalised() {
        let b = [Rechtsbezug {
            text: " § 1 FIMG;\r\n  § 2\tFIMG ; ".into(),
            link: None,
        }];
        let up = bezug_up(&b, true);
        let texts: Vec<&str> = up.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["§ 1 FIMG", "§ 2 FIMG"]);
        assert_eq!(bezug_up(&b, false).len(), 1);
    }

    #[test]
    fn praezisierung_as_json() {
        let p = Praezisierung {
            min_length: Some(1),
            max_length: Some(50),
            pattern: Some("[\\p{L}]\"".into()),
            ..Praezisierung::default()
        };
        assert_eq!(
            praezisierung_json(&p),
            r#"{"minLength":"1","maxLength":"50","pattern":"[\\p{L}]\""}"#
        );
        assert_eq!(praezisierung_json(&Praezisierung::default()), "");
    }
}
