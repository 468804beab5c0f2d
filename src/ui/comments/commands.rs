//! The two comment commands: show or hide the panel, comment on the
//! selection.

use super::CommentsPanel;
use crate::ui::command::UiCommand;
use crate::ui::session::Session;

/// Run the comment commands; `false` for any other command.
pub fn run(session: &mut Session, command: UiCommand) -> bool {
    match command {
        UiCommand::ToggleComments => {
            session.comments = match session.comments.take() {
                Some(_) => None,
                None => Some(CommentsPanel::default()),
            };
        }
        UiCommand::AddComment => {
            let panel = session.comments.get_or_insert_with(Default::default);
            panel.focus_draft = true;
        }
        _ => return false,
    }
    true
}
