//! The commands of the reviews inbox: showing it, showing what sorted
//! reviews say on the canvas, and adopting the curve they give.

use super::command::UiCommand;
use super::inbox::Inbox;
use super::selection::Selection;
use super::session::Session;
use crate::model::{JourneyMap, LaneContent, StageId};

/// The edit that makes a curve the review curve: on the selected emotion
/// lane (else the first), the selected persona's curve (else the lane's
/// first, made when the lane has none); `None` without rated, sorted reviews.
pub fn adopt_curve(map: &JourneyMap, selection: &Selection) -> Option<crate::edit::Edit> {
    let is_emotion = |l: &&crate::model::Lane| l.kind.content() == LaneContent::Emotion;
    let lane = match selection {
        Selection::Lane(id) => map.lane(*id).filter(is_emotion),
        _ => None,
    }
    .or_else(|| map.lanes.iter().find(is_emotion))?;
    let stats = crate::reviews::stage_reviews(map);
    let curve = crate::reviews::review_curve(map, &stats, lane.scale);
    if curve.is_empty() {
        return None;
    }
    let persona = match selection {
        Selection::Persona(p) => Some(*p),
        _ => None,
    };
    let series = persona
        .and_then(|p| lane.series.iter().position(|s| s.persona == Some(p)))
        .unwrap_or(0);
    let values: Vec<(StageId, f64)> = curve.iter().map(|p| (p.stage, p.value)).collect();
    let mut edit = crate::edit::adopt_review_curve(lane.id, series, &values);
    if lane.series.is_empty() {
        edit.commands.insert(
            0,
            crate::edit::Command::AddSeries {
                lane: lane.id,
                index: 0,
                series: Default::default(),
            },
        );
    }
    Some(edit)
}

/// Run the inbox's commands; `false` for any other command.
pub fn run(session: &mut Session, command: UiCommand) -> bool {
    match command {
        UiCommand::ToggleInbox => {
            session.inbox = match session.inbox.take() {
                Some(_) => None,
                None => Some(Inbox::default()),
            };
        }
        UiCommand::ToggleReviewStats => {
            session.canvas.review_stats = !session.canvas.review_stats;
        }
        UiCommand::AdoptReviewCurve => {
            if let Some(edit) = adopt_curve(&session.doc.map, &session.selection) {
                session.doc.apply_edit(edit);
                session.canvas.review_stats = true;
            }
        }
        _ => return false,
    }
    true
}
