//! Grapheme clusters of the kinds long messages are made of (emoji ZWJ sequences, flags, keycaps,
//! skin tones, tag sequences, combining accents, Hangul, Devanagari conjuncts) counted by the
//! rules of UAX #29 for just the code points whose cluster-break property is known here, in one
//! pass. Any other code point makes the count give up, and the caller asks the segmenter; the
//! tests check every known code point against it.

/// The cluster-break classes of the known code points, and `Start` before the first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Start,
    /// A character that starts a cluster and is not a pictograph.
    Other,
    /// Extended_Pictographic: it joins a pictograph, extenders and a ZWJ before it (GB11).
    Pictograph,
    /// A consonant of Indic_Conjunct_Break: it joins a consonant and a virama before it (GB9c).
    Consonant,
    Control,
    /// Hangul: leading consonants, vowels, trailing consonants, and syllables LV and LVT.
    L,
    V,
    T,
    Lv,
    Lvt,
    Cr,
    Lf,
    /// Every extender known here is also Indic_Conjunct_Break=Extend (the tests check it).
    Extend,
    /// The Devanagari virama, Indic_Conjunct_Break=Linker (and an extender).
    Linker,
    SpacingMark,
    Zwj,
    Regional,
}

const CLASSES: usize = Class::Regional as usize + 1;

/// Whether a class joins the cluster of the class before it: always, never, or as the rules that
/// look further back say.
#[derive(Clone, Copy)]
enum Join {
    Never,
    Always,
    /// GB12–13: when the regional indicators before make a run of odd length.
    OddRegional,
    /// GB11: when a pictograph and extenders come before the ZWJ.
    EmojiSequence,
    /// GB9c: when a consonant and extenders with a virama among them come before.
    Conjunct,
}

/// The rules of UAX #29 for a pair of classes, as a table built at compile time.
const fn join(previous: Class, next: Class) -> Join {
    use Class::*;
    match (previous, next) {
        (Start, _) => Join::Never,
        (Cr, Lf) => Join::Always,
        (Cr | Lf | Control, _) | (_, Cr | Lf | Control) => Join::Never,
        (_, Extend | Linker | SpacingMark | Zwj) => Join::Always,
        (L, L | V | Lv | Lvt) | (Lv | V, V | T) | (Lvt | T, T) => Join::Always,
        (Regional, Regional) => Join::OddRegional,
        (Zwj, Pictograph) => Join::EmojiSequence,
        (_, Consonant) => Join::Conjunct,
        _ => Join::Never,
    }
}

const JOINS: [[Join; CLASSES]; CLASSES] = {
    use Class::*;
    let all = [
        Start,
        Other,
        Pictograph,
        Consonant,
        Control,
        L,
        V,
        T,
        Lv,
        Lvt,
        Cr,
        Lf,
        Extend,
        Linker,
        SpacingMark,
        Zwj,
        Regional,
    ];
    let mut table = [[Join::Never; CLASSES]; CLASSES];
    let mut previous = 0;
    while previous < CLASSES {
        let mut next = 0;
        while next < CLASSES {
            table[all[previous] as usize][all[next] as usize] = join(all[previous], all[next]);
            next += 1;
        }
        previous += 1;
    }
    table
};

fn class(c: char) -> Option<Class> {
    // Latin first, in a test of its own: a match over all the ranges is compiled into a chain
    // of comparisons that every code point would walk.
    if c < '\u{300}' {
        return latin(c as u32);
    }
    Some(match c as u32 {
        0x620..=0x64A | 0x4E00..=0x9FFF => Class::Other,
        0x300..=0x36F | 0x64B..=0x65F | 0x670 | 0x20E3 | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => {
            Class::Extend
        }
        0x900..=0x97F => devanagari(c as u32),
        0x1100..=0x115F | 0xA960..=0xA97C => Class::L,
        0x1160..=0x11A7 | 0xD7B0..=0xD7C6 => Class::V,
        0x11A8..=0x11FF | 0xD7CB..=0xD7FB => Class::T,
        code @ 0xAC00..=0xD7A3 if (code - 0xAC00) % 28 == 0 => Class::Lv,
        0xAC00..=0xD7A3 => Class::Lvt,
        0x200D => Class::Zwj,
        0x1F1E6..=0x1F1FF => Class::Regional,
        // The blocks where most emoji are, as far as each is Extended_Pictographic throughout in
        // the segmenter's tables (the test checks each code point); the rest is left to it.
        0x1F324..=0x1F393
        | 0x1F39E..=0x1F3F0
        | 0x1F3F3..=0x1F3F5
        | 0x1F3F7..=0x1F3FA
        | 0x1F400..=0x1F4FD
        | 0x1F4FF..=0x1F53D
        | 0x1F5FA..=0x1F64F
        | 0x1F680..=0x1F6C5
        | 0x1F90C..=0x1F93A
        | 0x1F93C..=0x1F945
        | 0x1F947..=0x1F9FF
        | 0x1FA6E..=0x1FAFF => Class::Pictograph,
        _ => return None,
    })
}

/// The code points below U+0300, where the combining marks start.
fn latin(code: u32) -> Option<Class> {
    Some(match code {
        0x20..=0x7E => Class::Other,
        0x0D => Class::Cr,
        0x0A => Class::Lf,
        0x00..=0x1F | 0x7F..=0x9F | 0xAD => Class::Control,
        // © and ® are pictographic; they are rare enough to leave to the segmenter.
        0xA9 | 0xAE => return None,
        _ => Class::Other,
    })
}

/// The Devanagari block (U+0900–U+097F): consonants, the virama, and the signs that extend or
/// space a syllable.
fn devanagari(code: u32) -> Class {
    match code {
        0x915..=0x939 | 0x958..=0x95F | 0x978..=0x97F => Class::Consonant,
        0x94D => Class::Linker,
        0x900..=0x902 | 0x93A | 0x93C | 0x941..=0x948 | 0x951..=0x957 | 0x962..=0x963 => Class::Extend,
        0x903 | 0x93B | 0x93E..=0x940 | 0x949..=0x94C | 0x94E..=0x94F => Class::SpacingMark,
        _ => Class::Other,
    }
}

/// What the rules that look back further than one code point remember.
#[derive(Clone, Copy)]
struct Context {
    previous: Class,
    /// GB11's left side so far: a pictograph and extenders; then that followed by a ZWJ.
    pictograph_extended: bool,
    pictograph_zwj: bool,
    /// GB12–13: the run of regional indicators so far has an odd length.
    odd_regional: bool,
    /// GB9c's left side so far: a consonant and extenders; then that with a virama among them.
    consonant: bool,
    consonant_linked: bool,
}

impl Context {
    const START: Self = Self::after(Class::Start);

    const fn after(previous: Class) -> Self {
        Self {
            previous,
            pictograph_extended: false,
            pictograph_zwj: false,
            odd_regional: false,
            consonant: false,
            consonant_linked: false,
        }
    }

    /// Whether `class` joins the cluster before it; then remembers it.
    fn joins(&mut self, class: Class) -> bool {
        let joins = match JOINS[self.previous as usize][class as usize] {
            Join::Never => false,
            Join::Always => true,
            Join::OddRegional => self.odd_regional,
            Join::EmojiSequence => self.pictograph_zwj,
            Join::Conjunct => self.consonant_linked,
        };
        (self.pictograph_extended, self.pictograph_zwj) = match class {
            Class::Pictograph => (true, false),
            Class::Extend | Class::Linker => (joins && self.pictograph_extended, false),
            Class::Zwj => (false, joins && self.pictograph_extended),
            _ => (false, false),
        };
        (self.consonant, self.consonant_linked) = match class {
            Class::Consonant => (true, false),
            Class::Linker => (self.consonant, self.consonant),
            Class::Extend | Class::Zwj => (self.consonant, self.consonant_linked),
            _ => (false, false),
        };
        self.odd_regional = class == Class::Regional && !joins;
        self.previous = class;
        joins
    }

    /// After eight ASCII bytes but CR, each its own cluster, of which `last` is the last.
    fn after_ascii(&mut self, last: u8) {
        let class = match last {
            b'\n' => Class::Lf,
            0x00..=0x1F | 0x7F => Class::Control,
            _ => Class::Other,
        };
        *self = Self::after(class);
    }
}

/// The extended grapheme clusters of `text`, or `None` when it holds a code point not known here.
pub(super) fn count(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut context = Context::START;
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Eight ASCII bytes but CR after anything but CR: eight clusters (no rule joins an ASCII
        // character to what precedes it, but GB3's LF after CR and GB9b's prepended marks, which
        // are not known here).
        if bytes[at] < 0x80 && context.previous != Class::Cr {
            if let Some(word) = bytes.get(at..at + 8) {
                let word = u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]);
                if super::is_ascii_without_cr(word) {
                    count += 8;
                    context.after_ascii(bytes[at + 7]);
                    at += 8;
                    continue;
                }
            }
        }
        let c = text[at..].chars().next()?;
        count += usize::from(!context.joins(class(c)?));
        at += c.len_utf8();
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// One character of each class, and the sequences whose rules involve a ZWJ.
    const NEIGHBOURS: &[&str] = &[
        "a",
        "é",
        "字",
        "ب",
        "\u{64E}",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "가",
        "각",
        "\r",
        "\n",
        "\u{1}",
        "\u{85}",
        "\u{301}",
        "\u{FE0F}",
        "\u{200D}",
        "🇧",
        "🇧🇷",
        "👩",
        "👍\u{1F3FD}",
        "👩\u{200D}",
        "👩\u{1F3FD}\u{200D}",
        "a\u{200D}",
        "\u{1F3F4}\u{E0067}",
        "\u{915}",
        "\u{915}\u{94D}",
        "\u{915}\u{93C}\u{94D}",
        "\u{94D}",
        "\u{93E}",
        "\u{941}",
        "\u{905}",
        "abcdefgh",
    ];

    #[test]
    fn every_known_code_point_counts_as_the_segmenter_counts_it_beside_each_class() {
        let mut checked = 0;
        for code in (0..=0x10FFFF_u32).filter(|&code| char::from_u32(code).and_then(class).is_some()) {
            let c = char::from_u32(code).unwrap();
            for neighbour in NEIGHBOURS {
                for text in [format!("{neighbour}{c}"), format!("{c}{neighbour}"), format!("{neighbour}{c}{neighbour}")]
                {
                    assert_eq!(count(&text), Some(text.graphemes(true).count()), "U+{code:04X} in {text:?}");
                }
            }
            checked += 1;
        }
        assert!(checked > 23_000, "{checked} code points");
    }

    #[test]
    fn gives_up_on_unknown_code_points() {
        for text in ["\u{0995}\u{09CD}\u{09B7}", "©", "❤\u{FE0F}", "\u{600}", "\u{E33}"] {
            assert_eq!(count(text), None, "{text:?}");
        }
        assert_eq!(count("👨\u{200D}👩\u{200D}👧\u{200D}👦🇧🇷🇧1\u{FE0F}\u{20E3}e\u{301}\r\n"), Some(6));
    }

    proptest::proptest! {
        #[test]
        fn sequences_of_known_pieces_count_as_the_segmenter_counts(pieces in proptest::collection::vec(
            proptest::sample::select(NEIGHBOURS.to_vec()), 0..40)) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(count(&text), Some(text.graphemes(true).count()));
        }
    }
}
