//! Writing to the terminal: results on stdout (a closed pipe ends quietly,
//! a full disk is one line and exit 1), messages on stderr with control
//! characters of user text escaped.

use super::*;

/// The exit code of a command's result, its message printed.
pub(super) fn finish(result: CmdResult) -> ExitCode {
    match result {
        // A closed pipe (`| head -1`) ends the output, as coreutils do.
        Ok(()) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::Message(message)) => {
            warn(&message);
            ExitCode::from(1)
        }
    }
}

/// Why a command stopped early.
#[derive(Debug)]
pub(super) enum Failure {
    /// Bad input or an I/O error: a message for stderr, exit 1.
    Message(String),
    /// Whoever read stdout has gone (a closed pipe, `| head -1`): stop
    /// quietly with exit 0, as coreutils do.
    ClosedPipe,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

pub(super) type CmdResult = Result<(), Failure>;

/// Write to stdout and flush at once, so that a write error is seen here and
/// not lost (or turned into a panic) later: a closed pipe stops the command
/// quietly, any other error (`> /dev/full`) is one line on stderr and exit 1.
pub(super) fn out(args: std::fmt::Arguments<'_>) -> CmdResult {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_fmt(args)
        .and_then(|()| stdout.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Failure::ClosedPipe,
            _ => stdout_error(&e),
        })
}

pub(super) fn stdout_error(e: &std::io::Error) -> Failure {
    Failure::Message(format!("journeymap: cannot write to standard output: {e}"))
}

/// One message line on stdout, as `println!`: control characters in it
/// (which quotes user text: titles, names, paths) are escaped.
macro_rules! outln {
    ($($arg:tt)*) => {
        out(format_args!("{}\n", escape_controls(&format!($($arg)*))))
    };
}

/// `text` with control characters shown as Rust escapes (`\u{1b}`, `\n`,
/// `\r`, `\t`), so that text from a stranger's file cannot move the cursor,
/// recolour, retitle the terminal or fake a line of output. Bidirectional
/// overrides (which reorder what is shown) are escaped too.
pub(super) fn escape_controls(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            escaped.extend(c.escape_debug());
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// [`warn`] with `format!` arguments, as `eprintln!`.
macro_rules! warnln {
    ($($arg:tt)*) => {
        warn(&format!($($arg)*))
    };
}

/// One line on stderr. A stderr that cannot be written to has nowhere to
/// report that, so the error is ignored (never a panic).
/// Control characters in it are escaped, as on stdout.
pub(super) fn warn(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_controls(message));
}
