//! Limits on what one input may cost: a file's size and a document's
//! claims. A file over a limit is an error that names it (exit 2), found
//! before its cost is paid: the size is read from the file system before
//! the file is, and never more than the limit is read.

use std::fmt;

/// The limits of one run (`--max-file-size`, `--max-claims`, or
/// `max_file_size` / `max_claims` in claimgraph.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes (a JSON Lines file counts whole).
    pub max_file_bytes: u64,
    /// Most claims one document may have.
    pub max_claims: usize,
}

/// 16 MiB: a long article is under 100 KB; a JSON Lines archive larger
/// than this is split or the limit raised.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 16 << 20;
/// 20,000 claims: a dense 100 KB article has about 1,000.
pub const DEFAULT_MAX_CLAIMS: usize = 20_000;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            max_claims: DEFAULT_MAX_CLAIMS,
        }
    }
}

/// A size in bytes, written `4096`, `500K`, `16M` or `1G` (powers of 1024).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteSize(pub u64);

impl std::str::FromStr for ByteSize {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let (digits, shift) = match t.char_indices().last() {
            Some((i, 'k' | 'K')) => (&t[..i], 10),
            Some((i, 'm' | 'M')) => (&t[..i], 20),
            Some((i, 'g' | 'G')) => (&t[..i], 30),
            _ => (t, 0),
        };
        let n: u64 = digits
            .trim()
            .parse()
            .map_err(|_| format!("`{s}` is not a size (write 4096, 500K, 16M or 1G)"))?;
        n.checked_mul(1u64 << shift)
            .filter(|&b| b > 0)
            .map(ByteSize)
            .ok_or_else(|| format!("`{s}` is not a size between 1 byte and 16 EiB"))
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] {
            if b >= 1 << shift && b % (1 << shift) == 0 {
                return write!(f, "{}{unit}", b >> shift);
            }
        }
        write!(f, "{b} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::ByteSize;

    #[test]
    fn sizes_parse_and_print() {
        for (text, bytes, shown) in [
            ("4096", 4096, "4K"),
            ("500K", 500 << 10, "500K"),
            ("16M", 16 << 20, "16M"),
            ("1g", 1 << 30, "1G"),
            ("1000", 1000, "1000 bytes"),
        ] {
            let s: ByteSize = text.parse().unwrap();
            assert_eq!(s.0, bytes, "{text}");
            assert_eq!(s.to_string(), shown);
        }
        for bad in ["", "M", "-1", "0", "12X", "99999999999G"] {
            assert!(bad.parse::<ByteSize>().is_err(), "{bad:?}");
        }
    }
}
