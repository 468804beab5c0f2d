//! New ids that rarely collide across people: each process (an app window,
//! a CLI run) takes new ids from its own random point above a map's largest
//! id, and one person's new items stay together. Its own test binary: it
//! turns the process-wide spread on.

use std::path::Path;
use std::process::Command;

use journeymap::edit::add_card;
use journeymap::io::template_by_name;

#[test]
fn one_persons_new_items_stay_together_above_the_map() {
    journeymap::model::spread_new_ids();
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let before = map.next_id() - 1; // not necessarily the max: spread
    let max = map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter().map(|c| c.id.0))
        .max()
        .unwrap();
    let (lane, stage) = (map.lanes[0].id, map.stages[0].id);
    let (edit, first) = add_card(&map, lane, stage).unwrap();
    edit.apply_to(&mut map);
    let (edit, second) = add_card(&map, lane, stage).unwrap();
    edit.apply_to(&mut map);
    assert!(first.0 > max && before >= max, "above every id of the map");
    assert_eq!(second.0, first.0 + 1, "then the next ones, together");
    assert!(map.validate().is_empty());
}

fn run(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run journeymap")
}

#[test]
fn two_people_adding_to_copies_offline_take_different_ids_and_merge_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(&["new", "-o", "base.ron"], d).status.success());
    std::fs::write(
        d.join("a.csv"),
        "Review,Rating\nLong wait at the desk,2\nFriendly staff,5\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.csv"),
        "Review,Rating\nParking is tiny,3\nGreat coffee,5\n",
    )
    .unwrap();
    assert!(
        run(&["reviews", "add", "base.ron", "a.csv", "-o", "a.ron"], d)
            .status
            .success()
    );
    assert!(
        run(&["reviews", "add", "base.ron", "b.csv", "-o", "b.ron"], d)
            .status
            .success()
    );
    let ids = |f: &str| -> Vec<u64> {
        journeymap::io::load_file(&d.join(f))
            .unwrap()
            .map
            .reviews
            .iter()
            .map(|r| r.id.0)
            .collect()
    };
    let (a, b) = (ids("a.ron"), ids("b.ron"));
    assert!(
        a.iter().all(|id| !b.contains(id)),
        "{a:?} and {b:?} collide"
    );
    let out = run(&["merge", "base.ron", "a.ron", "b.ron", "-o", "m.ron"], d);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("is now"),
        "nothing needed renumbering"
    );
    assert_eq!(ids("m.ron").len(), 4);
}
