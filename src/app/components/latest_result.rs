//! The latest result at a glance: its overall score and band, and how far it moved since
//! the one before.

use crate::app::router::Link;
use crate::app::{dom, Route};
use crate::model::kept::history::SavedResult;
use crate::model::number::{shown, signed};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::may_be_noise;
use crate::model::questionnaire::bank::{Bank, Noise};
use yew::prelude::*;

pub fn latest_result(latest: &SavedResult, previous: Option<&SavedResult>) -> Html {
    let en = Catalogue::english();
    let ui = &en.ui;
    let bank = Bank::builtin();
    let overall = latest.score(bank).overall;
    let band = en.band_of(bank, overall);
    let change =
        previous.map(|p| Some((overall? - p.score(bank).overall?, Noise::wider(latest.variant, p.variant).overall)));
    html! {
        <section class="card latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{ ui.latest_title }</h2>
            <p class="overall">
                <span class="big num" id="latest-overall">{ shown(overall, ui.not_enough) }</span>
                <span class="of">{ ui.out_of_five }</span>
                if let Some(band) = band { <span class="band">{ band.name }</span> }
            </p>
            <p>{ en.variant_name(latest.variant) }{ ", " }{ dom::format_date(latest.taken_at) }</p>
            <p id="latest-change">
                { match change {
                    Some(Some((change, noise))) => {
                        let text = fill(ui.latest_change, &[("change", &signed(change))]);
                        if may_be_noise(change, noise) { format!("{text} ({})", ui.may_be_noise) } else { text }
                    }
                    Some(None) => ui.latest_no_change.to_string(),
                    None => ui.latest_first.to_string(),
                } }
            </p>
            <p class="no-print"><Link to={Route::Result { id: latest.id.clone() }}>{ ui.open }</Link></p>
        </section>
    }
}
