//! The checksum that ends a result code.

pub const CHECK_BITS: u32 = 20;

/// A CRC with the polynomial x^20 + x^3 + 1 over bits given one per byte: any error burst
/// of 20 bits or fewer, so any changed character or any two neighbours swapped, is always
/// caught.
pub fn crc20(bits: &[u8]) -> u64 {
    const TOP: u32 = 1 << (CHECK_BITS - 1);
    const MASK: u32 = (1 << CHECK_BITS) - 1;
    let register = bits.iter().fold(0u32, |register, bit| {
        let feedback = (register & TOP != 0) ^ (*bit != 0);
        let shifted = (register << 1) & MASK;
        if feedback {
            shifted ^ 0b1001
        } else {
            shifted
        }
    });
    u64::from(register)
}
