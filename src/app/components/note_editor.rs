//! The user's note on a result, kept with it. Saved when the field is left or on
//! request, not on every keystroke: each save rewrites the whole history.

use crate::app::store::use_store;
use crate::model::present::catalogue::Catalogue;
use crate::model::text::clean_lines;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoteEditorProps {
    pub id: AttrValue,
    pub note: AttrValue,
}

#[component]
pub fn NoteEditor(props: &NoteEditorProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let field = use_node_ref();
    let saved = use_state(|| false);
    // Filled in once per result rather than bound as `value`, which would reset what is
    // being typed whenever anything re-renders.
    {
        let field = field.clone();
        use_effect_with((props.id.clone(), props.note.clone()), move |(_, note)| {
            if let Some(area) = field.cast::<HtmlTextAreaElement>() {
                area.set_value(note);
            }
        });
    }
    let save = {
        let (store, field, saved, id) = (store.clone(), field.clone(), saved.clone(), props.id.to_string());
        Callback::from(move |_: ()| {
            if let Some(area) = field.cast::<HtmlTextAreaElement>() {
                store.set_note(id.clone(), clean_lines(&area.value()));
                saved.set(true);
            }
        })
    };
    let oninput = {
        let saved = saved.clone();
        Callback::from(move |_: InputEvent| saved.set(false))
    };
    html! {
        <section class="note-editor" aria-labelledby="note-heading">
            <h2 id="note-heading">{ ui.note_title() }</h2>
            <label for="note" class="help">{ ui.note_help() }</label>
            <textarea id="note" ref={field} rows="4" {oninput}
                onchange={save.reform(|_: Event| ())} />
            <p class="actions no-print">
                <button type="button" id="save-note" onclick={save.reform(|_: MouseEvent| ())}>{ ui.note_save() }</button>
                <span role="status">{ if *saved { ui.note_saved() } else { "" } }</span>
            </p>
        </section>
    }
}
