//! `vagvisaren`: serves the site and the contacts directory.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use clap::Parser;

/// Vägvisaren's server: one self-contained binary.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    /// A contacts folder that replaces the built-in directory.
    #[arg(long, value_name = "DIR")]
    contacts: Option<PathBuf>,
    /// Send Strict-Transport-Security (for deployments behind TLS).
    #[arg(long)]
    hsts: bool,
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let directory = match &cli.contacts {
        Some(dir) => server::contacts::load_dir(dir),
        None => server::contacts::load_builtin(),
    };
    let directory = directory.unwrap_or_else(|error| {
        eprintln!("vagvisaren: cannot start: {error}");
        std::process::exit(2);
    });
    let app = server::app(&directory, server::Options { hsts: cli.hsts });
    let listener = tokio::net::TcpListener::bind(cli.addr)
        .await
        .unwrap_or_else(|error| {
            eprintln!("vagvisaren: cannot listen on {}: {error}", cli.addr);
            std::process::exit(2);
        });
    let local_addr = listener.local_addr().unwrap_or(cli.addr);
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
    if let Err(error) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
    {
        eprintln!("vagvisaren: server error: {error}");
    }
    eprintln!(
        "vagvisaren: stopped after {} requests",
        server::REQUESTS.load(Ordering::Relaxed)
    );
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
