//! journeymap: an offline designer for customer journey maps and service
//! blueprints. The library holds everything; `main.rs` only hands the command
//! line to [`cli::main`].
//!
//! Data flows one way: [`model`] (the document) → [`layout`] (geometry, text
//! shaped once) → [`render`] (a display list) → the canvas (`ui`) or
//! [`export`] (SVG, PNG). Files go through [`io`].

pub mod allocator;
pub mod cli;
pub mod date;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod fuzz_support;
pub mod i18n;
pub mod interop;
pub mod io;
pub mod layout;
pub mod merge;
pub mod model;
#[cfg(feature = "gui")]
pub mod perf;
#[cfg(feature = "gui")]
pub mod perf_app;
pub mod render;
pub mod reviews;
pub mod sample;
pub mod style;
#[cfg(feature = "gui")]
pub mod ui;
