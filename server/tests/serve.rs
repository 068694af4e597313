//! The serve loop under abuse, over real TCP on 127.0.0.1: clients that stall, oversized
//! and malformed requests (hyper refuses them with 431 or 400), more connections than
//! allowed, and a graceful shutdown that lets an in-flight request finish. After each
//! abuse the server still answers.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::get;
use server::serve::{Limits, Served, serve};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A server running in this process.
struct Running {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<Served>>,
}

impl Running {
    /// Signals shutdown and waits for `serve` to return.
    async fn shut_down(self) -> Served {
        self.stop.send(()).ok();
        self.task.await.unwrap().unwrap()
    }
}

async fn start(router: Router, limits: Limits) -> Running {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let shutdown = async {
        stopped.await.ok();
    };
    let task = tokio::spawn(serve(listener, router, shutdown, limits));
    Running { addr, stop, task }
}

fn site() -> Router {
    let directory = server::contacts::load_builtin().unwrap().directory;
    server::app(&directory, server::Options::default())
}

/// Limits with short timeouts, so that tests do not wait long.
fn quick() -> Limits {
    Limits {
        header_read_timeout: Duration::from_millis(400),
        drain_timeout: Duration::from_secs(2),
        ..Limits::default()
    }
}

/// Sends `raw` on a new connection and reads until the server closes it (at most 5 s).
async fn exchange(addr: SocketAddr, raw: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(raw).await.unwrap();
    read_to_close(&mut stream).await
}

/// Everything the server sends until it closes the connection; panics after 5 s.
async fn read_to_close(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), async {
        let mut buf = [0; 8192];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    });
    read.await.expect("the server closes the connection");
    String::from_utf8_lossy(&received).into_owned()
}

/// A normal request still gets its answer.
async fn assert_serves(addr: SocketAddr) {
    let response = exchange(
        addr,
        b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
    assert!(response.ends_with("ok"), "{response}");
}

fn status(response: &str) -> &str {
    response.get(9..12).unwrap_or("")
}

#[tokio::test]
async fn a_client_that_stalls_mid_request_is_disconnected() {
    let running = start(site(), quick()).await;
    for partial in [&b"GET / HT"[..], b"", b"GET / HTTP/1.1\r\nHost: x\r\n"] {
        let started = Instant::now();
        let mut stream = TcpStream::connect(running.addr).await.unwrap();
        stream.write_all(partial).await.unwrap();
        let response = read_to_close(&mut stream).await;
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_millis(300) && waited < Duration::from_secs(2),
            "{partial:?} closed after {waited:?}"
        );
        assert!(response.is_empty(), "{response}");
    }
    assert_serves(running.addr).await;
    running.shut_down().await;
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let running = start(site(), quick()).await;
    let mut stream = TcpStream::connect(running.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let response = read_to_close(&mut stream).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(started.elapsed() < Duration::from_secs(2));
    running.shut_down().await;
}

#[tokio::test]
async fn oversized_headers_are_refused() {
    let running = start(site(), quick()).await;
    let big = "a".repeat(20 * 1024);
    let many: String = (0..100).map(|i| format!("x-{i}: 1\r\n")).collect();
    for headers in [format!("x-big: {big}\r\n"), many] {
        let request = format!("GET / HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n");
        let response = exchange(running.addr, request.as_bytes()).await;
        assert_eq!(status(&response), "431", "{response}");
        assert_serves(running.addr).await;
    }
    running.shut_down().await;
}

#[tokio::test]
async fn a_very_long_path_is_refused_or_harmless() {
    let running = start(site(), quick()).await;
    // Within the limit: an app path like any other, so the shell.
    let long = format!("{}/page", "/a/..".repeat(1500));
    let request = format!("GET {long} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let response = exchange(running.addr, request.as_bytes()).await;
    assert_eq!(status(&response), "200", "{}", &response[..100]);
    assert!(response.contains("id=\"quick-exit\""));
    // Beyond the limit: refused.
    let longer = "/..".repeat(10_000);
    let request = format!("GET {longer} HTTP/1.1\r\nHost: localhost\r\n\r\n");
    let response = exchange(running.addr, request.as_bytes()).await;
    assert!(["414", "431"].contains(&status(&response)), "{response}");
    assert_serves(running.addr).await;
    running.shut_down().await;
}

#[tokio::test]
async fn malformed_requests_get_400_or_are_closed() {
    let running = start(site(), quick()).await;
    for raw in [
        &b"BLAH\r\n\r\n"[..],
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
        b"GET / HTTP/1.1\r\nHost x\r\n\r\n",
        b"GET / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
    ] {
        let response = exchange(running.addr, raw).await;
        assert!(
            ["400", "505"].contains(&status(&response)),
            "{raw:?}: {response}"
        );
        assert_serves(running.addr).await;
    }
    running.shut_down().await;
}

#[tokio::test]
async fn request_bodies_are_refused_over_the_wire() {
    let running = start(site(), quick()).await;
    for raw in [
        &b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"[..],
        b"POST /api/contacts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    ] {
        let response = exchange(running.addr, raw).await;
        assert!(["405", "413"].contains(&status(&response)), "{response}");
    }
    assert_serves(running.addr).await;
    running.shut_down().await;
}

#[tokio::test]
async fn connections_beyond_the_limit_wait_and_are_then_served() {
    let limits = Limits {
        max_connections: 4,
        ..quick()
    };
    let running = start(site(), limits).await;
    // Four clients take every slot and send nothing (slowloris).
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(running.addr).await.unwrap());
    }
    // A fifth waits for a slot: the header deadline frees the slots, so it is served.
    let started = Instant::now();
    tokio::time::timeout(Duration::from_secs(3), assert_serves(running.addr))
        .await
        .expect("served once the idle connections time out");
    assert!(started.elapsed() < Duration::from_secs(3));
    // Many more at once are all served, four at a time.
    let clients: Vec<_> = (0..20)
        .map(|_| tokio::spawn(assert_serves(running.addr)))
        .collect();
    for client in clients {
        client.await.unwrap();
    }
    let served = running.shut_down().await;
    assert!(served.connections >= 25, "{served:?}");
    drop(held);
}

#[tokio::test]
async fn shutdown_lets_an_in_flight_request_finish() {
    let slow = Router::new().route(
        "/slow",
        get(|| async {
            tokio::time::sleep(Duration::from_millis(500)).await;
            "done"
        }),
    );
    let running = start(slow, quick()).await;
    let addr = running.addr;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let stopping = tokio::spawn(running.shut_down());
    let response = read_to_close(&mut stream).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.ends_with("done"), "{response}");
    let served = stopping.await.unwrap();
    assert_eq!(served.dropped_at_shutdown, 0, "{served:?}");
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "no longer accepting"
    );
}

#[tokio::test]
async fn the_drain_after_shutdown_is_bounded() {
    let limits = Limits {
        header_read_timeout: Duration::from_secs(30),
        drain_timeout: Duration::from_millis(300),
        ..Limits::default()
    };
    let running = start(site(), limits).await;
    let mut stalled = TcpStream::connect(running.addr).await.unwrap();
    stalled.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let served = running.shut_down().await;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(served.dropped_at_shutdown, 1, "{served:?}");
}

/// Reads one response with a `Content-Length` from `stream`, a little at a time:
/// its head and its body.
async fn read_response_slowly(stream: &mut TcpStream) -> (String, Vec<u8>) {
    let mut received = Vec::new();
    let mut buf = [0; 4096];
    let head_end = loop {
        if let Some(at) = received.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed before the end of the head");
        received.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&received[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_owned)
        })
        .expect("a content-length")
        .trim()
        .parse()
        .unwrap();
    let mut body = received.split_off(head_end);
    while body.len() < length {
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed before the end of the body");
        body.extend_from_slice(&buf[..n]);
        // A client on a slow line: the server's writes end part-way through the body.
        tokio::time::sleep(Duration::from_micros(200)).await;
    }
    assert_eq!(body.len(), length, "nothing after the body");
    (head, body)
}

/// The large bodies arrive whole and exact in every encoding, after their heads, to a
/// client that reads slowly, and the connection goes on to serve the next request.
#[tokio::test]
async fn large_bodies_arrive_whole_to_a_slow_reader_on_one_connection() {
    let running = start(site(), quick()).await;
    let wasm = server::assets::Site::iter()
        .find(|name| name.ends_with(".wasm"))
        .expect("the site has its wasm");
    let file = |name: &str| server::assets::Site::get(name).unwrap().data.into_owned();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(running.addr).await.unwrap();
    for (coding, suffix) in [("br", ".br"), ("gzip", ".gz"), ("identity", "")] {
        let request =
            format!("GET /{wasm} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: {coding}\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let (head, body) = read_response_slowly(&mut stream).await;
        assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
        let expected = file(&format!("{wasm}{suffix}"));
        assert!(body == expected, "{coding}: {} bytes differ", body.len());
    }
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let (head, body) = read_response_slowly(&mut stream).await;
    assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
    assert_eq!(body, b"ok");
    running.shut_down().await;
}
