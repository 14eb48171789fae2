//! `seuil`: opens the desk, or runs one command (see `seuil --help`).

fn main() -> std::process::ExitCode {
    seuil::desk::terminal::mark_process_start();
    seuil::cli::main_with(std::env::args_os().collect())
}
