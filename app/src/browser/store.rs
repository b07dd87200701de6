//! The device's store of applications (issue 14): IndexedDB, through plain `web-sys` (the
//! crates measured bigger, see ARCHITECTURE.md). One database, `portal`, with an object store
//! each for drafts, the outbox, replies, reply drafts (records as JSON text, by key) and
//! documents (their bytes, by attachment id — never base64). Only the applications app opens it.
//!
//! A write is one transaction: all of its puts and deletes are kept, or none is. Every write
//! answers whether the device kept it ([`StoreError`] says why not, so the person can be told
//! what to do), and writes are kept in the order they were asked for.
//!
//! Natively (tests, pre-rendering) the store is a map in memory, so the code that uses it can be
//! tested with ordinary `#[test]`s.

/// Drafts of applications, by programme.
pub const DRAFTS: &str = "drafts";
/// Applications submitted (waiting, sent, received), by submission id.
pub const OUTBOX: &str = "outbox";
/// Replies to the community, by reply id.
pub const REPLIES: &str = "replies";
/// Replies being written, by the application's reference.
pub const REPLY_DRAFTS: &str = "reply-drafts";
/// The files of drafts, applications and replies, by attachment id: their bytes.
pub const DOCUMENTS: &str = "documents";
/// Every object store.
pub const ALL: [&str; 5] = [DRAFTS, OUTBOX, REPLIES, REPLY_DRAFTS, DOCUMENTS];

/// What a record holds: a JSON text (a draft, an application, a reply) or a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Json(String),
    Bytes(Vec<u8>),
}

/// One change of a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Keeps `value` under `key` in an object store.
    Put(&'static str, String, Value),
    /// Removes `key` from an object store.
    Delete(&'static str, String),
}

/// Why the device did not keep something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No room: the device (or the browser's share of it) is full.
    Full,
    /// The browser keeps nothing here (storage switched off, some private modes, an old browser).
    Unavailable,
    /// Anything else the browser refused.
    Failed,
}

impl StoreError {
    /// The `[apply]` message that says what happened and what to do.
    pub fn message(self) -> &'static str {
        match self {
            StoreError::Full => "save-full",
            StoreError::Unavailable => "save-unavailable",
            StoreError::Failed => "save-failed",
        }
    }
}

/// Opens the database (creating its object stores the first time). Later calls answer at once.
pub async fn open() -> Result<(), StoreError> {
    imp::open().await
}

/// Keeps `ops` in one transaction: all of them or none. Writes are applied in the order in which
/// they were asked for (the transaction is made before the first `.await`).
#[must_use = "a write the device refused must be shown to the person"]
pub async fn write(ops: Vec<Op>) -> Result<(), StoreError> {
    if ops.is_empty() {
        return Ok(());
    }
    imp::write(ops).await
}

/// Every record of an object store, in the order of their keys.
pub async fn read_all(store: &'static str) -> Result<Vec<(String, Value)>, StoreError> {
    imp::read_all(store).await
}

/// One record of an object store, if it holds one.
pub async fn read(store: &'static str, key: &str) -> Result<Option<Value>, StoreError> {
    imp::read(store, key).await
}

/// Erases the whole database ("forget everything").
pub fn erase() {
    imp::erase()
}

/// Asks the browser to keep the portal's storage when the device runs short of space
/// (`navigator.storage.persist()`); what it answers changes nothing the portal does.
pub fn persist() {
    imp::persist()
}

/// Runs `f` while holding the device-wide lock `name` (Web Locks: one holder among every tab of
/// the portal; it is released if the tab closes). Where the browser has no Web Locks, `f` runs
/// at once.
pub async fn exclusively<T>(name: &str, f: impl std::future::Future<Output = T>) -> T {
    // Held until `f` is done (released when dropped).
    let _held = imp::lock(name).await;
    f.await
}

/// A lock that one tab holds for as long as it edits something (a draft): released when dropped
/// or when the tab closes.
pub struct EditLock(#[allow(dead_code)] imp::Held);

/// Takes the device-wide lock `name` if no other tab holds it; `None` when one does. `steal`:
/// takes it from the tab that holds it, which learns it through its `on_lost`. Where the browser
/// has no Web Locks, every tab gets it.
pub async fn try_lock(
    name: &str,
    steal: bool,
    on_lost: impl FnOnce() + 'static,
) -> Option<EditLock> {
    imp::try_lock(name, steal, on_lost).await.map(EditLock)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

    /// The database's name and version (its object stores are [`ALL`]).
    const NAME: &str = "portal";
    const VERSION: u32 = 1;

    thread_local! {
        static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    }

    fn db() -> Option<IdbDatabase> {
        DB.with(|d| d.borrow().clone())
    }

    /// What a refusal means: `QuotaExceededError` is a full device.
    fn error_of(e: Option<web_sys::DomException>) -> StoreError {
        match e.map(|e| e.name()) {
            Some(name) if name == "QuotaExceededError" => StoreError::Full,
            _ => StoreError::Failed,
        }
    }

    fn thrown(e: JsValue) -> StoreError {
        error_of(e.dyn_into::<web_sys::DomException>().ok())
    }

    /// The result of a request, once it has one.
    async fn result(req: &IdbRequest) -> Result<JsValue, StoreError> {
        let done = js_sys::Promise::new(&mut |resolve, reject| {
            req.set_onsuccess(Some(&resolve));
            req.set_onerror(Some(&reject));
        });
        match JsFuture::from(done).await {
            Ok(_) => req.result().map_err(|_| StoreError::Failed),
            Err(_) => Err(error_of(req.error().ok().flatten())),
        }
    }

    pub async fn open() -> Result<(), StoreError> {
        if db().is_some() {
            return Ok(());
        }
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or(StoreError::Unavailable)?;
        let open = factory
            .open_with_u32(NAME, VERSION)
            .map_err(|_| StoreError::Unavailable)?;
        let upgrade = {
            let open = open.clone();
            Closure::once_into_js(move || {
                let Some(db) = open
                    .result()
                    .ok()
                    .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
                else {
                    return;
                };
                let names = db.object_store_names();
                for store in ALL {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            })
        };
        open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        let db: IdbDatabase = result(&open)
            .await
            .map_err(|_| StoreError::Unavailable)?
            .unchecked_into();
        // A newer version of the portal in another tab: this one lets go of the database.
        let close = {
            let db = db.clone();
            Closure::<dyn Fn()>::new(move || {
                db.close();
                DB.with(|d| d.borrow_mut().take());
            })
        };
        db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
        close.forget();
        DB.with(|d| *d.borrow_mut() = Some(db));
        Ok(())
    }

    pub async fn write(ops: Vec<Op>) -> Result<(), StoreError> {
        if db().is_none() {
            open().await?;
        }
        let db = db().ok_or(StoreError::Unavailable)?;
        let stores = js_sys::Array::new();
        for op in &ops {
            let (Op::Put(store, ..) | Op::Delete(store, _)) = op;
            let name = JsValue::from_str(store);
            if !stores.includes(&name, 0) {
                stores.push(&name);
            }
        }
        let tx: IdbTransaction = db
            .transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)
            .map_err(thrown)?;
        let done = js_sys::Promise::new(&mut |resolve, reject| {
            tx.set_oncomplete(Some(&resolve));
            tx.set_onabort(Some(&reject));
        });
        for op in ops {
            let asked = match op {
                Op::Put(store, key, value) => {
                    let value = match value {
                        Value::Json(text) => JsValue::from(text),
                        Value::Bytes(bytes) => js_sys::Uint8Array::from(&bytes[..]).into(),
                    };
                    tx.object_store(store)
                        .and_then(|s| s.put_with_key(&value, &JsValue::from_str(&key)))
                }
                Op::Delete(store, key) => tx
                    .object_store(store)
                    .and_then(|s| s.delete(&JsValue::from_str(&key))),
            };
            if let Err(e) = asked {
                let _ = tx.abort();
                return Err(thrown(e));
            }
        }
        match JsFuture::from(done).await {
            Ok(_) => Ok(()),
            Err(_) => Err(error_of(tx.error())),
        }
    }

    pub async fn read_all(store: &'static str) -> Result<Vec<(String, Value)>, StoreError> {
        if db().is_none() {
            open().await?;
        }
        let db = db().ok_or(StoreError::Unavailable)?;
        let s = db
            .transaction_with_str(store)
            .and_then(|tx| tx.object_store(store))
            .map_err(thrown)?;
        let keys = s.get_all_keys().map_err(thrown)?;
        let values = s.get_all().map_err(thrown)?;
        let keys: js_sys::Array = result(&keys).await?.unchecked_into();
        let values: js_sys::Array = result(&values).await?.unchecked_into();
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(k, v)| {
                let value = match v.as_string() {
                    Some(text) => Value::Json(text),
                    None => Value::Bytes(js_sys::Uint8Array::new(&v).to_vec()),
                };
                Some((k.as_string()?, value))
            })
            .collect())
    }

    pub async fn read(store: &'static str, key: &str) -> Result<Option<Value>, StoreError> {
        if db().is_none() {
            open().await?;
        }
        let db = db().ok_or(StoreError::Unavailable)?;
        let req = db
            .transaction_with_str(store)
            .and_then(|tx| tx.object_store(store))
            .and_then(|s| s.get(&JsValue::from_str(key)))
            .map_err(thrown)?;
        let v = result(&req).await?;
        Ok(if v.is_undefined() {
            None
        } else if let Some(text) = v.as_string() {
            Some(Value::Json(text))
        } else {
            Some(Value::Bytes(js_sys::Uint8Array::new(&v).to_vec()))
        })
    }

    pub fn erase() {
        if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
            db.close();
        }
        if let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) {
            let _ = factory.delete_database(NAME);
        }
    }

    pub fn persist() {
        let storage = web_sys::window().map(|w| w.navigator().storage());
        if let Some(Ok(promise)) = storage.map(|s| s.persist()) {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    }

    /// A held Web Lock: released when dropped.
    pub struct Held(Option<js_sys::Function>);

    impl Drop for Held {
        fn drop(&mut self) {
            if let Some(release) = self.0.take() {
                let _ = release.call0(&JsValue::NULL);
            }
        }
    }

    pub async fn lock(name: &str) -> Held {
        use js_sys::Reflect;
        let locks = web_sys::window()
            .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("locks")).ok())
            .filter(|l| !l.is_undefined() && !l.is_null());
        let request = locks.as_ref().and_then(|l| {
            Reflect::get(l, &JsValue::from_str("request"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        let (Some(locks), Some(request)) = (locks, request) else {
            return Held(None);
        };
        // The lock is held until the promise its callback returns settles: `release` settles it.
        let mut release = None;
        let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
        let mut granted = None;
        let acquired = js_sys::Promise::new(&mut |resolve, _| granted = Some(resolve));
        let (Some(release), Some(granted)) = (release, granted) else {
            return Held(None);
        };
        let callback = Closure::once_into_js(move || {
            let _ = granted.call0(&JsValue::NULL);
            held
        });
        if request
            .call2(&locks, &JsValue::from_str(name), &callback)
            .is_err()
        {
            return Held(None);
        }
        let _ = JsFuture::from(acquired).await;
        Held(Some(release))
    }

    pub async fn try_lock(
        name: &str,
        steal: bool,
        on_lost: impl FnOnce() + 'static,
    ) -> Option<Held> {
        use js_sys::Reflect;
        let locks = web_sys::window()
            .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("locks")).ok())
            .filter(|l| !l.is_undefined() && !l.is_null());
        let request = locks.as_ref().and_then(|l| {
            Reflect::get(l, &JsValue::from_str("request"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        let (Some(locks), Some(request)) = (locks, request) else {
            return Some(Held(None));
        };
        let options = js_sys::Object::new();
        let option = if steal { "steal" } else { "ifAvailable" };
        let _ = Reflect::set(&options, &JsValue::from_str(option), &JsValue::TRUE);
        let mut release = None;
        let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
        let mut granted = None;
        let answered = js_sys::Promise::new(&mut |resolve, _| granted = Some(resolve));
        let (Some(release), Some(granted)) = (release, granted) else {
            return Some(Held(None));
        };
        // Called with the lock, or with null when another tab holds it (`ifAvailable`).
        let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            let got = !lock.is_null();
            let _ = granted.call1(&JsValue::NULL, &JsValue::from_bool(got));
            if got { held.into() } else { JsValue::UNDEFINED }
        });
        let Ok(pending) = request.call3(&locks, &JsValue::from_str(name), &options, &callback)
        else {
            return Some(Held(None));
        };
        // A lock another tab steals ends this request in an AbortError.
        if let Ok(pending) = pending.dyn_into::<js_sys::Promise>() {
            wasm_bindgen_futures::spawn_local(async move {
                if JsFuture::from(pending).await.is_err() {
                    on_lost();
                }
            });
        }
        let got = JsFuture::from(answered).await.ok()?.as_bool()?;
        got.then_some(Held(Some(release)))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    //! A map in memory: what the store keeps, for native tests.
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    thread_local! {
        static MAP: RefCell<BTreeMap<(&'static str, String), Value>> = const { RefCell::new(BTreeMap::new()) };
        static REFUSE: RefCell<Option<StoreError>> = const { RefCell::new(None) };
    }

    pub async fn open() -> Result<(), StoreError> {
        Ok(())
    }

    pub async fn write(ops: Vec<Op>) -> Result<(), StoreError> {
        if let Some(e) = REFUSE.with(|r| *r.borrow()) {
            return Err(e);
        }
        MAP.with(|m| {
            let mut m = m.borrow_mut();
            for op in ops {
                match op {
                    Op::Put(store, key, value) => {
                        m.insert((store, key), value);
                    }
                    Op::Delete(store, key) => {
                        m.remove(&(store, key));
                    }
                }
            }
        });
        Ok(())
    }

    pub async fn read_all(store: &'static str) -> Result<Vec<(String, Value)>, StoreError> {
        Ok(MAP.with(|m| {
            m.borrow()
                .iter()
                .filter(|((s, _), _)| *s == store)
                .map(|((_, k), v)| (k.clone(), v.clone()))
                .collect()
        }))
    }

    pub async fn read(store: &'static str, key: &str) -> Result<Option<Value>, StoreError> {
        Ok(MAP.with(|m| m.borrow().get(&(store, key.to_string())).cloned()))
    }

    pub fn erase() {
        MAP.with(|m| m.borrow_mut().clear());
    }

    pub fn persist() {}

    pub struct Held;

    pub async fn lock(_name: &str) -> Held {
        Held
    }

    pub async fn try_lock(
        _name: &str,
        _steal: bool,
        _on_lost: impl FnOnce() + 'static,
    ) -> Option<Held> {
        Some(Held)
    }

    /// Natively, makes every later write fail with `e` (`None`: succeed again).
    pub fn refuse(e: Option<StoreError>) {
        REFUSE.with(|r| *r.borrow_mut() = e);
    }
}

/// Natively, makes every later write fail with `e` (`None`: writes succeed again): how tests
/// see a full device.
#[cfg(not(target_arch = "wasm32"))]
pub fn refuse_writes(e: Option<StoreError>) {
    imp::refuse(e)
}
