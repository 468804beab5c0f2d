//! The `journeymap` binary: parses the command line and runs the GUI or a
//! headless command. All logic lives in the library.

fn main() -> std::process::ExitCode {
    journeymap::allocator::tune();
    journeymap::cli::main()
}
