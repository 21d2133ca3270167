//! One resolution as a card: an `<article>` with a heading, addressable as `#id`.

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::components::language::tr;
use crate::components::share_button::ShareButton;
use crate::filter::links::fragment_href;
use crate::filter::state::View;
use crate::i18n::Strings;
use crate::model::{
    official_text_url, short_symbol, vote_id, Ballot, Group, Resolution, Role, VoteKind,
    VoteOutcome,
};

/// The card of the resolution at `index` in the dataset.
#[component]
pub fn Card(
    /// Position of the resolution in the dataset.
    index: usize,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    // One record is copied once, when its card mounts; typing never copies data.
    let r: Resolution = ctx.with_data(|d| d.resolutions[index].clone());
    // Its events on the timeline: the follow-ups it names and every event that names it.
    let events: Vec<(String, String, Option<String>)> = ctx.events_of.with_value(|by| {
        ctx.with_data(|d| {
            by[index]
                .iter()
                .map(|&e| {
                    let e = &d.events[e];
                    (e.id.clone(), e.title.clone(), e.date.map(|d| t.date(&d)))
                })
                .collect()
        })
    });
    // What sources say of it together with other texts, and those texts' ids and titles.
    let groups: Vec<(Group, Vec<(String, String)>)> = ctx.with_data(|d| {
        d.groups
            .iter()
            .filter(|g| g.resolutions.contains(&r.id))
            .map(|g| {
                let others = g
                    .resolutions
                    .iter()
                    .filter(|id| **id != r.id)
                    .filter_map(|id| d.resolutions.iter().find(|o| o.id == *id))
                    .map(|o| (o.id.clone(), o.title.clone()))
                    .collect();
                (g.clone(), others)
            })
            .collect()
    });
    let id = r.id.clone();
    let heading_id = format!("{}-title", r.id);
    let labelled_by = heading_id.clone();
    let is_target = move || ctx.is_target(&id);
    let badge_class = match r.role {
        Role::Led | Role::CoLed => "badge badge-led",
        Role::MainSponsor | Role::CoSponsor => "badge badge-sponsor",
    };
    let symbol = r.symbol.clone().map(|s| {
        view! { <span class="card-symbol">{t.resolution_word}" "<Highlighted text=short_symbol(&s).to_owned()/></span> }
    });
    let session = match r.session {
        Some(s) => view! { <span class="card-session">{(t.session_name)(s)}</span> }.into_any(),
        None => view! { <span class="card-session muted">{t.session_not_stated}</span> }.into_any(),
    };
    let adoption = t.adoption_line(&r);
    let outcome_words = t.outcome_words(&r.outcome);
    let name = move |n: &str| ctx.name(n);
    let leads = t.leads_line(&r, &name);
    let cosponsors = t.cosponsors_line(&r.cosponsors, &name);
    // The card on this view, filters kept: following it never clears the search.
    let permalink = {
        let id = r.id.clone();
        move || ctx.view_query.with(|q| fragment_href(q, &id))
    };
    let official = r.symbol.clone().map(|s| {
        view! {
            <span class="screen-only">" · "</span>
            <a href=official_text_url(&s) rel="external noopener noreferrer" aria-label=(t.official_text_of)(&s)>
                {t.official_text}
            </a>
        }
    });
    let event_list = (!events.is_empty()).then(|| {
        view! {
            <div class="card-events">
                <h4>{t.on_the_timeline}</h4>
                <ul>
                    {events
                        .into_iter()
                        .map(|(id, title, date)| {
                            let href = move || ctx.view_query.with(|q| fragment_href(q, &id));
                            view! {
                                <li>
                                    <a href=href lang=ctx.text_lang()>{title}</a>
                                    " · "
                                    <span class="muted">{date.unwrap_or_else(|| t.date_not_stated.to_owned())}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    let vote_block = (!r.votes.is_empty()).then(|| vote_links(ctx, t, &r));
    // When the search finds this card only in its sources' quotes, the card says so and opens
    // them, where the words are marked.
    let in_quotes_only = Memo::new(move |_| {
        ctx.matches
            .with(|m| m.in_quotes_only.binary_search(&index).is_ok())
    });
    let group_blocks = groups
        .into_iter()
        .map(|(g, others)| group_block(ctx, t, &r.id, g, others))
        .collect_view();
    view! {
        <article
            class="card"
            class:is-target=is_target
            id=r.id.clone()
            tabindex="-1"
            aria-labelledby=labelled_by
        >
            <p class="card-kicker">
                <span class=badge_class>{t.role(r.role)}</span>
                {symbol}
                {session}
            </p>
            <h3 id=heading_id lang=ctx.text_lang()>
                <Highlighted text=r.title.clone()/>
            </h3>
            <Show when=move || in_quotes_only.get()>
                <p class="card-found-in-quotes">{t.found_in_quotes}</p>
            </Show>
            <p class="card-adoption">{adoption}</p>
            {outcome_words.map(|w| view! { <p class="card-note">{w}</p> })}
            <p class="card-leads"><Highlighted text=leads/></p>
            {r.role_words.clone().map(|w| view! {
                <p class="card-role-words">{t.in_source_words}" "<q lang=ctx.text_lang()><Highlighted text=w/></q></p>
            })}
            {(!r.themes.is_empty()).then(|| view! {
                <ul class="tags" aria-label=t.themes>
                    {r.themes.iter().map(|th| theme_tag(ctx, th)).collect_view()}
                </ul>
            })}
            {(!r.editorial_themes.is_empty()).then(|| view! {
                <div class="card-editorial">
                    <p class="muted" id=format!("{}-editorial", r.id)>{t.editorial_tags}</p>
                    <ul class="tags tags-editorial" aria-labelledby=format!("{}-editorial", r.id)>
                        {r.editorial_themes.iter().map(|th| theme_tag(ctx, th)).collect_view()}
                    </ul>
                </div>
            })}
            {(!r.summary.is_empty()).then(|| view! { <p class="card-summary" lang=ctx.text_lang()><Highlighted text=r.summary.clone()/></p> })}
            {cosponsors.map(|c| view! { <p class="card-cosponsors"><Highlighted text=c/></p> })}
            {group_blocks}
            {vote_block}
            {event_list}
            <Citations record=r.id.clone() citations=r.citations.clone() open_when=in_quotes_only/>
            <p class="card-permalink">
                // On paper only the official text's link is of use, and it prints its address.
                <span class="screen-only">
                    <a href=permalink aria-label=(t.permalink_to)(&r.title)>{t.permalink}</a>
                    " · "
                    <ShareButton label=(t.share_card)(&r.title) title=r.title.clone() target=r.id.clone()/>
                </span>
                {official}
            </p>
        </article>
    }
}

/// A theme as a tag, in the reader's language where the editors translated it.
fn theme_tag(ctx: RecordCtx, theme: &str) -> impl IntoView {
    let (text, lang) = ctx.theme(theme);
    view! { <li class="tag" lang=lang><Highlighted text=text/></li> }
}

/// One recorded vote an editor linked to a text: what the list on its card shows of it.
struct LinkedVote {
    id: String,
    symbol: String,
    kind: VoteKind,
    outcome: VoteOutcome,
    date: String,
    ballot: Option<Ballot>,
    reason: String,
}

/// The recorded votes the editors link to this text, each with how the followed state voted
/// and the editors' reason, linking to the vote's card in the votes list (whose card links
/// back here).
fn vote_links(ctx: RecordCtx, t: &'static Strings, r: &Resolution) -> impl IntoView {
    let own = ctx.follows();
    let linked: Vec<LinkedVote> = ctx.with_data(|d| {
        r.votes
            .iter()
            .filter_map(|link| {
                let v = d.votes.iter().find(|v| v.symbol == link.symbol)?;
                Some(LinkedVote {
                    id: vote_id(&v.symbol),
                    symbol: v.symbol.clone(),
                    kind: v.kind,
                    outcome: v.outcome,
                    date: t.date(&v.date),
                    ballot: own.as_deref().and_then(|c| v.ballot_of(c)),
                    reason: link.reason.clone(),
                })
            })
            .collect()
    });
    let own_name = own.as_ref().map(|_| ctx.followed_name());
    let votes_home = ctx.home(View::Votes);
    view! {
        <div class="card-votes">
            <h4>{format!("{} ({})", t.votes_on_this_text, linked.len())}</h4>
            <ul>
                {linked.into_iter().map(|v| {
                    let href = fragment_href(&votes_home, &v.id);
                    view! {
                        <li>
                            <a href=href>{format!("{} {}", t.vote_kind(v.kind), short_symbol(&v.symbol))}</a>
                            " · "{if matches!(v.kind, VoteKind::Draft | VoteKind::Amendment) {
                                (t.result_from_tally)(t.vote_result(v.outcome), &v.date)
                            } else {
                                (t.result_on)(t.vote_result(v.outcome), &v.date)
                            }}
                            {own_name.clone().map(|name| view! { " · "<strong>{name}</strong>": "{t.voted(v.ballot)}})}
                            <p class="muted card-vote-reason" lang=ctx.text_lang()>{v.reason}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// What a source says of several texts together, on the card of each: so that nothing said of
/// the group reads as said of this text alone. `others` are the group's other texts; `card` is
/// the card's id, which the source viewer returns to.
fn group_block(
    ctx: RecordCtx,
    t: &'static Strings,
    card: &str,
    g: Group,
    others: Vec<(String, String)>,
) -> impl IntoView {
    let cosponsors = t.cosponsors_line(&g.cosponsors, &move |n: &str| ctx.name(n));
    view! {
        <section class="card-group" aria-label=t.group_heading>
            <p class="card-group-heading">
                <strong>{t.group_heading}</strong>
                ": "
                <span lang=ctx.text_lang()>{g.title.clone()}</span>
            </p>
            {(!g.summary.is_empty()).then(|| view! { <p lang=ctx.text_lang()><Highlighted text=g.summary.clone()/></p> })}
            {cosponsors.map(|c| view! { <p><Highlighted text=c/></p> })}
            {(!others.is_empty()).then(|| view! {
                <p>
                    {t.group_others}": "
                    {others.into_iter().enumerate().map(|(i, (id, title))| {
                        let href = move || ctx.view_query.with(|q| fragment_href(q, &id));
                        view! {
                            {(i > 0).then_some(", ")}
                            <a href=href lang=ctx.text_lang()>{title}</a>
                        }
                    }).collect_view()}
                </p>
            })}
            <Citations record=card.to_owned() citations=g.citations.clone() summary=t.group_sources_n/>
        </section>
    }
}
