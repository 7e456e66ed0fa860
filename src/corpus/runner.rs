//! The parallel ordered runner: a sequential producer, parallel work, a sequential consumer that
//! sees results in production order.
//!
//! The calling thread reads batches (`produce`) and hands each to the rayon pool (`work`); it
//! then gives the results to `consume` strictly in the order the batches were produced, holding
//! early finishers back. At most `max_in_flight` batches exist at once (queued, being worked on,
//! or done and waiting for their turn), so memory stays bounded whatever the input size and
//! however unevenly the batches take. Output order, and therefore every sequential decision made
//! in `consume` (dedup), is the same for any number of threads.
//!
//! Why not `par_iter().map().collect()`: that needs the whole input in memory. Why
//! `in_place_scope`: the calling thread is not a pool worker, so it can block on the channel
//! without taking a worker away (with one worker, blocking a worker would deadlock).

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

/// Runs `work` over everything `produce` yields, on `pool`, and calls `consume` in order.
/// Stops at the first error of `produce` or `consume` (after the batches already handed out
/// finish) and returns it. A panic in `work` is resumed on the calling thread.
pub fn run_ordered<T, R, E>(
    pool: &rayon::ThreadPool,
    max_in_flight: usize,
    mut produce: impl FnMut() -> Result<Option<T>, E>,
    work: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let max_in_flight = max_in_flight.max(1);
    let work = &work;
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
                        let (tx, seq) = (tx.clone(), produced);
                        scope.spawn(move |_| {
                            let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                            // The receiver is gone only if the run already failed.
                            let _ = tx.send((seq, result));
                        });
                        produced += 1;
                    }
                    None => exhausted = true,
                }
            }
            if consumed == produced {
                return Ok(());
            }
            let result = match waiting.remove(&consumed) {
                Some(r) => r,
                None => loop {
                    let (seq, r) = rx.recv().expect("the runner holds a sender");
                    if seq == consumed {
                        break r;
                    }
                    waiting.insert(seq, r);
                },
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

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
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
                &pool(threads),
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
            &pool(2),
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
            &pool(1),
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
