//! A token bucket per client address, in memory: one set of buckets for citizens' writes (POST
//! and PUT), one for status reads, one for staff (the office and the staff API), so that one kind
//! of traffic never uses up another's. The client is the peer of the connection, or — when the
//! peer is one of the operator's trusted proxies — the address that proxy wrote into
//! `X-Forwarded-For`.

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

    /// Status reads: a person reloading their status page, or a device asking for each of its
    /// applications; generous, since many people may share one address (a carrier's NAT).
    pub const STATUS: RateLimit = RateLimit {
        per_minute: 240,
        burst: 60,
    };
    /// Staff: a day's work in the office, many requests a page.
    pub const STAFF: RateLimit = RateLimit {
        per_minute: 600,
        burst: 120,
    };

    /// Uploads' bytes per client, in MiB: 4 a minute on average, up to 100 at once (issue 14).
    pub const UPLOAD_MIB: RateLimit = RateLimit {
        per_minute: 4,
        burst: 100,
    };

    pub fn is_off(self) -> bool {
        self.per_minute == 0
    }
}

/// An address or a network (`10.0.0.0/8`, `2001:db8::/32`, `192.0.2.7`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Net {
    addr: IpAddr,
    prefix: u8,
}

impl Net {
    pub fn parse(s: &str) -> Result<Net, String> {
        let bad = || format!("an address or a network like 10.0.0.0/8 or 2001:db8::/32, not {s}");
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s, None),
        };
        let addr: IpAddr = addr.trim().parse().map_err(|_| bad())?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(Net { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) if self.addr.is_ipv4() => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => return false,
            },
            other => other,
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// The client of a request: `peer` itself, unless `peer` is a trusted proxy; then the rightmost
/// address of `X-Forwarded-For` that is not a trusted proxy (each proxy appends the address it
/// saw, so anything left of that was written by the client and proves nothing).
pub fn client(peer: IpAddr, forwarded_for: &[&str], trusted: &[Net]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let mut client = peer;
    for hop in forwarded_for
        .iter()
        .rev()
        .flat_map(|h| h.rsplit(','))
        .map(str::trim)
    {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(ip) {
                    break;
                }
            }
            // Not an address: the chain is not to be trusted past here.
            Err(_) => break,
        }
    }
    client
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
        self.take(client, 1.0, now)
    }

    /// Takes `n` tokens (at most the burst) for `client` at `now`; `Err(wait)` until there are.
    pub fn take(&self, client: IpAddr, n: f64, now: Instant) -> Result<(), Duration> {
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
        let n = n.min(capacity);
        if bucket.tokens >= n {
            bucket.tokens -= n;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((n - bucket.tokens) / rate))
        }
    }
}

/// Which bucket a request of the API (its path under `/api/v1`) takes a token from, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A citizen's write: an application, a reply, a file.
    Write,
    /// A citizen reading the status of an application.
    Status,
    /// The office and the staff API, every method.
    Staff,
}

impl Kind {
    pub fn of(method: &axum::http::Method, path: &str) -> Option<Kind> {
        use axum::http::Method;
        if path.starts_with("/office/") || path.starts_with("/staff/") {
            Some(Kind::Staff)
        } else if matches!(*method, Method::POST | Method::PUT) {
            Some(Kind::Write)
        } else if path.starts_with("/applications/") {
            Some(Kind::Status)
        } else {
            None
        }
    }
}

/// The client a request counts against, as the rate limits found it (a request extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Client(pub IpAddr);

/// The three sets of buckets and who the client is.
#[derive(Debug)]
pub struct Limiters {
    pub writes: Limiter,
    pub status: Limiter,
    pub staff: Limiter,
    pub trusted_proxies: Vec<Net>,
}

impl Limiters {
    pub fn for_kind(&self, kind: Kind) -> &Limiter {
        match kind {
            Kind::Write => &self.writes,
            Kind::Status => &self.status,
            Kind::Staff => &self.staff,
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
    fn behind_a_trusted_proxy_the_client_is_the_last_untrusted_forwarded_address() {
        let proxies = [
            Net::parse("10.0.0.0/8").unwrap(),
            Net::parse("::1").unwrap(),
        ];
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // A proxy the operator trusts: the address it saw.
        assert_eq!(
            client(ip("10.1.2.3"), &["198.51.100.7"], &proxies),
            ip("198.51.100.7")
        );
        // A client that writes its own header in front: the proxy's entry wins.
        assert_eq!(
            client(ip("10.1.2.3"), &["1.1.1.1, 198.51.100.7"], &proxies),
            ip("198.51.100.7")
        );
        // Two trusted proxies in a row.
        assert_eq!(
            client(ip("::1"), &["198.51.100.7", "10.9.9.9"], &proxies),
            ip("198.51.100.7")
        );
        // A peer that is not trusted: its header is ignored.
        assert_eq!(
            client(ip("203.0.113.5"), &["198.51.100.7"], &proxies),
            ip("203.0.113.5")
        );
        // A trusted proxy with no header (a health check): the proxy itself.
        assert_eq!(client(ip("10.1.2.3"), &[], &proxies), ip("10.1.2.3"));
        assert_eq!(
            client(ip("10.1.2.3"), &["garbage"], &proxies),
            ip("10.1.2.3")
        );
        assert!(Net::parse("10.0.0.0/33").is_err());
        assert!(Net::parse("localhost").is_err());
        assert!(Net::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert!(
            Net::parse("127.0.0.1")
                .unwrap()
                .contains(ip("::ffff:127.0.0.1"))
        );
    }

    #[test]
    fn a_limit_of_zero_is_off() {
        let limiter = Limiter::new(RateLimit::OFF);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..1000 {
            assert!(limiter.check(ip, Instant::now()).is_ok());
        }
    }

    #[test]
    fn a_bucket_of_bytes_takes_a_large_upload_whole_and_then_waits_issue_14() {
        let limiter = Limiter::new(RateLimit {
            per_minute: 60,
            burst: 10,
        });
        let ip: IpAddr = "192.0.2.9".parse().unwrap();
        let t0 = Instant::now();
        assert!(limiter.take(ip, 8.0, t0).is_ok());
        let wait = limiter.take(ip, 8.0, t0).unwrap_err();
        assert_eq!(wait.as_secs(), 6);
        assert!(limiter.take(ip, 8.0, t0 + Duration::from_secs(6)).is_ok());
        // More than the burst is never refused for ever: it takes the whole bucket.
        assert!(limiter.take(ip, 50.0, t0 + Duration::from_secs(20)).is_ok());
    }
}
