//! Diff and three-way merge of map versions: properties over random edits,
//! conflicts, id collisions, the CLI, and a real `git merge` with
//! journeymap as the merge driver.

use std::path::Path;
use std::process::{Command, Output};

use journeymap::edit::Command as Edit;
use journeymap::io::{TEMPLATES, template_by_name};
use journeymap::merge::{diff, merge};
use journeymap::model::{Card, CardId, JourneyMap, StageId};
use proptest::prelude::*;

fn dealer() -> JourneyMap {
    template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap()
}

/// Every card of the map, (lane index, card index).
fn cards(map: &JourneyMap) -> Vec<(usize, usize)> {
    map.lanes
        .iter()
        .enumerate()
        .flat_map(|(l, lane)| (0..lane.cards.len()).map(move |c| (l, c)))
        .collect()
}

/// One random change to a card or stage, picked by numbers.
#[derive(Clone, Debug)]
enum Change {
    Text(usize, String),
    Move(usize, usize),
    Delete(usize),
    RenameStage(usize, String),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..1000, "[a-zA-Zа-я ]{1,12}").prop_map(|(i, t)| Change::Text(i, t)),
        (0usize..1000, 0usize..10).prop_map(|(i, s)| Change::Move(i, s)),
        (0usize..1000).prop_map(Change::Delete),
        (0usize..10, "[A-Za-z]{1,8}").prop_map(|(i, t)| Change::RenameStage(i, t)),
    ]
}

/// Apply `change` to the `n`-th card of those `allowed` picks (so two
/// sides can be kept to different cards).
fn apply(map: &mut JourneyMap, change: &Change, allowed: &dyn Fn(CardId) -> bool) {
    let pick = |map: &JourneyMap, i: usize| -> Option<Card> {
        let all: Vec<Card> = cards(map)
            .into_iter()
            .map(|(l, c)| map.lanes[l].cards[c].clone())
            .filter(|c| allowed(c.id))
            .collect();
        (!all.is_empty()).then(|| all[i % all.len()].clone())
    };
    let command = match change {
        Change::Text(i, t) => pick(map, *i).map(|mut c| {
            c.text = t.clone();
            Edit::UpdateCard { card: c }
        }),
        Change::Move(i, s) => pick(map, *i).and_then(|c| {
            let (lane, _) = map.card(c.id)?;
            let stage = map.stages[s % map.stages.len()].id;
            Some(Edit::MoveCard {
                card: c.id,
                lane: lane.id,
                stage,
                index: 0,
            })
        }),
        Change::Delete(i) => pick(map, *i).map(|c| Edit::RemoveCard { card: c.id }),
        // Stages are renamed only by the side that may touch stage ids < 0:
        // the caller filters these.
        Change::RenameStage(i, t) => {
            let mut s = map.stages[i % map.stages.len()].clone();
            s.name = t.clone();
            Some(Edit::UpdateStage { stage: s })
        }
    };
    if let Some(c) = command {
        c.apply(map);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Changes of two people to different cards (and stages) combine: the
    /// merge is both applied, whichever order they are applied in.
    #[test]
    fn edits_to_different_items_combine(
        a in prop::collection::vec(change(), 1..6),
        b in prop::collection::vec(change(), 1..6),
    ) {
        let base = dealer();
        let even = |id: CardId| id.0.is_multiple_of(2);
        let odd = |id: CardId| !id.0.is_multiple_of(2);
        let mut ours = base.clone();
        for c in a.iter().filter(|c| !matches!(c, Change::RenameStage(i, _) if i % 2 == 1)) {
            apply(&mut ours, c, &even);
        }
        let mut theirs = base.clone();
        for c in b.iter().filter(|c| !matches!(c, Change::RenameStage(i, _) if i % 2 == 0)) {
            apply(&mut theirs, c, &odd);
        }
        let merged = merge(&base, &ours, &theirs);
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        // Both applied: theirs' changes replayed onto ours.
        let mut both = ours.clone();
        for c in b.iter().filter(|c| !matches!(c, Change::RenameStage(i, _) if i % 2 == 0)) {
            apply(&mut both, c, &odd);
        }
        let key = |m: &JourneyMap| {
            let mut v: Vec<(u64, u64, String)> = m
                .lanes
                .iter()
                .flat_map(|l| l.cards.iter().map(move |c| (c.id.0, c.stage.0, c.text.clone())))
                .collect();
            v.sort();
            (v, m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>())
        };
        prop_assert_eq!(key(&merged.map), key(&both));
    }

    /// A diff applied to its old map gives the new one: merging with an
    /// unchanged side is the other side, exactly.
    #[test]
    fn a_diff_applied_gives_the_new_map(a in prop::collection::vec(change(), 1..8)) {
        let base = dealer();
        let mut new = base.clone();
        for c in &a {
            apply(&mut new, c, &|_| true);
        }
        prop_assert_eq!(&merge(&base, &base, &new).map, &new);
        prop_assert_eq!(&merge(&base, &new, &base).map, &new);
        prop_assert_eq!(diff(&new, &new).len(), 0);
        prop_assert_eq!(diff(&base, &new).is_empty(), base == new);
    }
}

#[test]
fn merging_a_map_with_itself_changes_nothing() {
    for t in TEMPLATES.iter() {
        let map = t.instantiate().unwrap();
        let merged = merge(&map, &map, &map);
        assert_eq!(merged.map, map, "{}", t.name);
        assert!(merged.conflicts.is_empty());
        assert!(diff(&map, &map).is_empty());
    }
}

#[test]
fn the_same_field_changed_two_ways_is_a_conflict_with_both_values_kept() {
    let base = dealer();
    let (l, c) = cards(&base)[0];
    let id = base.lanes[l].cards[c].id;
    let mut ours = base.clone();
    ours.lanes[l].cards[c].text = "Ours".into();
    ours.lanes[l].cards[c].note = "a note of ours".into();
    let mut theirs = base.clone();
    theirs.lanes[l].cards[c].text = "Theirs".into();
    // An edit on one side of a card the other side deleted.
    let (l2, c2) = cards(&base)[1];
    let other = base.lanes[l2].cards[c2].id;
    ours.lanes[l2].cards.retain(|card| card.id != other);
    theirs.lanes[l2].cards[c2].text = "Still needed".into();

    let merged = merge(&base, &ours, &theirs);
    let (_, card) = merged.map.card(id).unwrap();
    assert_eq!(card.text, "Ours", "ours is kept in the card");
    assert_eq!(
        card.note, "a note of ours",
        "a field only ours changed merges"
    );
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    let text = &merged.conflicts[0];
    assert_eq!(text.item, format!("card {id}"));
    assert_eq!(text.field, "text");
    assert_eq!(
        (text.ours.as_str(), text.theirs.as_str()),
        ("\"Ours\"", "\"Theirs\"")
    );
    assert_eq!(merged.conflicts[1].field, "deleted");
    assert_eq!(
        merged.map.card(other).map(|(_, c)| c.text.as_str()),
        Some("Still needed"),
        "the edited card survives its deletion"
    );
    assert_eq!(merged.map.conflicts, merged.conflicts, "kept in the map");
}

#[test]
fn new_items_given_the_same_id_on_both_sides_both_survive() {
    let base = dealer();
    let id = base.next_id();
    let stage = base.stages[0].id;
    let mut ours = base.clone();
    ours.lanes[0]
        .cards
        .push(Card::new(CardId(id), stage, "Ours, new"));
    let mut theirs = base.clone();
    theirs.stages.push(journeymap::model::Stage::new(
        StageId(id),
        "Their new stage",
    ));
    theirs.lanes[1]
        .cards
        .push(Card::new(CardId(id + 1), StageId(id), "In their stage"));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.renumbered.len(), 1);
    let (what, old, new) = &merged.renumbered[0];
    assert_eq!((what.as_str(), *old), ("stage", id));
    let m = &merged.map;
    assert_eq!(m.card(CardId(id)).unwrap().1.text, "Ours, new");
    assert_eq!(m.stages.last().unwrap().id, StageId(*new));
    let (_, theirs_card) = m.card(CardId(id + 1)).unwrap();
    assert_eq!(
        theirs_card.stage,
        StageId(*new),
        "the card follows its stage"
    );
    assert!(m.validate().is_empty(), "{:?}", m.validate());
}

#[test]
fn diff_says_what_changed_item_by_item() {
    let old = dealer();
    let mut new = old.clone();
    new.stages[0].name = "Awareness!".into();
    let moved = new.lanes[0].cards.remove(0);
    let to = new.stages[2].id;
    new.lanes[0].cards.push(Card {
        stage: to,
        ..moved.clone()
    });
    new.lanes[1].cards.pop();
    let changes = diff(&old, &new);
    let text = journeymap::merge::diff::as_text(&changes);
    assert!(
        text.contains(&format!(
            "~ stage {} \"Awareness!\": name \"{}\" → \"Awareness!\"",
            old.stages[0].id, old.stages[0].name
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "> card {} \"{}\": moved to stage \"{}\"",
            moved.id, moved.text, new.stages[2].name
        )),
        "{text}"
    );
    assert!(text.lines().any(|l| l.starts_with("- card ")), "{text}");
}

fn journeymap(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run journeymap")
}

fn save(path: &Path, map: &JourneyMap) {
    journeymap::io::save_file(path, map).unwrap();
}

#[test]
fn the_cli_merges_reports_conflicts_and_refuses_unrelated_maps() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = dealer();
    let mut ours = base.clone();
    ours.title = "Ours".into();
    let mut theirs = base.clone();
    theirs.stages[1].name = "Theirs".into();
    save(&d.join("base.ron"), &base);
    save(&d.join("ours.ron"), &ours);
    save(&d.join("theirs.ron"), &theirs);
    let out = journeymap(
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        d,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = journeymap::io::load_file(&d.join("out.ron")).unwrap().map;
    assert_eq!(
        (merged.title.as_str(), merged.stages[1].name.as_str()),
        ("Ours", "Theirs")
    );

    theirs.title = "Theirs too".into();
    save(&d.join("theirs.ron"), &theirs);
    let out = journeymap(
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("conflict: title value: ours \"Ours\" / theirs \"Theirs too\""),
        "{err}"
    );
    let kept = journeymap::io::load_file(&d.join("out.ron")).unwrap().map;
    assert_eq!(kept.conflicts.len(), 1, "OUT keeps both");

    let other = journeymap::sample::sample_map(journeymap::sample::SampleSize {
        stages: 2,
        lanes: 1,
        cards_per_cell: 1,
    });
    let mut other = other;
    for s in &mut other.stages {
        s.id.0 += 10_000;
    }
    for l in &mut other.lanes {
        l.id.0 += 10_000;
        for c in &mut l.cards {
            c.id.0 += 10_000;
            c.stage.0 += 10_000;
        }
        l.series.clear();
        l.values.clear();
    }
    other.personas.clear();
    save(&d.join("other.ron"), &other);
    let out = journeymap(
        &["merge", "base.ron", "ours.ron", "other.ron", "-o", "x.ron"],
        d,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not versions of one map"));
    assert!(!d.join("x.ron").exists(), "nothing written");

    let out = journeymap(&["diff", "base.ron", "ours.ron", "--format", "json"], d);
    assert!(out.status.success());
    let changes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(changes[0]["change"], "edited");
    assert_eq!(changes[0]["item"], "title");
    assert_eq!(changes[0]["new"], "Ours");
}

fn git(args: &[&str], dir: &Path) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .output()
        .expect("git is installed (.ci/run installs it)")
}

#[test]
fn git_merges_maps_with_journeymap_as_its_merge_driver() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(git(&["init", "-q", "-b", "main"], d).status.success());
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_journeymap"));
    assert!(
        git(&["config", "merge.journeymap.driver", &driver], d)
            .status
            .success()
    );
    std::fs::write(d.join(".gitattributes"), "*.ron merge=journeymap\n").unwrap();
    let base = dealer();
    save(&d.join("map.ron"), &base);
    git(&["add", "."], d);
    assert!(git(&["commit", "-qm", "base"], d).status.success());

    // A designer renames a stage; a researcher edits a card text.
    git(&["checkout", "-qb", "research"], d);
    let mut research = base.clone();
    research.lanes[0].cards[0].text = "Notices the repairs cost more each year".into();
    save(&d.join("map.ron"), &research);
    git(&["commit", "-qam", "research"], d);
    git(&["checkout", "-q", "main"], d);
    let mut design = base.clone();
    design.stages[0].name = "Realising".into();
    save(&d.join("map.ron"), &design);
    git(&["commit", "-qam", "design"], d);

    let out = git(&["merge", "-q", "research", "-m", "merge"], d);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = journeymap::io::load_file(&d.join("map.ron")).unwrap().map;
    assert_eq!(merged.stages[0].name, "Realising");
    assert_eq!(
        merged.lanes[0].cards[0].text,
        "Notices the repairs cost more each year"
    );

    // Both change the same card: git stops, the file keeps both versions.
    git(&["checkout", "-qb", "other"], d);
    let mut a = merged.clone();
    a.lanes[0].cards[0].text = "Version A".into();
    save(&d.join("map.ron"), &a);
    git(&["commit", "-qam", "a"], d);
    git(&["checkout", "-q", "main"], d);
    let mut b = merged.clone();
    b.lanes[0].cards[0].text = "Version B".into();
    save(&d.join("map.ron"), &b);
    git(&["commit", "-qam", "b"], d);
    let out = git(&["merge", "-q", "other", "-m", "merge 2"], d);
    assert!(!out.status.success(), "a conflict stops the merge");
    let kept = journeymap::io::load_file(&d.join("map.ron")).unwrap().map;
    assert_eq!(kept.lanes[0].cards[0].text, "Version B");
    assert_eq!(kept.conflicts.len(), 1);
    assert_eq!(kept.conflicts[0].theirs, "\"Version A\"");
}

#[test]
fn a_card_added_to_a_lane_the_other_side_deleted_survives_with_its_lane() {
    let base = dealer();
    let lane = base.lanes[0].id;
    let mut ours = base.clone();
    ours.lanes.remove(0);
    let mut theirs = base.clone();
    let id = CardId(base.next_id());
    theirs.lanes[0]
        .cards
        .push(Card::new(id, base.stages[0].id, "Theirs, in the lane"));
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.map.card(id).map(|(l, _)| l.id),
        Some(lane),
        "the lane comes back"
    );
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.item == format!("lane {lane}") && c.field == "deleted"),
        "{:?}",
        merged.conflicts
    );
}

#[test]
fn keeping_ours_on_an_item_we_deleted_deletes_it() {
    let base = dealer();
    let (l, c) = cards(&base)[1];
    let id = base.lanes[l].cards[c].id;
    let mut ours = base.clone();
    ours.lanes[l].cards.remove(c);
    let mut theirs = base.clone();
    theirs.lanes[l].cards[c].text = "Edited by them".into();
    let merged = merge(&base, &ours, &theirs).map;
    assert!(merged.card(id).is_some(), "kept until decided");
    let i = merged
        .conflicts
        .iter()
        .position(|c| c.field == "deleted")
        .unwrap();
    let kept_ours = journeymap::merge::resolve(&merged, i, false).unwrap();
    assert!(kept_ours.card(id).is_none(), "ours deleted it");
    assert!(kept_ours.conflicts.is_empty());
    let took_theirs = journeymap::merge::resolve(&merged, i, true).unwrap();
    assert_eq!(took_theirs.card(id).unwrap().1.text, "Edited by them");
}

#[test]
fn two_copies_that_each_added_a_card_with_the_same_id_keep_both() {
    let base = dealer();
    let id = CardId(base.next_id());
    let stage = base.stages[0].id;
    let mut ours = base.clone();
    ours.lanes[0]
        .cards
        .push(Card::new(id, stage, "Our new card"));
    ours.lanes[0].cards[0].note = String::new();
    let mut theirs = base.clone();
    theirs.lanes[0]
        .cards
        .push(Card::new(id, stage, "Their new card"));
    theirs.lanes[0].cards[0].note = "Their note".into();
    let merged = journeymap::merge::merge_two_way(&ours, &theirs);
    let texts: Vec<&str> = merged.map.card_texts().collect();
    assert!(
        texts.contains(&"Our new card") && texts.contains(&"Their new card"),
        "{texts:?}"
    );
    assert_eq!(merged.renumbered.len(), 1);
    assert!(
        merged.conflicts.iter().any(|c| c.field == "note"),
        "a field one copy left empty is a disagreement too: {:?}",
        merged.conflicts
    );
}

#[test]
fn one_side_reordering_while_the_other_adds_keeps_both() {
    let base = dealer();
    let mut ours = base.clone();
    let id = StageId(base.next_id());
    ours.stages
        .push(journeymap::model::Stage::new(id, "Added by us"));
    let mut theirs = base.clone();
    let last = theirs.stages.pop().unwrap();
    theirs.stages.insert(0, last.clone());
    let merged = merge(&base, &ours, &theirs).map;
    assert_eq!(merged.stages[0].id, last.id, "their move is kept");
    let at = |s: StageId| merged.stages.iter().position(|x| x.id == s).unwrap();
    assert_eq!(
        at(id),
        at(last.id) + 1,
        "our new stage still follows the one it followed"
    );
    assert_eq!(merged.stages.len(), base.stages.len() + 1);
}

#[test]
fn a_conflict_resolved_on_one_side_does_not_come_back() {
    let base = dealer();
    let mut a = base.clone();
    a.title = "A".into();
    let mut b = base.clone();
    b.title = "B".into();
    let with_conflict = merge(&base, &a, &b).map;
    assert_eq!(with_conflict.conflicts.len(), 1);
    // One person resolves it, the other edits something else.
    let resolved = journeymap::merge::resolve(&with_conflict, 0, true).unwrap();
    let mut other = with_conflict.clone();
    other.stages[0].name = "Renamed".into();
    let merged = merge(&with_conflict, &resolved, &other);
    assert!(
        merged.map.conflicts.is_empty(),
        "{:?}",
        merged.map.conflicts
    );
    assert_eq!(merged.map.title, "B");
    assert_eq!(merged.map.stages[0].name, "Renamed");
}

#[test]
fn replies_from_two_people_to_one_thread_both_survive_and_follow_renumbering() {
    use journeymap::edit::{add_comment, reply_to_comment, resolve_thread};
    use journeymap::model::CommentOn;
    let mut base = dealer();
    let card = base.lanes[0].cards[0].id;
    add_comment(&base, CommentOn::Card(card), "Anna", "Is this step real?").apply_to(&mut base);
    let thread = base.comments[0].id;
    // Both reply offline; both take "the next id".
    let mut ours = base.clone();
    reply_to_comment(&ours, thread, "Anna", "Seen in 12 reviews").apply_to(&mut ours);
    let mut theirs = base.clone();
    reply_to_comment(&theirs, thread, "Jānis", "Confirmed at the desk").apply_to(&mut theirs);
    resolve_thread(&theirs, thread, true).apply_to(&mut theirs);
    assert_eq!(
        ours.comments[1].id, theirs.comments[1].id,
        "the ids collide"
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let m = &merged.map;
    let t = m.thread(thread).expect("the thread is kept");
    let mut replies: Vec<(&str, &str)> = t
        .replies
        .iter()
        .map(|c| (c.author.as_str(), c.text.as_str()))
        .collect();
    replies.sort();
    assert_eq!(
        replies,
        [
            ("Anna", "Seen in 12 reviews"),
            ("Jānis", "Confirmed at the desk")
        ]
    );
    assert!(t.resolved(), "their resolve is merged in");
    assert_ne!(t.replies[0].id, t.replies[1].id);
    assert!(m.validate().is_empty(), "{:?}", m.validate());
    // The diff names the new comment.
    let changes = journeymap::merge::diff::as_text(&diff(&base, &ours));
    assert!(changes.contains("comment"), "{changes}");
    assert!(changes.contains("Seen in 12 reviews"), "{changes}");
}
