//! Eight bytes at a time: the word tests the reader, the locator and the character counts use to
//! skip the bytes they need not look at one by one. Each mask flags bytes by their high bit, and
//! its lowest flagged byte is exact.

pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes from `at`, when there are eight.
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at + 8)?;
    Some(u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]))
}

/// The bytes of `word` equal to `byte`: a byte of `word ^ byte…` is zero where they are equal,
/// and the classic borrow test finds a zero byte. A borrow only runs upwards, so the lowest
/// flagged byte is exact (higher ones may be false).
pub(crate) fn bytes_equal(word: u64, byte: u8) -> u64 {
    let zeroed = word ^ (ONES * u64::from(byte));
    zeroed.wrapping_sub(ONES) & !zeroed & HIGH
}

/// Whether some byte of `word` is `byte`.
pub(crate) fn has_byte(word: u64, byte: u8) -> bool {
    bytes_equal(word, byte) != 0
}

/// The bytes of `word` below `bound` (at most 128), by the same borrow test, which non-ASCII
/// bytes never pass.
pub(crate) fn bytes_below(word: u64, bound: u8) -> u64 {
    word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGH
}

/// The index of the lowest byte a mask flags.
pub(crate) fn first_flagged(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// How many bytes match. Sums in `u8` over runs of at most 255 bytes compile to full-width
/// vector code; a `usize` count per byte measured several times slower on a 1 MB text.
pub(crate) fn count_bytes(bytes: &[u8], matches: impl Fn(u8) -> bool + Copy) -> usize {
    bytes.chunks(255).map(|run| usize::from(run.iter().map(|&byte| u8::from(matches(byte))).sum::<u8>())).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lowest_flagged_byte_is_the_first_match() {
        let bytes = b"ab\"c\\d\x01e\"\"\"\"\"\"\"\"";
        let word = word_at(bytes, 0).unwrap_or_default();
        assert_eq!(first_flagged(bytes_equal(word, b'"')), 2);
        assert_eq!(first_flagged(bytes_equal(word, b'\\')), 4);
        assert_eq!(first_flagged(bytes_below(word, 0x20)), 6);
        assert_eq!(bytes_equal(word, b'z'), 0);
        assert!(has_byte(word, b'e') && !has_byte(word, b'f'));
        assert_eq!(word_at(bytes, bytes.len() - 7), None);
        assert_eq!(count_bytes(&[b'x'; 1000], |byte| byte == b'x'), 1000);
    }
}
