//! A token bucket per client address, in memory, for the requests that write (POST and PUT).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many writes a client may make: `per_minute` on average, up to `burst` at once.
/// `per_minute == 0` turns the limit off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_minute: u32,
    pub burst: u32,
}

impl RateLimit {
    pub const DEFAULT: RateLimit = RateLimit {
        per_minute: 60,
        burst: 20,
    };
    pub const OFF: RateLimit = RateLimit {
        per_minute: 0,
        burst: 0,
    };

    pub fn is_off(self) -> bool {
        self.per_minute == 0
    }
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Buckets kept before the full ones are forgotten.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug)]
pub struct Limiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl Limiter {
    pub fn new(limit: RateLimit) -> Limiter {
        Limiter {
            limit,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn per_second(&self) -> f64 {
        f64::from(self.limit.per_minute) / 60.0
    }

    fn capacity(&self) -> f64 {
        f64::from(self.limit.burst.max(1))
    }

    /// Takes one token for `client` at `now`; `Err(wait)` if none is left.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        if self.limit.is_off() {
            return Ok(());
        }
        let rate = self.per_second();
        let capacity = self.capacity();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * rate < capacity
            });
        }
        let bucket = buckets.entry(client).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_burst_then_one_request_per_refill() {
        let limiter = Limiter::new(RateLimit {
            per_minute: 60,
            burst: 3,
        });
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check(ip, t0).is_ok());
        }
        let wait = limiter.check(ip, t0).unwrap_err();
        assert!(wait <= Duration::from_secs(1) && wait > Duration::ZERO);
        assert!(
            limiter.check("192.0.2.2".parse().unwrap(), t0).is_ok(),
            "another client has its own bucket"
        );
        assert!(limiter.check(ip, t0 + Duration::from_secs(1)).is_ok());
        assert!(limiter.check(ip, t0 + Duration::from_secs(1)).is_err());
    }

    #[test]
    fn a_limit_of_zero_is_off() {
        let limiter = Limiter::new(RateLimit::OFF);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..1000 {
            assert!(limiter.check(ip, Instant::now()).is_ok());
        }
    }
}
