//! One recorded vote as a card: an `<article>` with the text's title as its heading, the tally
//! as a bar with numbers, and how the followed state (and a compared one) voted, in words.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::components::language::tr;
use crate::components::share_button::ShareButton;
use crate::components::tally_bar::TallyBar;
use crate::filter::links::fragment_href;
use crate::filter::state::{SessionKey, View};
use crate::model::{
    official_text_url, short_symbol, vote_id, voting_record_url, Ballot, Vote, VoteKind,
};

/// The card of the vote at `index` in the dataset's votes.
#[component]
pub fn VoteCard(
    /// Position of the vote in the dataset's votes.
    index: usize,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    // One vote is copied once, when its card mounts.
    let v: Vote = ctx.with_data(|d| d.votes[index].clone());
    let id = vote_id(&v.symbol);
    let heading_id = format!("{id}-title");
    let labelled_by = heading_id.clone();
    let is_target = {
        let id = id.clone();
        move || ctx.is_target(&id)
    };
    let own = ctx.follows();
    let own_name = ctx.followed_name();
    let own_ballot = own.as_deref().and_then(|c| v.ballot_of(c));
    let tally = v.tally();
    let date = t.date(&v.date);
    // A draft's or amendment's result is worked out from the tally, and says so; a text with
    // no member's vote recorded keeps its date.
    let derived = matches!(v.kind, VoteKind::Draft | VoteKind::Amendment);
    let result = if tally.is_empty() {
        date.clone()
    } else if derived {
        (t.result_from_tally)(t.vote_result(v.outcome), &date)
    } else {
        (t.result_on)(t.vote_result(v.outcome), &date)
    };
    // The initiatives of this record the editors link to this vote.
    let initiatives: Vec<(String, String)> = ctx.with_data(|d| {
        d.resolutions
            .iter()
            .filter(|r| r.votes.iter().any(|l| l.symbol == v.symbol))
            .map(|r| (r.id.clone(), r.title.clone()))
            .collect()
    });
    let compared = move || {
        ctx.compare.get().map(|code| {
            let name = ctx.state_name(&code);
            let ballot = v_ballot(ctx, index, &code);
            view! {
                <p class="vote-compared">
                    <strong>{name}</strong>": "{t.voted(ballot)}
                </p>
            }
        })
    };
    let official = v.official.as_ref().map(|o| {
        let recorded = format!("{}–{}–{}", tally.yes, tally.no, tally.abstain);
        let theirs = format!("{}–{}–{}", o.yes, o.no, o.abstain);
        // Where the Council's wording was read: the cross-check's source, named and linked.
        let via = ctx
            .with_data(|d| d.sources.iter().find(|s| s.id == o.source).map(|s| (s.title.clone(), s.publisher.clone(), s.link())))
            .map(|(title, publisher, url)| view! {
                " ("
                {match url {
                    Some(url) => view! { <a href=url rel="external noopener noreferrer" lang=ctx.text_lang()>{title}</a> }.into_any(),
                    None => view! { <cite lang=ctx.text_lang()>{title}</cite> }.into_any(),
                }}
                {format!(", {publisher})")}
            });
        if v.official_differs() {
            view! { <p class="vote-official is-different">{(t.official_differs)(&recorded, &theirs)}" "<q lang=ctx.text_lang()>{o.wording.clone()}</q>{via}</p> }.into_any()
        } else {
            view! { <p class="vote-official">{(t.official_agrees)(&o.wording)}{via}</p> }.into_any()
        }
    });
    let members = (!tally.is_empty()).then(|| {
        let groups: Vec<(Ballot, Vec<String>)> = Ballot::ALL
            .into_iter()
            .map(|b| {
                let mut names: Vec<String> =
                    v.cast(b).iter().map(|c| ctx.state_name(c)).collect();
                crate::model::order::sort(&mut names);
                (b, names)
            })
            .filter(|(_, names)| !names.is_empty())
            .collect();
        let total = groups.iter().map(|(_, n)| n.len()).sum::<usize>();
        let open = RwSignal::new(false);
        let groups = StoredValue::new(groups);
        view! {
            <details class="vote-members" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{format!("{} ({total})", t.every_members_vote)}</summary>
                <Show when=move || open.get() || ctx.printing.get()>
                    <dl>
                        {groups.get_value().into_iter().map(|(b, names)| view! {
                            <dt>{format!("{} ({})", t.ballot(b), names.len())}</dt>
                            <dd>{names.join(", ")}</dd>
                        }).collect_view()}
                    </dl>
                </Show>
            </details>
        }
    });
    let session = t.session(SessionKey::from(v.session));
    // The card on this view, filters kept: following it never clears the search.
    let permalink = {
        let id = id.clone();
        move || ctx.view_query.with(|q| fragment_href(q, &id))
    };
    let source_note = ctx.with_data(|d| {
        d.voting
            .as_ref()
            .and_then(|voting| d.sources.iter().find(|s| s.id == voting.source))
            .and_then(|s| s.note.clone())
    });
    view! {
        <article class="card vote-card" class:is-target=is_target id=id.clone() tabindex="-1" aria-labelledby=labelled_by>
            <p class="card-kicker">
                <span class="badge badge-kind">{t.vote_kind(v.kind)}</span>
                <span class="card-symbol"><Highlighted text=short_symbol(&v.symbol).to_owned()/></span>
                <span class="card-session">{session}</span>
            </p>
            <h3 id=heading_id lang=ctx.text_lang()><Highlighted text=v.title.clone()/></h3>
            <p class="card-adoption">{result}</p>
            {tally.is_empty().then(|| view! { <p class="card-note">{t.no_member_votes}</p> })}
            {own.as_ref().map(|_| view! {
                <p class="vote-own"><strong>{own_name.clone()}</strong>": "{t.voted(own_ballot)}</p>
            })}
            {compared}
            {(!tally.is_empty()).then(|| view! { <TallyBar tally own=own_ballot own_name=own_name.clone()/> })}
            {official}
            {v.recorded_as.clone().map(|raw| view! { <p class="muted">{(t.recorded_as)(&raw)}</p> })}
            {members}
            {(!initiatives.is_empty()).then(|| view! {
                <p class="vote-initiatives">
                    {t.initiative_of_record}": "
                    {initiatives.into_iter().enumerate().map(|(i, (rid, title))| {
                        // On the record with no filters, where the card surely is.
                        let href = fragment_href(&ctx.home(View::Initiatives), &rid);
                        view! { {(i > 0).then_some(", ")}<a href=href lang=ctx.text_lang()>{title}</a> }
                    }).collect_view()}
                </p>
            })}
            <p class="card-permalink">
                <a href=voting_record_url(v.library_symbol()) rel="external noopener noreferrer">{t.voting_record}</a>
                " · "
                <a href=official_text_url(&v.symbol) rel="external noopener noreferrer" aria-label=(t.official_text_of)(&v.symbol)>{t.official_text}</a>
                // On paper only the links that leave the page are of use, and they print their
                // addresses.
                <span class="screen-only">
                    " · "
                    <a href=permalink aria-label=(t.permalink_to)(&v.title)>{t.permalink}</a>
                    " · "
                    <ShareButton label=(t.share_card)(&v.title) title=v.title.clone() target=id.clone()/>
                </span>
            </p>
            {source_note.map(|n| view! { <p class="muted vote-route" lang=ctx.text_lang()>{n}</p> })}
        </article>
    }
}

/// How the state `code` voted on the vote at `index`.
fn v_ballot(ctx: RecordCtx, index: usize, code: &str) -> Option<Ballot> {
    ctx.with_data(|d| d.votes.get(index).and_then(|v| v.ballot_of(code)))
}
