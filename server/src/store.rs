//! The way to the database: one writer thread with group commit, and a small pool of read-only
//! connections.
//!
//! Every write is a job for the writer thread. The thread takes what is queued (up to
//! [`MAX_BATCH`] jobs, gathering for at most [`MAX_GATHER`]), opens one transaction, runs each job
//! in its own savepoint (a refused or failed job rolls back to it, so nothing of it stays), commits
//! once — one `fsync` for the whole batch — and only then answers every job of the batch. A job
//! is thus acknowledged only once it is durable, and many requests share the cost of one commit.

use crate::db::{self, Refusal};
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

/// Jobs one transaction takes at most.
pub const MAX_BATCH: usize = 256;
/// How long the writer gathers queued jobs into one transaction at most.
pub const MAX_GATHER: Duration = Duration::from_millis(2);
/// Jobs that may wait for the writer; past that, requests are turned away (`503`).
const QUEUE: usize = 8192;
/// Read-only connections kept open.
const READERS: usize = 4;

/// Why the store could not answer.
#[derive(Debug)]
pub enum StoreError {
    /// The job was refused: nothing of it is stored.
    Refused(Refusal),
    /// Too many writes wait already; try again shortly.
    Busy,
    /// The database failed (the transaction was not committed).
    Failed(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Failed(e.to_string())
    }
}

trait Job: Send {
    /// Runs inside the batch's transaction, in a savepoint of its own.
    fn run(&mut self, tx: &mut rusqlite::Transaction<'_>);
    /// Answers the request once the batch is committed (`Err`: it was not).
    fn finish(self: Box<Self>, committed: Result<(), String>);
}

type Reply<T> = oneshot::Sender<Result<T, StoreError>>;

struct Op<F, T> {
    f: Option<F>,
    result: Option<Result<T, Refusal>>,
    reply: Reply<T>,
}

impl<F, T> Job for Op<F, T>
where
    F: FnOnce(&Connection) -> Result<T, Refusal> + Send,
    T: Send,
{
    fn run(&mut self, tx: &mut rusqlite::Transaction<'_>) {
        let Some(f) = self.f.take() else { return };
        self.result = Some(match tx.savepoint() {
            Ok(sp) => match f(&sp) {
                Ok(v) => sp.commit().map(|()| v).map_err(Refusal::from),
                // Dropping the savepoint rolls it back: nothing of the job stays.
                Err(e) => Err(e),
            },
            Err(e) => Err(e.into()),
        });
    }

    fn finish(self: Box<Self>, committed: Result<(), String>) {
        let answer = match (self.result, committed) {
            (Some(Err(Refusal::Sql(e))), _) => Err(StoreError::Failed(e.to_string())),
            (Some(Err(refusal)), _) => Err(StoreError::Refused(refusal)),
            (Some(Ok(v)), Ok(())) => Ok(v),
            (Some(Ok(_)), Err(e)) => Err(StoreError::Failed(e)),
            (None, Err(e)) => Err(StoreError::Failed(e)),
            (None, Ok(())) => Err(StoreError::Failed("the job did not run".into())),
        };
        // The client may have gone away; the write stands all the same.
        let _ = self.reply.send(answer);
    }
}

/// The writer thread's mailbox, and the read-only connections.
pub struct Store {
    jobs: SyncSender<Box<dyn Job>>,
    readers: Readers,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.readers.path)
            .finish()
    }
}

/// A small pool of read-only connections to one database, opened when first needed; cloning it
/// shares the pool.
#[derive(Clone)]
pub struct Readers {
    path: Arc<PathBuf>,
    pool: Arc<Mutex<Vec<Connection>>>,
}

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readers").field("path", &self.path).finish()
    }
}

impl Readers {
    /// Readers of the database at `path`, which `db::open` makes (nothing is opened yet).
    pub fn new(path: &Path) -> Readers {
        Readers {
            path: Arc::new(path.to_path_buf()),
            pool: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// Runs `f` on a read-only connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let readers = self.pool.clone();
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || {
            let pooled = readers.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let conn = match pooled {
                Some(c) => c,
                None => db::open_reader(&path)?,
            };
            let result = f(&conn);
            let mut pool = readers.lock().unwrap_or_else(|e| e.into_inner());
            if pool.len() < READERS {
                pool.push(conn);
            }
            Ok(result?)
        })
        .await
        .unwrap_or_else(|e| Err(StoreError::Failed(e.to_string())))
    }
}

impl Store {
    /// Starts the writer thread on an open, migrated connection. The thread ends when the last
    /// `Store` handle is dropped, after answering what was queued.
    pub fn start(conn: Connection, path: &Path) -> std::io::Result<Store> {
        let (jobs, queue) = mpsc::sync_channel(QUEUE);
        std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || write_loop(conn, queue))?;
        Ok(Store {
            jobs,
            readers: Readers::new(path),
        })
    }

    /// Runs `f` on the writer thread inside a group-committed transaction; answers once committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
        T: Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Box<dyn Job> = Box::new(Op {
            f: Some(f),
            result: None,
            reply,
        });
        match self.jobs.try_send(job) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(StoreError::Busy),
            Err(TrySendError::Disconnected(_)) => {
                return Err(StoreError::Failed("the writer has stopped".into()));
            }
        }
        answer
            .await
            .unwrap_or_else(|_| Err(StoreError::Failed("the writer has stopped".into())))
    }

    /// Runs `f` on a read-only connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        self.readers.read(f).await
    }
}

fn write_loop(mut conn: Connection, queue: Receiver<Box<dyn Job>>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        let started = Instant::now();
        while batch.len() < MAX_BATCH && started.elapsed() < MAX_GATHER {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        let committed = run_batch(&mut conn, &mut batch);
        match &committed {
            Ok(()) => tracing::debug!(
                jobs = batch.len(),
                commit_us = started.elapsed().as_micros() as u64,
                "batch committed"
            ),
            Err(e) => tracing::error!(jobs = batch.len(), "a batch was not committed: {e}"),
        }
        for job in batch {
            job.finish(committed.clone());
        }
    }
}

fn run_batch(conn: &mut Connection, batch: &mut [Box<dyn Job>]) -> Result<(), String> {
    let mut tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| e.to_string())?;
    for job in batch.iter_mut() {
        job.run(&mut tx);
    }
    tx.commit().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock;

    fn temp_db(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("portal-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir.join("db.sqlite")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_refused_job_leaves_nothing_and_the_others_of_its_batch_are_committed() {
        let path = temp_db("savepoints");
        let store = Arc::new(Store::start(db::open(&path).unwrap(), &path).unwrap());
        let jobs = (0..40).map(|n| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .write(move |conn| {
                        db::add_embed_origin(
                            conn,
                            "UA1",
                            &format!("https://{n}.example"),
                            clock::Instant(0),
                        )?;
                        // Every third job writes, then is refused: its write must not stay.
                        if n % 3 == 0 {
                            Err(Refusal::NotFound)
                        } else {
                            Ok(n)
                        }
                    })
                    .await
            })
        });
        let mut committed = 0;
        for job in jobs {
            match job.await.unwrap() {
                Ok(_) => committed += 1,
                Err(StoreError::Refused(Refusal::NotFound)) => {}
                Err(e) => panic!("{e:?}"),
            }
        }
        assert_eq!(committed, 26);
        let stored = store
            .read(|conn| db::embed_origins(conn, "UA1"))
            .await
            .unwrap();
        for n in 0..40 {
            let found = stored.contains(&format!("https://{n}.example"));
            assert_eq!(found, n % 3 != 0, "job {n}");
        }
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
