//! One questionnaire item: a fieldset whose legend is the item, with the five answers as
//! native radio buttons, so that arrow keys, labels and screen readers work as everywhere.

use crate::model::present::catalogue::Catalogue;
use crate::model::questionnaire::answers::Likert;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemFieldProps {
    pub id: AttrValue,
    /// The item's position in the questionnaire, from 1.
    pub number: usize,
    pub text: AttrValue,
    pub answer: Option<Likert>,
    pub onanswer: Callback<Likert>,
}

#[component]
pub fn ItemField(props: &ItemFieldProps) -> Html {
    let labels = &Catalogue::english().ui.scale;
    html! {
        <fieldset class="item" id={format!("item-{}", props.id)} data-item={props.id.clone()}>
            <legend><span class="item-number">{ format!("{}.", props.number) }</span>{ " " }{ &props.text }</legend>
            <div class="scale">
                { for Likert::ALL.iter().zip(labels.iter()).map(|(answer, label)| {
                    let answer = *answer;
                    let onchange = props.onanswer.reform(move |_: Event| answer);
                    html! {
                        <label class="choice">
                            <input type="radio" id={format!("answer-{}-{}", props.id, answer.value())} name={props.id.clone()} value={answer.value().to_string()}
                                checked={props.answer == Some(answer)} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
