//! The colours in `styles/main.css`, light and dark: text reaches 4.5:1 against its
//! backgrounds and chart series and focus rings 3:1 (WCAG 2.2, 1.4.3 and 1.4.11).
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use std::collections::HashMap;

const CSS: &str = include_str!("../styles/main.css");

/// The custom properties of the first `:root` block after `from` in the stylesheet.
fn palette(from: &str) -> HashMap<String, (f64, f64, f64)> {
    let start = CSS.find(from).unwrap_or_else(|| panic!("no {from} in main.css"));
    let block = &CSS[start..];
    let block = &block[block.find(":root {").expect(":root") + 7..];
    let block = without_comments(&block[..block.find('}').expect("end of :root")]);
    block
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.trim().split_once(':')?;
            let hex = value.trim().strip_prefix('#')?;
            let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map(|v| f64::from(v) / 255.0);
            Some((
                name.trim().trim_start_matches("--").to_string(),
                (channel(0).ok()?, channel(2).ok()?, channel(4).ok()?),
            ))
        })
        .collect()
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

fn luminance((r, g, b): (f64, f64, f64)) -> f64 {
    let linear = |c: f64| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn check(theme: &str, colours: &HashMap<String, (f64, f64, f64)>, pairs: &[(&str, &str)], minimum: f64) {
    for (fore, back) in pairs {
        let ratio = contrast(colours[*fore], colours[*back]);
        assert!(ratio >= minimum, "{theme}: --{fore} on --{back} is {ratio:.2}:1, needs {minimum}:1");
    }
}

const TEXT: &[(&str, &str)] = &[
    ("text", "bg"),
    ("text", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("accent", "bg"),
    ("accent", "surface"),
    ("accent-text", "accent"),
    ("text", "warn-bg"),
    ("danger", "surface"),
];
const GRAPHICS: &[(&str, &str)] = &[
    ("series-latest", "bg"),
    ("series-latest", "surface"),
    ("series-earlier", "bg"),
    ("series-earlier", "surface"),
    ("series-goal", "bg"),
    ("series-goal", "surface"),
    ("series-fall", "bg"),
    ("series-fall", "surface"),
    ("focus", "bg"),
    ("focus", "surface"),
    ("control-border", "bg"),
    ("control-border", "surface"),
];

#[test]
fn the_light_theme_reaches_the_contrast_minimums() {
    let light = palette(":root {");
    check("light", &light, TEXT, 4.5);
    check("light", &light, GRAPHICS, 3.0);
}

#[test]
fn the_dark_theme_reaches_the_contrast_minimums() {
    let dark = palette("@media (prefers-color-scheme: dark)");
    check("dark", &dark, TEXT, 4.5);
    check("dark", &dark, GRAPHICS, 3.0);
}

#[test]
fn the_print_colours_reach_the_contrast_minimums() {
    let print = palette("@media print");
    let pairs: Vec<(&str, &str)> = GRAPHICS
        .iter()
        .chain(TEXT)
        .copied()
        .filter(|(f, b)| print.contains_key(*f) && print.contains_key(*b))
        .collect();
    assert!(pairs.len() >= 8, "the print palette defines its colours");
    check("print", &print, &pairs, 3.0);
    check("print", &print, &[("text", "bg"), ("muted", "bg")], 4.5);
}

#[test]
fn the_checker_itself_tells_good_from_bad() {
    assert!((contrast((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)) - 21.0).abs() < 1e-9);
    assert!((contrast((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)) - 1.0).abs() < 1e-9);
}
