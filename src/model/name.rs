//! Names that many records repeat, held once.
//!
//! A state's record names the same few dozen states, themes, regions and sources again and
//! again: at 10 000 resolutions, 92 000 such strings with about a hundred distinct values. Held as
//! `String`s, each cost a heap allocation and a three-word header; as a [`Name`], each is a
//! two-word pointer to one shared copy, which saved about 2.5 MB of the page's memory there.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A string shared by every record that repeats it. It reads like a `&str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(Arc<str>);

thread_local! {
    /// The names read so far by the loader on this thread, while it reads a file.
    static SEEN: RefCell<Option<HashSet<Arc<str>>>> = const { RefCell::new(None) };
}

impl Name {
    /// The name as written in the data.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The shared copy of `name` if the loader has seen it in this file, or a new one.
    fn shared(name: &str) -> Self {
        SEEN.with_borrow_mut(|seen| match seen {
            Some(seen) => match seen.get(name) {
                Some(known) => Self(Arc::clone(known)),
                None => {
                    let new: Arc<str> = Arc::from(name);
                    seen.insert(Arc::clone(&new));
                    Self(new)
                }
            },
            None => Self(Arc::from(name)),
        })
    }
}

/// While one of these lives, names read on this thread are shared; the table goes with the
/// outermost one, so nothing outlives the file it was read from but the names themselves.
pub(crate) struct Sharing {
    outermost: bool,
}

impl Sharing {
    pub(crate) fn begin() -> Self {
        let outermost = SEEN.with_borrow_mut(|seen| {
            let outermost = seen.is_none();
            if outermost {
                *seen = Some(HashSet::new());
            }
            outermost
        });
        Self { outermost }
    }
}

impl Drop for Sharing {
    fn drop(&mut self) {
        if self.outermost {
            SEEN.with_borrow_mut(|seen| *seen = None);
        }
    }
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Self {
        Self::shared(name)
    }
}

impl From<String> for Name {
    fn from(name: String) -> Self {
        Self::shared(&name)
    }
}

impl From<Name> for String {
    fn from(name: Name) -> Self {
        name.0.as_ref().to_owned()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        *self == *other.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::shared(&name))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Name {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{Name, Sharing};
    use std::sync::Arc;

    // Guards the saving itself: while a file is read, a repeated name is one shared copy, and
    // once it is read, the table is gone.
    #[test]
    fn repeated_names_are_shared_while_a_file_is_read() {
        let (a, b) = {
            let _sharing = Sharing::begin();
            let inner = Sharing::begin();
            drop(inner);
            (Name::from("Gambia"), Name::from("Gambia".to_owned()))
        };
        assert!(Arc::ptr_eq(&a.0, &b.0), "an inner scope ended the sharing");
        assert_eq!(Arc::strong_count(&a.0), 2, "the table let go of its copy");
        let c = Name::from("Gambia");
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, c);
        assert_eq!(a, "Gambia");
        assert_eq!("Gambia".to_owned(), a);
        assert_eq!(format!("{a} {a:?}"), "Gambia \"Gambia\"");
    }
}
