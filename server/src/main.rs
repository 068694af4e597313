//! `vagvisaren`: serves the site and the contacts directory, or exports them as static
//! files.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use clap::{Args, Parser, Subcommand, ValueEnum};
use domain::contacts::files::Catalogue;

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
    /// Report on the contacts directory: counts and entries that need a look, or one
    /// municipality's entries as a checklist to send to it.
    ContactsReport(ReportArgs),
    /// Fetch every contact's source page and report pages not reachable, numbers no
    /// longer on the page, and pages changed since they were read (needs the internet).
    ContactsCheck(ContactsArgs),
}

/// Which contacts folder to read.
#[derive(Args)]
struct ContactsArgs {
    /// A contacts folder instead of the built-in directory.
    #[arg(long, value_name = "DIR")]
    contacts: Option<PathBuf>,
}

#[derive(Args)]
struct ReportArgs {
    #[command(flatten)]
    source: ContactsArgs,
    /// One municipality's entries (its four-digit code), as a checklist.
    #[arg(long, value_name = "CODE")]
    municipality: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Markdown,
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
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
    #[command(flatten)]
    source: ContactsArgs,
    /// Send Strict-Transport-Security (for deployments behind TLS).
    #[arg(long)]
    hsts: bool,
}

impl ContactsArgs {
    /// The validated contacts catalogue; a broken one stops the program (exit code 2).
    fn catalogue(&self) -> Catalogue {
        let catalogue = match &self.contacts {
            Some(dir) => server::contacts::load_dir(dir),
            None => server::contacts::load_builtin(),
        };
        catalogue.unwrap_or_else(|error| {
            eprintln!("vagvisaren: cannot start: {error}");
            std::process::exit(2);
        })
    }
}

impl SiteArgs {
    fn options(&self) -> server::Options {
        server::Options { hsts: self.hsts }
    }
}

/// Tokio's multi-threaded runtime, one worker thread per core (`TOKIO_WORKER_THREADS`
/// sets another number).
#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    match cli.command {
        None => serve(cli.serve).await,
        Some(Command::Serve(args)) => serve(args).await,
        Some(Command::Export(args)) => export(args).await,
        Some(Command::ContactsReport(args)) => report(args),
        Some(Command::ContactsCheck(args)) => {
            let catalogue = args.catalogue();
            let results = tokio::task::spawn_blocking(move || {
                server::contacts_check::check(
                    &catalogue.directory,
                    server::contacts_check::fetcher(),
                )
            })
            .await
            .expect("the check runs to its end");
            print!("{}", server::contacts_check::render(&results));
        }
    }
}

fn report(args: ReportArgs) {
    let catalogue = args.source.catalogue();
    let today = server::today();
    match (args.municipality, args.format) {
        (Some(code), Format::Markdown) => {
            match server::contacts::municipality_checklist(&catalogue, &code, today) {
                Some(checklist) => print!("{checklist}"),
                None => {
                    eprintln!("vagvisaren: no municipality has the code {code:?}");
                    std::process::exit(2);
                }
            }
        }
        (Some(_), Format::Text) => {
            eprintln!("vagvisaren: a municipality's checklist is written with --format markdown");
            std::process::exit(2);
        }
        (None, _) => print!("{}", server::contacts::report(&catalogue, today)),
    }
}

async fn serve(args: ServeArgs) {
    let directory = args.site.source.catalogue().directory;
    let app = server::app(&directory, args.site.options());
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .unwrap_or_else(|error| {
            eprintln!("vagvisaren: cannot listen on {}: {error}", args.addr);
            std::process::exit(2);
        });
    let local_addr = listener.local_addr().unwrap_or(args.addr);
    let with_local = directory
        .municipalities
        .iter()
        .filter(|m| !m.contacts.is_empty())
        .count();
    eprintln!(
        "vagvisaren: listening on http://{} ({} national lines, {} municipalities, {} with local contacts)",
        local_addr,
        directory.national.len(),
        directory.municipalities.len(),
        with_local
    );
    let limits = server::serve::Limits::default();
    match server::serve::serve(listener, app, shutdown(), limits).await {
        Ok(served) => {
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
    let directory = args.site.source.catalogue().directory;
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
