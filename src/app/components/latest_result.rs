//! The latest result at a glance: its overall score and band, and how far it moved since
//! the one before.

use crate::app::local::{shown, signed};
use crate::app::router::Link;
use crate::app::{dom, Route};
use crate::model::kept::history::SavedResult;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::may_be_noise;
use crate::model::questionnaire::bank::Noise;
use yew::prelude::*;

pub fn latest_result(latest: &SavedResult, previous: Option<&SavedResult>) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let overall = latest.score().overall;
    let band = en.band_of(latest.bank(), overall);
    let change = previous.map(|p| Some((overall? - p.score().overall?, p)));
    html! {
        <section class="card latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{ ui.latest_title() }</h2>
            <p class="overall">
                <span class="big num" id="latest-overall">{ shown(overall, ui.not_enough()) }</span>
                <span class="of">{ ui.out_of_five() }</span>
                if let Some(band) = band { <span class="band">{ band.name }</span> }
            </p>
            <p>{ en.variant_name(latest.variant) }{ ", " }{ dom::format_date(latest.taken_at) }</p>
            <p id="latest-change">
                { match change {
                    Some(Some((change, previous))) => {
                        let noise = Noise::wider(latest.variant, previous.variant).overall;
                        // What makes the change less than it seems, said beside it.
                        let cautions: Vec<&str> = [
                            (may_be_noise(change, noise), ui.may_be_noise()),
                            (latest.variant != previous.variant, ui.latest_pulse_and_full()),
                            (latest.bank_version != previous.bank_version, ui.latest_other_edition()),
                        ]
                        .into_iter()
                        .filter_map(|(applies, text)| applies.then_some(text))
                        .collect();
                        let text = fill(ui.latest_change(), &[("change", &signed(change))]);
                        if cautions.is_empty() { text } else { format!("{text} ({})", cautions.join("; ")) }
                    }
                    Some(None) => ui.latest_no_change().to_string(),
                    None => ui.latest_first().to_string(),
                } }
            </p>
            <p class="no-print"><Link to={Route::Result { id: latest.id.clone() }}>{ ui.open() }</Link></p>
        </section>
    }
}
