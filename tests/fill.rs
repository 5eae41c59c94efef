//! Catalogue texts are filled in one pass: text from outside is never filled in itself.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::present::catalogue::{fill, Catalogue};

#[test]
fn placeholders_are_filled_wherever_they_are() {
    assert_eq!(fill("{count} of {total}, {count} again", &[("count", &3), ("total", &"ten")]), "3 of ten, 3 again");
    assert_eq!(fill("{a}{b}", &[("a", &1), ("b", &2)]), "12");
}

#[test]
fn a_value_that_holds_a_placeholder_stays_as_it_was_given() {
    let title = "Team {date} {title} {{name}}";
    let text = fill("Join “{title}” on {date}", &[("title", &title), ("date", &"2026-06-04")]);
    assert_eq!(text, "Join “Team {date} {title} {{name}}” on 2026-06-04");
    // Whatever the order of the arguments.
    assert_eq!(fill("Join “{title}” on {date}", &[("date", &"2026-06-04"), ("title", &title)]), text);
}

#[test]
fn braces_that_name_no_argument_are_kept() {
    assert_eq!(fill("{ {x} {{n}} {n", &[("n", &7)]), "{ {x} {7} {n");
    assert_eq!(fill("ends with {", &[]), "ends with {");
}

#[test]
fn the_apps_own_texts_with_a_users_title_are_filled_once() {
    let ui = &Catalogue::english().ui;
    let title = "{title} & {name}";
    assert_eq!(fill(ui.workshop_banner(), &[("title", &title)]), ui.workshop_banner().replace("{title}", title));
    assert_eq!(fill(ui.shared_by(), &[("name", &title)]), ui.shared_by().replace("{name}", title));
}

proptest! {
    #[test]
    fn any_value_appears_exactly_as_given(before in "[^{}]{0,10}", after in "[^{}]{0,10}", value in "(\\{[vw]\\}|[^{}]){0,20}") {
        prop_assert_eq!(fill(&format!("{before}{{v}}{after}"), &[("v", &value), ("w", &"!")]), format!("{before}{value}{after}"));
    }
}
