//! JSON as the app keeps it, read and written by hand: serde_json and serde's derived
//! code were 15% of the first visit's WebAssembly, for the few shapes stored here.
//!
//! Text is parsed whole into a [`Json`] tree, then each type reads its own fields with the
//! rules serde's derive follows, so that everything kept before reads back unchanged: an
//! unknown field is ignored; a missing one is an error unless it has a default; `null` or
//! nothing is `None` for an optional field. Numbers are kept as their text, read only
//! as what a field holds: the whole numbers the app stores, an item's key, a band's
//! bound and the one-decimal goals.

use crate::model::number::one_decimal;

/// Deeper nesting than anything the app writes is refused, before it can exhaust the stack.
const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number's text, as valid JSON spells it.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Fields in the order written.
    Object(Vec<(String, Json)>),
}

/// A type kept as JSON: read back from what `ToJson` wrote, or refused (`None`).
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Option<Self>;
}

pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// Parses a whole text; `None` unless it is one JSON value and nothing else.
pub fn parse(text: &str) -> Option<Json> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.space();
    (parser.at == text.len()).then_some(value)
}

/// Reads `text` as a `T`: `None` if it is not JSON or not a `T`.
pub fn read<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&parse(text)?)
}

/// An object of `fields`, in their order.
pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
    Json::Object(fields.into_iter().map(|(key, value)| (key.to_string(), value)).collect())
}

impl Json {
    /// The field `key` of an object (the first, if written twice).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The field `key`, read as a `T`; `None` if it is missing or not a `T`.
    pub fn field<T: FromJson>(&self, key: &str) -> Option<T> {
        T::from_json(self.get(key)?)
    }

    /// The field `key`, read as a `T`, or `default` when missing (serde's `default`).
    /// Present but not a `T` is still `None`, and so is anything but an object.
    pub fn field_or<T: FromJson>(&self, key: &str, default: T) -> Option<T> {
        match (self, self.get(key)) {
            (Json::Object(_), None) => Some(default),
            (_, value) => T::from_json(value?),
        }
    }

    /// The field `key`, or `T`'s default when missing.
    pub fn field_or_default<T: FromJson + Default>(&self, key: &str) -> Option<T> {
        self.field_or(key, T::default())
    }

    /// Adds the fields of `other`, an object, to this one (serde's `flatten`).
    pub fn extended(mut self, other: Json) -> Json {
        if let (Json::Object(fields), Json::Object(more)) = (&mut self, other) {
            fields.extend(more);
        }
        self
    }

    /// Adds `value` as the field `key` of an object, unless `skip` (serde's
    /// `skip_serializing_if`).
    pub fn with(mut self, key: &str, value: Json, skip: bool) -> Json {
        if let (Json::Object(fields), false) = (&mut self, skip) {
            fields.push((key.to_string(), value));
        }
        self
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A whole number from 0 up, as serde reads one: `1.0` or `1e3` is not one.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// Any number, from the digits of its text (the app stores whole numbers and one
    /// decimal; Rust's float parser would add its tables to the download).
    pub fn as_f64(&self) -> Option<f64> {
        let Json::Number(text) = self else { return None };
        let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
        let (negative, mantissa) = mantissa.strip_prefix('-').map_or((false, mantissa), |m| (true, m));
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = whole.bytes().chain(fraction.bytes()).fold(0.0, |sum, digit| sum * 10.0 + f64::from(digit - b'0'));
        let exponent: i32 = exponent.strip_prefix('+').unwrap_or(exponent).parse().ok()?;
        // Saturating: an exponent at the end of the range is 0 or infinity, never an overflow.
        let shift = exponent.saturating_sub(i32::try_from(fraction.len()).ok()?);
        let value = if shift < 0 { digits / 10f64.powi(shift.saturating_neg()) } else { digits * 10f64.powi(shift) };
        Some(if negative { -value } else { value })
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The text of this value, compact, as serde_json writes it.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (index, (key, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A string with the escapes JSON requires, and no others.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c as u8 >> 4)]));
                out.push(char::from(HEX[usize::from(c as u8 & 15)]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` after any space, if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.space();
        let rest = &self.text[self.at..];
        for (word, value) in [("null", Json::Null), ("true", Json::Bool(true)), ("false", Json::Bool(false))] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Some(value);
            }
        }
        match self.peek()? {
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Json::Array(items))
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.string()?;
                        self.eat(b':').then_some(())?;
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Json::Object(fields))
            }
            _ => None,
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        self.at += usize::from(self.peek() == Some(b'-'));
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
            self.digits()?;
        }
        Some(Json::Number(self.text[start..self.at].to_string()))
    }

    /// One digit or more.
    fn digits(&mut self) -> Option<()> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    fn string(&mut self) -> Option<String> {
        (self.next()? == b'"').then_some(())?;
        let mut text = String::new();
        loop {
            // Plain characters are copied a run at a time; the text is valid UTF-8 and
            // every byte stopped at is ASCII.
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= b' ') {
                self.at += 1;
            }
            text.push_str(&self.text[start..self.at]);
            match self.next()? {
                b'"' => return Some(text),
                b'\\' => text.push(self.escape()?),
                _ => return None,
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = match unit {
                    // A surrogate pair, which only together name a character.
                    0xD800..=0xDBFF => {
                        (self.next()? == b'\\' && self.next()? == b'u').then_some(())?;
                        let low = self.hex4()?;
                        (0xDC00..=0xDFFF).contains(&low).then_some(())?;
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    unit => unit,
                };
                char::from_u32(code)?
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        self.at += 4;
        // Four hex digits: `from_str_radix` alone would take a sign.
        digits.bytes().all(|b| b.is_ascii_hexdigit()).then_some(())?;
        u32::from_str_radix(digits, 16).ok()
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Option<String> {
        json.as_str().map(str::to_string)
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
}

impl ToJson for str {
    fn to_json(&self) -> Json {
        Json::String(self.to_string())
    }
}

impl FromJson for u64 {
    fn from_json(json: &Json) -> Option<u64> {
        json.as_u64()
    }
}

impl ToJson for u64 {
    fn to_json(&self) -> Json {
        Json::Number(self.to_string())
    }
}

impl FromJson for u32 {
    fn from_json(json: &Json) -> Option<u32> {
        json.as_u64()?.try_into().ok()
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Json {
        u64::from(*self).to_json()
    }
}

impl FromJson for usize {
    fn from_json(json: &Json) -> Option<usize> {
        json.as_u64()?.try_into().ok()
    }
}

impl ToJson for usize {
    fn to_json(&self) -> Json {
        Json::Number(self.to_string())
    }
}

/// A whole number, of either sign (an item's key).
impl FromJson for i8 {
    fn from_json(json: &Json) -> Option<i8> {
        match json {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }
}

impl FromJson for f64 {
    fn from_json(json: &Json) -> Option<f64> {
        json.as_f64()
    }
}

/// With one decimal: the only fractional numbers the app writes are goals, which are
/// always on the scale and rounded to one (`Settings`).
impl ToJson for f64 {
    fn to_json(&self) -> Json {
        Json::Number(one_decimal(*self))
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Option<bool> {
        match json {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

/// `null` is `None`; as a field, so is its absence (see `Json::field_or_default`).
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Option<Option<T>> {
        match json {
            Json::Null => Some(None),
            json => T::from_json(json).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Option<Vec<T>> {
        json.as_array()?.iter().map(T::from_json).collect()
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        self.as_slice().to_json()
    }
}

/// A pair is a two-element array, as serde writes a tuple.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(json: &Json) -> Option<(A, B)> {
        match json.as_array()? {
            [a, b] => Some((A::from_json(a)?, B::from_json(b)?)),
            _ => None,
        }
    }
}

impl<A: ToJson, B: ToJson> ToJson for (A, B) {
    fn to_json(&self) -> Json {
        Json::Array(vec![self.0.to_json(), self.1.to_json()])
    }
}
