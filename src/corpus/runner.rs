//! The parallel ordered runner: a sequential producer, parallel work, a sequential consumer that
//! sees results in production order.
//!
//! The calling thread reads batches (`produce`) and queues them for the pool's workers (`work`);
//! it gives the results to `consume` strictly in the order the batches were produced, holding
//! early finishers back. At most `max_in_flight` batches exist at once (queued, being worked on,
//! or done and waiting for their turn), so memory stays bounded whatever the input size and
//! however unevenly the batches take. Output order, and therefore every sequential decision made
//! in `consume` (dedup), is the same for any number of threads.
//!
//! The calling thread is one of the `threads`: while the result it needs next is not ready, it
//! works on queued batches itself instead of sleeping. So one thread does everything in turn,
//! and `n` threads keep `n` cores busy (with a separate reading thread beside `n` workers, one
//! thread already used more than one core, and two gained only about 1.7×).
//!
//! Why not `par_iter().map().collect()`: that needs the whole input in memory. Why
//! `in_place_scope`: the calling thread is not a pool worker, so it can wait on the channel
//! without taking a worker away.

use std::collections::{BTreeMap, VecDeque};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{mpsc, Mutex, PoisonError};
use std::thread;

/// The number of threads `requested` means: 0 is every core.
pub fn threads(requested: usize) -> usize {
    match requested {
        0 => thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// Runs `work` over everything `produce` yields, on the calling thread and `pool`'s workers (no
/// pool: the calling thread alone), and calls `consume` in order. Stops at the first error of
/// `produce` or `consume` (after the batches already handed out finish) and returns it. A panic
/// in `work` is resumed on the calling thread.
pub fn run_ordered<T, R, E>(
    pool: Option<&rayon::ThreadPool>,
    max_in_flight: usize,
    mut produce: impl FnMut() -> Result<Option<T>, E>,
    work: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let Some(pool) = pool else {
        while let Some(item) = produce()? {
            consume(work(item))?;
        }
        return Ok(());
    };
    let max_in_flight = max_in_flight.max(1);
    let (work, queue) = (&work, &Mutex::new(VecDeque::new()));
    // Work runs outside the lock (and its panics are caught), so the queue is never poisoned.
    let queue = || queue.lock().unwrap_or_else(PoisonError::into_inner);
    // Takes the oldest queued batch, if any, and works on it.
    let run_next = || {
        let next = queue().pop_front();
        next.map(|(seq, item)| (seq, panic::catch_unwind(AssertUnwindSafe(|| work(item)))))
    };
    pool.in_place_scope(|scope| {
        let (tx, rx) = mpsc::channel();
        let mut produced = 0usize;
        let mut consumed = 0usize;
        let mut exhausted = false;
        let mut waiting = BTreeMap::new();
        loop {
            while !exhausted && produced - consumed < max_in_flight {
                match produce()? {
                    Some(item) => {
                        queue().push_back((produced, item));
                        let tx = tx.clone();
                        // One task per batch; the calling thread may have taken it already.
                        scope.spawn(move |_| {
                            if let Some(done) = run_next() {
                                // The receiver is gone only if the run already failed.
                                let _ = tx.send(done);
                            }
                        });
                        produced += 1;
                    }
                    None => exhausted = true,
                }
            }
            if consumed == produced {
                return Ok(());
            }
            let result = loop {
                if let Some(r) = waiting.remove(&consumed) {
                    break r;
                }
                let (seq, r) = match rx.try_recv() {
                    Ok(done) => done,
                    Err(_) => match run_next() {
                        Some(done) => done,
                        None => rx.recv().expect("the runner holds a sender"),
                    },
                };
                waiting.insert(seq, r);
            };
            match result {
                Ok(r) => consume(r)?,
                Err(payload) => panic::resume_unwind(payload),
            }
            consumed += 1;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The pool for `threads` threads counting the calling thread (none for one thread).
    fn pool(threads: usize) -> Option<rayon::ThreadPool> {
        (threads > 1).then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads - 1)
                .build()
                .unwrap()
        })
    }

    #[test]
    fn results_come_in_input_order_with_bounded_work_in_flight() {
        for threads in [1, 2, 4] {
            let running = AtomicUsize::new(0);
            let mut next = 0u64;
            let mut seen = Vec::new();
            let mut max_outstanding = 0;
            let started = AtomicUsize::new(0);
            run_ordered::<_, _, ()>(
                pool(threads).as_ref(),
                3,
                || {
                    next += 1;
                    Ok((next <= 50).then_some(next))
                },
                |n| {
                    started.fetch_add(1, Ordering::SeqCst);
                    running.fetch_add(1, Ordering::SeqCst);
                    // Uneven work: later items often finish first.
                    std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 500));
                    running.fetch_sub(1, Ordering::SeqCst);
                    n * 2
                },
                |r| {
                    let outstanding = started.load(Ordering::SeqCst) - seen.len();
                    max_outstanding = max_outstanding.max(outstanding);
                    seen.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(
                seen,
                (1..=50).map(|n| n * 2).collect::<Vec<_>>(),
                "{threads} threads"
            );
            assert!(max_outstanding <= 3, "{max_outstanding} batches in flight");
        }
    }

    #[test]
    fn errors_stop_the_run() {
        let mut consumed = 0;
        let mut next = 0;
        let result = run_ordered(
            pool(2).as_ref(),
            4,
            || {
                next += 1;
                Ok(Some(next))
            },
            |n| n,
            |n| {
                consumed += 1;
                if n == 10 {
                    Err("stop")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result, Err("stop"));
        assert_eq!(consumed, 10);
        assert!(next <= 14);
    }

    #[test]
    #[should_panic(expected = "boom")]
    fn panics_in_work_reach_the_caller() {
        let mut next = 0;
        let _ = run_ordered::<_, _, ()>(
            pool(2).as_ref(),
            2,
            || {
                next += 1;
                Ok((next <= 3).then_some(next))
            },
            |n| assert!(n != 2, "boom"),
            |_| Ok(()),
        );
    }
}
