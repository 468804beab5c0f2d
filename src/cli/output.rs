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
        if c.is_control() || is_bidi_control(c) {
            escaped.extend(c.escape_debug());
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// Text of many lines on stdout (a diff, a report, a listing): the one way
/// every command prints user text, each line's control characters escaped
/// as [`outln!`] does, the line breaks kept. A map's ESC and BEL cannot
/// retitle or recolour the terminal of whoever runs `diff`.
pub(super) fn out_text(text: &str) -> CmdResult {
    let escaped: Vec<String> = text.split('\n').map(escape_controls).collect();
    out(format_args!("{}", escaped.join("\n")))
}

/// JSON on stdout: serde_json escapes C0 controls inside strings but not
/// DEL, C1 controls or bidirectional overrides; those become `\uXXXX`
/// escapes, which read back as the same text. The line breaks and spaces
/// of pretty printing lie outside strings and are kept.
pub(super) fn out_json(json: &str) -> CmdResult {
    let mut escaped = String::with_capacity(json.len());
    for c in json.chars() {
        if c != '\n' && (c.is_control() || is_bidi_control(c)) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                escaped += &format!("\\u{unit:04x}");
            }
        } else {
            escaped.push(c);
        }
    }
    out(format_args!("{escaped}"))
}

/// Marks that reorder what a terminal shows (bidirectional overrides).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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
