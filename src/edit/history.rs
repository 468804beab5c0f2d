//! Undo and redo, one step per gesture.

use super::Command;
use crate::model::JourneyMap;

/// One undo step: the inverses of its commands, in the order they were applied.
#[derive(Clone, Debug)]
struct Step {
    label: String,
    inverses: Vec<Command>,
}

/// Undo/redo stacks and the open transaction of a gesture in progress.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open: Option<Step>,
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
            });
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

    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
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

    /// Apply a step's commands in reverse; returns the step that reverts it.
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
}
