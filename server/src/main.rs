//! `vagvisaren`: serves the site and the contacts directory, or exports them as static
//! files.

use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use clap::{Args, Parser, Subcommand};
use domain::contacts::Directory;

/// Vägvisaren's server: one self-contained binary. Without a command it serves.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve(ServeArgs),
    /// Write the site, the contacts directory and the host's header rules (nginx.conf,
    /// HEADERS.txt) into DIR, for any static web host.
    Export(ExportArgs),
    /// Report on the contacts directory: counts, and entries not verified for a year.
    ContactsReport(SiteArgs),
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    /// Worker threads, each serving its own share of the connections [default: one per
    /// core].
    #[arg(long, value_name = "N")]
    workers: Option<NonZeroUsize>,
    #[command(flatten)]
    site: SiteArgs,
}

#[derive(Args)]
struct ExportArgs {
    /// A new or empty folder to write into.
    dir: PathBuf,
    #[command(flatten)]
    site: SiteArgs,
}

/// What the site is made of, served or exported.
#[derive(Args)]
struct SiteArgs {
    /// A contacts folder that replaces the built-in directory.
    #[arg(long, value_name = "DIR")]
    contacts: Option<PathBuf>,
    /// Send Strict-Transport-Security (for deployments behind TLS).
    #[arg(long)]
    hsts: bool,
}

impl SiteArgs {
    /// The validated contacts directory; a broken one stops the program (exit code 2).
    fn directory(&self) -> Directory {
        let directory = match &self.contacts {
            Some(dir) => server::contacts::load_dir(dir),
            None => server::contacts::load_builtin(),
        };
        directory.unwrap_or_else(|error| {
            eprintln!("vagvisaren: cannot start: {error}");
            std::process::exit(2);
        })
    }

    fn options(&self) -> server::Options {
        server::Options { hsts: self.hsts }
    }
}

/// The main thread only waits for signals (and writes an export); requests are served
/// by the worker threads, each with its own runtime.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cli = Cli::parse();
    match cli.command {
        None => serve(cli.serve).await,
        Some(Command::Serve(args)) => serve(args).await,
        Some(Command::Export(args)) => export(args).await,
        Some(Command::ContactsReport(args)) => {
            print!(
                "{}",
                server::contacts::report(&args.directory(), server::today())
            );
        }
    }
}

async fn serve(args: ServeArgs) {
    let directory = args.site.directory();
    let app = server::app(&directory, args.site.options());
    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN));
    let listeners = server::serve::bind(args.addr, workers).unwrap_or_else(|error| {
        eprintln!("vagvisaren: cannot listen on {}: {error}", args.addr);
        std::process::exit(2);
    });
    let local_addr = listeners
        .first()
        .and_then(|listener| listener.local_addr().ok())
        .unwrap_or(args.addr);
    let with_local = directory
        .municipalities
        .iter()
        .filter(|m| !m.contacts.is_empty())
        .count();
    eprintln!(
        "vagvisaren: listening on http://{} ({} {}; {} national lines, {} municipalities, {} with local contacts)",
        local_addr,
        listeners.len(),
        if listeners.len() == 1 {
            "worker"
        } else {
            "workers"
        },
        directory.national.len(),
        directory.municipalities.len(),
        with_local
    );
    let limits = server::serve::Limits::default();
    match server::serve::serve_workers(listeners, app, shutdown(), limits).await {
        Ok(workers) => {
            let served: server::serve::Served = workers.into_iter().sum();
            eprintln!(
                "vagvisaren: stopped after {} requests ({} connections, {} ended by a client error or timeout, {} cut at shutdown)",
                server::REQUESTS.load(Ordering::Relaxed),
                served.connections,
                served.connection_errors,
                served.dropped_at_shutdown
            )
        }
        Err(error) => {
            eprintln!("vagvisaren: server error: {error}");
            eprintln!(
                "vagvisaren: stopped after {} requests",
                server::REQUESTS.load(Ordering::Relaxed)
            );
            std::process::exit(1);
        }
    }
}

async fn export(args: ExportArgs) {
    let directory = args.site.directory();
    match server::export::export(&args.dir, &directory, &args.site.options()).await {
        Ok(exported) => eprintln!(
            "vagvisaren: exported {} files ({} bytes) to {}: serve {}/ with the headers in {} or {}",
            exported.files,
            exported.bytes,
            args.dir.display(),
            args.dir.join(server::export::PUBLIC).display(),
            server::export::NGINX_CONF,
            server::export::HEADERS_TXT
        ),
        Err(error) => {
            eprintln!("vagvisaren: cannot export: {error}");
            std::process::exit(1);
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
