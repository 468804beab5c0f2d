//! Undo and redo, one step per gesture.

use super::Command;
use crate::model::JourneyMap;

/// One undo step: the inverses of its commands, in the order they were applied.
#[derive(Clone, Debug)]
struct Step {
    label: String,
    inverses: Vec<Command>,
    /// Which state of the map the step leads to (its serial number), so the
    /// saved state can be recognised after undo and redo.
    serial: u64,
}

/// Undo/redo stacks and the open transaction of a gesture in progress.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open: Option<Step>,
    /// Serial of the last step made.
    serial: u64,
    /// The state before the oldest step kept (0 until steps are dropped).
    base: u64,
    /// The state that was last saved: the serial of the undo step on top
    /// then (0: no step); `None` when that state can no longer be reached.
    saved: Option<u64>,
}

/// How many steps are kept.
const MAX_STEPS: usize = 500;

impl History {
    /// Start a gesture (a drag, a text edit): everything applied until
    /// [`Self::commit`] is one undo step.
    pub fn begin(&mut self, label: impl Into<String>) {
        if self.open.is_none() {
            self.open = Some(Step {
                label: label.into(),
                inverses: Vec::new(),
                serial: 0,
            });
        }
    }

    /// Rename picture paths in every step as `changes` say (a save moved
    /// the pictures; see `edit::pictures::relink_command`).
    pub fn relink(&mut self, changes: &[crate::model::PathChange]) {
        let steps = self
            .undo
            .iter_mut()
            .chain(&mut self.redo)
            .chain(&mut self.open);
        for step in steps {
            for command in &mut step.inverses {
                super::pictures::relink_command(command, changes);
            }
        }
    }

    /// Is a gesture open?
    pub fn in_gesture(&self) -> bool {
        self.open.is_some()
    }

    /// Apply `command`; outside a gesture it is a step of its own.
    /// Returns whether the map changed.
    pub fn apply(&mut self, map: &mut JourneyMap, command: Command, label: &str) -> bool {
        let Some(inverse) = command.apply(map) else {
            return false;
        };
        match &mut self.open {
            Some(step) => step.inverses.push(inverse),
            None => self.push(Step {
                label: label.to_string(),
                inverses: vec![inverse],
                serial: 0,
            }),
        }
        true
    }

    /// End the gesture; an empty one leaves no step.
    pub fn commit(&mut self) {
        if let Some(step) = self.open.take()
            && !step.inverses.is_empty()
        {
            self.push(step);
        }
    }

    /// Cancel the gesture (Esc): undo what it did, leave no step.
    pub fn abort(&mut self, map: &mut JourneyMap) {
        if let Some(step) = self.open.take() {
            for inverse in step.inverses.into_iter().rev() {
                inverse.apply(map);
            }
        }
    }

    fn push(&mut self, mut step: Step) {
        self.serial += 1;
        step.serial = self.serial;
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            let dropped = self.undo.remove(0);
            self.base = dropped.serial;
        }
        // Serials are never reused, so a saved state among the dropped redo
        // steps simply never comes back.
        self.redo.clear();
    }

    /// The serial of the state the map is in (0 before any step).
    fn current(&self) -> u64 {
        self.undo.last().map_or(self.base, |s| s.serial)
    }

    /// Remember the map's present state as the saved one.
    pub fn mark_saved(&mut self) {
        self.commit();
        self.saved = Some(self.current());
    }

    /// Is the map in the state it was last saved in (or opened, when it
    /// was never saved since)? Undoing back to that state counts.
    pub fn at_saved(&self) -> bool {
        let gesture_changed = self.open.as_ref().is_some_and(|s| !s.inverses.is_empty());
        !gesture_changed && self.saved == Some(self.current())
    }

    /// Undo the last step; returns its label.
    pub fn undo(&mut self, map: &mut JourneyMap) -> Option<String> {
        self.commit();
        let step = self.undo.pop()?;
        let redo = Self::run(map, step);
        let label = redo.label.clone();
        self.redo.push(redo);
        Some(label)
    }

    /// Redo the last undone step; returns its label.
    pub fn redo(&mut self, map: &mut JourneyMap) -> Option<String> {
        self.commit();
        let step = self.redo.pop()?;
        let undo = Self::run(map, step);
        let label = undo.label.clone();
        self.undo.push(undo);
        Some(label)
    }

    /// Apply a step's commands in reverse; returns the step that reverts it
    /// (same serial: the state after the step is the same state).
    fn run(map: &mut JourneyMap, step: Step) -> Step {
        let inverses = step
            .inverses
            .into_iter()
            .rev()
            .filter_map(|c| c.apply(map))
            .collect();
        Step {
            label: step.label,
            inverses,
            serial: step.serial,
        }
    }

    /// Label of the step Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// Label of the step Redo would re-apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Forget everything (a different map was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }

    /// A history whose present state is the saved one (a map just opened).
    pub fn saved_now() -> Self {
        History {
            saved: Some(0),
            ..History::default()
        }
    }
}
