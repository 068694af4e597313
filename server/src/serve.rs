//! The accept loop: HTTP/1.1 on hyper with limits that make abuse cheap to shrug off —
//! a deadline for request headers (which also closes idle keep-alive connections), a
//! bounded header buffer, a stall deadline for writes to clients that stop reading, a
//! bounded number of connections, and a graceful shutdown with a bounded drain.
//!
//! One loop on Tokio's multi-threaded runtime serves every connection; bodies are
//! ordinary `Bytes` from memory. For a whole country, the static export behind a CDN or
//! nginx is the way to scale out (README, "Static export").
//!
//! Nothing here logs a peer address: accept errors are reported without one, and
//! connection errors (malformed requests, timeouts, resets) are only counted.

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_io_timeout::TimeoutStream;

/// The limits one server process works within.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections served at once; further connections wait in the listen queue until
    /// one closes. Requests are bounded by it too (HTTP/1.1: one at a time per
    /// connection). The default, 1000, stays under the common open-file limit of 1024.
    pub max_connections: u32,
    /// Time a client has to send a request's headers, counted from the connection's
    /// start or the end of its previous response (so it is also the keep-alive idle time).
    pub header_read_timeout: Duration,
    /// Time a write may make no progress (a client that stops reading) before the
    /// connection is dropped.
    pub write_stall_timeout: Duration,
    /// The largest request head (request line and headers) in bytes; a larger one is
    /// answered 431 and the connection closed. hyper needs at least 8192.
    pub max_header_bytes: usize,
    /// The most header fields in one request (431 beyond).
    pub max_headers: usize,
    /// After a shutdown signal, how long in-flight requests may take to finish.
    pub drain_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_connections: 1000,
            header_read_timeout: Duration::from_secs(10),
            write_stall_timeout: Duration::from_secs(20),
            max_header_bytes: 16 * 1024,
            max_headers: 64,
            drain_timeout: Duration::from_secs(10),
        }
    }
}

/// What a [`serve`] run did, as counts only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Served {
    /// Connections accepted.
    pub connections: u64,
    /// Connections that ended in an error: a malformed or oversized request, a header
    /// or write timeout, a reset by the client.
    pub connection_errors: u64,
    /// Connections still open when the drain time ran out (dropped).
    pub dropped_at_shutdown: usize,
}

/// Serves `router` on `listener` until `shutdown` resolves, then stops accepting, lets
/// in-flight requests finish for at most [`Limits::drain_timeout`] and returns.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()>,
    limits: Limits,
) -> io::Result<Served> {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_buf_size(limits.max_header_bytes)
        .max_headers(limits.max_headers)
        .keep_alive(true);
    let service = TowerToHyperService::new(router);
    let permits = Arc::new(Semaphore::new(limits.max_connections as usize));
    let graceful = GracefulShutdown::new();
    let errors = Arc::new(AtomicU64::new(0));
    let mut served = Served::default();
    let mut shutdown = std::pin::pin!(shutdown);

    loop {
        let permit = tokio::select! {
            () = &mut shutdown => break,
            permit = permits.clone().acquire_owned() => {
                permit.map_err(|_| io::Error::other("connection limit closed"))?
            }
        };
        let stream = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
        };
        served.connections += 1;
        // Small responses go out at once rather than waiting on Nagle's algorithm.
        stream.set_nodelay(true).ok();
        let mut stream = TimeoutStream::new(stream);
        stream.set_write_timeout(Some(limits.write_stall_timeout));
        let connection = http.serve_connection(TokioIo::new(Box::pin(stream)), service.clone());
        let connection = graceful.watch(connection);
        let errors = errors.clone();
        tokio::spawn(async move {
            if connection.await.is_err() {
                errors.fetch_add(1, Ordering::Relaxed);
            }
            drop(permit);
        });
    }

    drop(listener);
    // Every connection is told to finish its request and close; the drain is over when
    // every connection task has given its permit back.
    let drained = async {
        graceful.shutdown().await;
        permits.acquire_many(limits.max_connections).await.ok();
    };
    if tokio::time::timeout(limits.drain_timeout, drained)
        .await
        .is_err()
    {
        served.dropped_at_shutdown = limits.max_connections as usize - permits.available_permits();
    }
    served.connection_errors = errors.load(Ordering::Relaxed);
    Ok(served)
}

/// After a failed `accept`: a client that gave up is no problem; anything else (such as
/// running out of file descriptors) is reported, without any address, and the loop
/// pauses so that it does not spin.
async fn accept_failed(error: io::Error) {
    use io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    eprintln!("vagvisaren: accept failed: {error}");
    tokio::time::sleep(Duration::from_millis(100)).await;
}
