//! `roundup`: turn many news articles about one story into one short, cited summary.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Summarize(args) => commands::summarize::run(args),
        cli::Command::Compare(args) => commands::compare::run(args),
        cli::Command::Extract(args) => commands::extract::run(args),
        cli::Command::Eval(args) => commands::eval::run(args),
        cli::Command::Train(args) => commands::train::run(args),
        cli::Command::Stories(args) => commands::stories::run(args),
        cli::Command::Serve(args) => commands::serve::run(args),
        cli::Command::Import(args) => commands::import::run(args),
    };
    match result {
        Ok(code) => code,
        // the reader closed the pipe (`roundup summarize … | head`): it has what it wanted
        Err(err) if closed_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            commands::note(format_args!("roundup: error: {err:#}"));
            ExitCode::FAILURE
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has gone.
fn closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
