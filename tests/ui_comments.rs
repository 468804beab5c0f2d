//! Comments driven through the UI: a thread started on a card from the
//! keyboard, answered, resolved and undone step by step; the badge on the
//! card and the Comments panel listing it; a badge that opens the panel.

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use journeymap::io::template_by_name;
use journeymap::model::{CommentOn, JourneyMap, Lang};
use journeymap::ui::{JourneyApp, setup_context};

fn dealer() -> JourneyMap {
    template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap()
}

fn app_with(map: JourneyMap) -> Harness<'static, JourneyApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    h.state_mut().footer_date = Some("2026-01-01".into());
    h.state_mut().prefs.language = Some(Lang::En);
    h.state_mut().prefs.comment_author = "Anna".into();
    h.state_mut().open_map(map);
    h.run();
    h
}

fn map(h: &Harness<'static, JourneyApp>) -> JourneyMap {
    h.state().doc().unwrap().map.clone()
}

/// Click the text field whose placeholder is `hint` (or whose label starts
/// with it) and type `text`.
fn type_into(h: &mut Harness<'static, JourneyApp>, hint: &str, text: &str) {
    let fields = [
        egui::accesskit::Role::TextInput,
        egui::accesskit::Role::MultilineTextInput,
    ];
    let field = fields
        .into_iter()
        .flat_map(|role| h.query_all(by().role(role)))
        .find(|n| {
            let node = n.accesskit_node();
            node.placeholder() == Some(hint) || node.label().is_some_and(|l| l.starts_with(hint))
        })
        .unwrap_or_else(|| panic!("a field with the hint {hint:?}"));
    field.click();
    h.run();
    h.event(Event::Text(text.into()));
    h.run();
}

#[test]
fn a_thread_on_a_card_is_started_answered_resolved_and_undone_step_by_step() {
    let original = dealer();
    let card = original.lanes[0].cards[0].clone();
    let mut h = app_with(original.clone());
    h.get_by_label(&card.text).click();
    h.run();
    // Ctrl+Alt+M: the panel opens with the cursor in the new comment.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    h.run_steps(5);
    assert!(
        h.query_by_label_contains("New comment on card").is_some(),
        "the panel says what the comment is about"
    );
    h.event(Event::Text("Why do customers come twice?".into()));
    h.run();
    h.get_by_label("Comment").click();
    h.run_steps(5);
    let m = map(&h);
    assert_eq!(m.comments.len(), 1);
    let first = &m.comments[0];
    assert_eq!(first.on, CommentOn::Card(card.id));
    assert_eq!(
        (first.author.as_str(), first.text.as_str()),
        ("Anna", "Why do customers come twice?")
    );
    assert!(
        first.time.ends_with('Z') && first.time.len() == 17,
        "{}",
        first.time
    );
    assert!(h.query_by_label("1 comment").is_some(), "the card's badge");
    assert!(h.query_by_label_contains("1 open thread").is_some());
    assert!(h.query_by_label("Why do customers come twice?").is_some());

    // A colleague answers in the same thread.
    h.state_mut().prefs.comment_author = "Jānis".into();
    type_into(&mut h, "Reply…", "The car was not ready");
    h.get_by_label("Reply").click();
    h.run_steps(5);
    let m = map(&h);
    let thread = m.thread(m.comments[0].id).unwrap();
    assert_eq!(thread.replies.len(), 1);
    assert_eq!(thread.replies[0].text, "The car was not ready");
    assert!(
        h.query_by_label("2 comments").is_some(),
        "the badge counts both"
    );

    // Clicking the thread's item in the panel selects it on the map.
    h.key_press(Key::Escape);
    h.run();
    let link = format!("card \"{}\"", card.text.lines().next().unwrap());
    h.get_by_label_contains(&link[..20]).click();
    h.run_steps(3);
    assert_eq!(
        format!("{:?}", h.state().selection()),
        format!("Cards([{:?}])", card.id)
    );

    // Resolved: the badge goes, the thread leaves the open list.
    h.get_by_label("Resolve").click();
    h.run_steps(5);
    assert!(map(&h).threads()[0].resolved());
    assert!(
        h.query_by_label("2 comments").is_none(),
        "no badge when resolved"
    );
    assert!(h.query_by_label_contains("0 open threads").is_some());
    assert!(h.query_by_label_contains("Show resolved (1)").is_some());

    // Each step undone on its own, back to the map as it was.
    h.key_press(Key::Escape);
    h.run();
    for comments in [2, 1, 0] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(3);
        let m = map(&h);
        assert_eq!(m.comments.len(), comments);
        assert!(m.comments.iter().all(|c| !c.resolved));
    }
    assert_eq!(map(&h), original);
}

#[test]
fn a_badge_opens_the_panel_at_its_thread_and_the_map_can_be_commented() {
    let mut m = dealer();
    let stage = m.stages[2].clone();
    journeymap::edit::add_comment(&m, CommentOn::Stage(stage.id), "Olga", "Rename this stage?")
        .apply_to(&mut m);
    let mut h = app_with(m);
    assert!(
        h.query_by_label("Rename this stage?").is_none(),
        "the panel starts closed"
    );
    h.get_by_label("1 comment").click();
    h.run_steps(5);
    assert_eq!(
        format!("{:?}", h.state().selection()),
        format!("Stage({:?})", stage.id)
    );
    assert!(
        h.query_by_label("Rename this stage?").is_some(),
        "the panel shows it"
    );
    assert!(h.query_by_label_contains("Olga").is_some());
    // Nothing selected: the comment is about the whole map.
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label_contains("New comment on the map")
            .is_some()
    );
    type_into(&mut h, "New comment on", "Send to the client on Friday");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run_steps(5);
    let m = map(&h);
    assert_eq!(m.comments.len(), 2);
    assert_eq!(m.comments[1].on, CommentOn::Map);
    assert_eq!(m.comments[1].author, "Anna");
    assert_eq!(
        h.query_all_by_label("1 comment").count(),
        2,
        "the stage's badge and one by the title"
    );
}
