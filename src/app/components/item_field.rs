//! One questionnaire item: a fieldset whose legend is the item, with the five answers as
//! native radio buttons, so that arrow keys, labels and screen readers work as everywhere.
//! A sixth choice, set apart from the scale and never scored, is offered where the item
//! may not apply: "hasn't come up" for a situational item, "I haven't seen this" for a
//! colleague.

use crate::model::present::catalogue::Catalogue;
use crate::model::questionnaire::answers::{Answer, Likert};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemFieldProps {
    pub id: AttrValue,
    /// The item's position in the questionnaire, from 1.
    pub number: usize,
    pub text: AttrValue,
    /// The label of the sixth choice, if there is one.
    pub aside: Option<AttrValue>,
    pub answer: Option<Answer>,
    pub onanswer: Callback<Answer>,
}

#[component]
pub fn ItemField(props: &ItemFieldProps) -> Html {
    let ui = &Catalogue::get().ui;
    let choice = |answer: Answer, label: &str| {
        let value = u8::from(answer);
        let onchange = props.onanswer.reform(move |_: Event| answer);
        html! {
            <label class={classes!("choice", (answer == Answer::NotComeUp).then_some("not-come-up"))}>
                <input type="radio" id={format!("answer-{}-{value}", props.id)} name={props.id.clone()} value={value.to_string()}
                    checked={props.answer == Some(answer)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset class="item" id={format!("item-{}", props.id)} data-item={props.id.clone()}>
            <legend><span class="item-number">{ format!("{}.", props.number) }</span>{ " " }{ &props.text }</legend>
            <div class="scale">
                { for Likert::ALL.iter().zip(ui.scale().iter()).map(|(answer, label)| choice(Answer::Scale(*answer), label)) }
                if let Some(label) = &props.aside { { choice(Answer::NotComeUp, label) } }
            </div>
        </fieldset>
    }
}
