//! A string of bits, written and read field by field, most significant bit first.

#[derive(Default, Clone)]
pub struct Bits(Vec<u8>);

impl Bits {
    pub fn push(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.0.push(((value >> i) & 1) as u8);
        }
    }

    pub fn count(&self) -> usize {
        self.0.len()
    }

    /// The first `len` bits, one per byte.
    pub fn prefix(&self, len: usize) -> &[u8] {
        &self.0[..len.min(self.0.len())]
    }

    /// Five bits at a time, the last group padded with zeros.
    pub fn chunks5(&self) -> impl Iterator<Item = u64> + '_ {
        self.0
            .chunks(5)
            .map(|chunk| chunk.iter().chain(std::iter::repeat(&0)).take(5).fold(0, |acc, b| acc << 1 | u64::from(*b)))
    }

    pub fn reader(&self) -> Reader<'_> {
        Reader { bits: &self.0, at: 0 }
    }
}

pub struct Reader<'a> {
    bits: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// The next `width` bits as a number; `None` past the end.
    pub fn take(&mut self, width: u32) -> Option<u64> {
        let end = self.at.checked_add(width as usize)?;
        let slice = self.bits.get(self.at..end)?;
        self.at = end;
        Some(slice.iter().fold(0, |acc, b| acc << 1 | u64::from(*b)))
    }

    pub fn position(&self) -> usize {
        self.at
    }
}
