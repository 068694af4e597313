//! Large response bodies sent without copying them through the process, as nginx does
//! with `sendfile`: each body of at least [`MIN_BYTES`] is also written once into a file
//! without a name (one for the process), and a connection's writes of such a body become
//! `sendfile` calls from that file. The kernel then hands its pages to the socket instead
//! of copying the bytes from the server's memory on every response.
//!
//! The bodies are recognised by address: [`keep`] registers a body and keeps it alive for
//! the rest of the process, so no other buffer can ever occupy its addresses. Identical
//! bodies (same digest) share one registration, so building the router again (as tests
//! do) adds nothing. Other systems than Linux write every body as it is.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::Bytes;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// Bodies smaller than this are copied as usual: for the 13 KB contacts document the
/// extra system call cost more than the copy saved (0.80–0.86 of nginx's rate with
/// `sendfile`, 0.88–0.96 without, `scripts/bench`). The file then holds the wasm's
/// encodings (both modules) and the uncompressed text of the languages in non-Latin
/// scripts: about 2.3 MB, outside the process's resident memory.
pub const MIN_BYTES: usize = 64 * 1024;

/// `body`, registered for zero-copy sending if it is large enough; `digest` identifies
/// its content. Returns the registered body (an earlier one with the same digest, if any).
pub fn keep(body: Bytes, digest: &[u8]) -> Bytes {
    if body.len() < MIN_BYTES {
        return body;
    }
    platform::keep(body, digest)
}

/// A TCP connection whose writes of [`keep`]-registered bodies use `sendfile`.
#[derive(Debug)]
pub struct ZeroCopyStream {
    stream: TcpStream,
}

impl ZeroCopyStream {
    /// Wraps an accepted connection.
    pub fn new(stream: TcpStream) -> Self {
        Self { stream }
    }
}

impl AsyncRead for ZeroCopyStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for ZeroCopyStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_vectored(cx, &[io::IoSlice::new(buf)])
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        platform::poll_write(&mut self.stream, cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(target_os = "linux")]
mod platform {
    use std::io;
    use std::os::fd::OwnedFd;
    use std::sync::{LazyLock, RwLock};
    use std::task::{Context, Poll, ready};

    use axum::body::Bytes;
    use rustix::fs::{MemfdFlags, Mode, OFlags, SealFlags};
    use rustix::net::{SendAncillaryBuffer, SendFlags};
    use tokio::io::{AsyncWrite, Interest};
    use tokio::net::TcpStream;

    /// A registered body and where the same bytes lie in the bodies file.
    struct Kept {
        body: Bytes,
        digest: Vec<u8>,
        file_offset: u64,
    }

    impl Kept {
        fn start(&self) -> usize {
            self.body.as_ptr() as usize
        }

        /// Where `buf` begins in the bodies file, if it lies within this body.
        fn file_offset_of(&self, buf: &[u8]) -> Option<u64> {
            let offset = (buf.as_ptr() as usize).checked_sub(self.start())?;
            (offset + buf.len() <= self.body.len()).then_some(self.file_offset + offset as u64)
        }
    }

    /// The registered bodies, sorted by address, and where the bodies file ends. Nothing
    /// is ever removed, so a registered body's addresses stay its own for the life of
    /// the process.
    struct Registry {
        end: u64,
        kept: Vec<Kept>,
    }

    /// Bodies start on a page boundary in the file: sent from an unaligned offset, the
    /// wasm went out at half the rate.
    const PAGE: u64 = 4096;

    static REGISTRY: RwLock<Registry> = RwLock::new(Registry {
        end: 0,
        kept: Vec::new(),
    });

    /// The one file holding every registered body, one after another; `None` where it
    /// cannot be made (an old kernel, a sandbox): bodies are then copied as usual.
    static FILE: LazyLock<Option<OwnedFd>> = LazyLock::new(|| bodies_file().ok());

    pub(super) fn keep(body: Bytes, digest: &[u8]) -> Bytes {
        let Some(file) = FILE.as_ref() else {
            return body;
        };
        let mut registry = REGISTRY
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(existing) = registry.kept.iter().find(|k| k.digest == digest) {
            return existing.body.clone();
        }
        let file_offset = registry.end.next_multiple_of(PAGE);
        if append(file, file_offset, &body).is_err() {
            return body;
        }
        registry.end = file_offset + body.len() as u64;
        let entry = Kept {
            body: body.clone(),
            digest: digest.to_vec(),
            file_offset,
        };
        let at = registry.kept.partition_point(|k| k.start() < entry.start());
        registry.kept.insert(at, entry);
        body
    }

    /// An unnamed file in the temporary folder (`O_TMPFILE`: no name, gone with the
    /// process), or else an in-memory file. From a disk's page cache `sendfile` reads
    /// the pages in batches, as nginx reads its files: 10% less CPU per wasm response
    /// than from an in-memory file's pages one by one (`perf stat`, this machine).
    fn bodies_file() -> io::Result<OwnedFd> {
        let flags = OFlags::TMPFILE | OFlags::RDWR | OFlags::CLOEXEC;
        rustix::fs::open(std::env::temp_dir(), flags, Mode::RUSR | Mode::WUSR)
            .or_else(|_| memory_file())
    }

    /// An in-memory file that can grow but never shrink.
    fn memory_file() -> io::Result<OwnedFd> {
        let file = rustix::fs::memfd_create(
            "vagvisaren-bodies",
            MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING,
        )?;
        rustix::fs::fcntl_add_seals(&file, SealFlags::SHRINK | SealFlags::SEAL)?;
        Ok(file)
    }

    /// Writes `bytes` into `file` at `offset`.
    fn append(file: &OwnedFd, offset: u64, bytes: &[u8]) -> io::Result<()> {
        let mut written = 0;
        while written < bytes.len() {
            written += rustix::io::pwrite(file, &bytes[written..], offset + written as u64)?;
        }
        Ok(())
    }

    /// The bodies file and the offset in it where `buf`'s bytes lie, if `buf` is (part
    /// of) a registered body and not empty.
    pub(super) fn find(buf: &[u8]) -> Option<(&'static OwnedFd, u64)> {
        if buf.is_empty() {
            return None;
        }
        let registry = REGISTRY
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let address = buf.as_ptr() as usize;
        let at = registry.kept.partition_point(|k| k.start() <= address);
        let candidate = registry.kept.get(at.checked_sub(1)?)?;
        Some((FILE.as_ref()?, candidate.file_offset_of(buf)?))
    }

    pub(super) fn poll_write(
        stream: &mut TcpStream,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let kept = bufs
            .iter()
            .enumerate()
            .find_map(|(index, buf)| find(buf).map(|found| (index, found)));
        let Some((first_kept, (file, offset))) = kept else {
            return std::pin::Pin::new(stream).poll_write_vectored(cx, bufs);
        };
        let head = &bufs[..first_kept];
        if head.iter().any(|buf| !buf.is_empty()) {
            // What precedes the body (the response head), marked as not the end, so
            // that head and body leave in the same packets.
            return poll_socket(stream, cx, |socket| {
                rustix::net::sendmsg(
                    socket,
                    head,
                    &mut SendAncillaryBuffer::default(),
                    SendFlags::MORE | SendFlags::NOSIGNAL,
                )
            });
        }
        let count = bufs[first_kept].len();
        poll_socket(stream, cx, |socket| {
            let mut offset = offset;
            rustix::fs::sendfile(socket, file, Some(&mut offset), count)
        })
    }

    /// Runs `write` when the socket is writable, until it does not block.
    fn poll_socket(
        stream: &TcpStream,
        cx: &mut Context<'_>,
        mut write: impl FnMut(&TcpStream) -> rustix::io::Result<usize>,
    ) -> Poll<io::Result<usize>> {
        loop {
            ready!(stream.poll_write_ready(cx))?;
            match stream.try_io(Interest::WRITABLE, || {
                write(stream).map_err(io::Error::from)
            }) {
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => continue,
                result => return Poll::Ready(result),
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod platform {
    use std::io;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use axum::body::Bytes;
    use tokio::io::AsyncWrite;
    use tokio::net::TcpStream;

    pub(super) fn keep(body: Bytes, _digest: &[u8]) -> Bytes {
        body
    }

    pub(super) fn poll_write(
        stream: &mut TcpStream,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(stream).poll_write_vectored(cx, bufs)
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::io::IoSlice;
    use std::time::Duration;

    use sha2::{Digest, Sha256};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpSocket};

    use super::*;

    /// `len` bytes that differ from position to position, so an offset error shows.
    fn pattern(len: usize, seed: u8) -> Bytes {
        (0..len)
            .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed) ^ (i >> 8) as u8)
            .collect::<Vec<u8>>()
            .into()
    }

    fn kept(body: Bytes) -> Bytes {
        let digest = Sha256::digest(&body);
        keep(body, &digest)
    }

    #[test]
    fn registers_large_bodies_once_and_finds_their_parts() {
        let small = kept(pattern(MIN_BYTES - 1, 1));
        assert!(platform::find(&small).is_none());

        let large = kept(pattern(MIN_BYTES * 2, 2));
        let (_, start) = platform::find(&large).expect("registered");
        assert_eq!(platform::find(&large[100..200]).unwrap().1, start + 100);
        assert!(platform::find(&large[..0]).is_none());

        let again = kept(pattern(MIN_BYTES * 2, 2));
        assert_eq!(
            again.as_ptr(),
            large.as_ptr(),
            "the same content, registered once"
        );
        let copy = large.to_vec();
        assert!(
            platform::find(&copy).is_none(),
            "other memory is not a body"
        );
    }

    /// Through a connection whose send buffer is tiny, so that every write ends
    /// part-way through the body: the reader gets the head, then the body, exactly.
    #[tokio::test]
    async fn sends_head_and_body_exactly_through_partial_writes() {
        let body = kept(pattern(MIN_BYTES * 3 + 17, 3));
        assert!(platform::find(&body).is_some());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_send_buffer_size(4096).unwrap();
        let sender = socket
            .connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (mut receiver, _) = listener.accept().await.unwrap();
        let reading = tokio::spawn(async move {
            let mut received = Vec::new();
            let mut buf = [0; 1500];
            loop {
                match receiver.read(&mut buf).await.unwrap() {
                    0 => break received,
                    n => received.extend_from_slice(&buf[..n]),
                }
                tokio::time::sleep(Duration::from_micros(50)).await;
            }
        });

        let mut stream = ZeroCopyStream::new(sender);
        let mut head = &b"HTTP/1.1 200 OK\r\n\r\n"[..];
        let mut rest = body.clone();
        let mut writes = 0;
        while !head.is_empty() || !rest.is_empty() {
            let bufs = [IoSlice::new(head), IoSlice::new(&rest)];
            let n = stream.write_vectored(&bufs).await.unwrap();
            assert!(n > 0);
            let from_head = n.min(head.len());
            head = &head[from_head..];
            rest = rest.slice(n - from_head..);
            writes += 1;
        }
        stream.shutdown().await.unwrap();

        let received = reading.await.unwrap();
        assert!(writes > 3, "the body went out in parts ({writes} writes)");
        assert_eq!(&received[..19], b"HTTP/1.1 200 OK\r\n\r\n");
        assert!(received[19..] == body[..], "the body arrives exactly");
    }
}
