//! Languages and Fluent text: only the chosen language's `main.ftl` is fetched, and a
//! screen loaded on demand fetches its own file beside it (`staff.ftl`, `plan.ftl`).

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use leptos::prelude::*;
use unic_langid::LanguageIdentifier;

/// A language the interface is offered in.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the folder name under `locales/`.
    pub code: &'static str,
    /// The language's name in itself, as shown in the picker.
    pub native_name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// Every offered language, in picker order; the first is the fallback.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "sv",
        native_name: "Svenska",
        rtl: false,
    },
    Language {
        code: "sv-x-easy",
        native_name: "Lättläst svenska",
        rtl: false,
    },
    Language {
        code: "en",
        native_name: "English",
        rtl: false,
    },
    Language {
        code: "ar",
        native_name: "العربية",
        rtl: true,
    },
    Language {
        code: "fa",
        native_name: "فارسی",
        rtl: true,
    },
    Language {
        code: "prs",
        native_name: "دری",
        rtl: true,
    },
    Language {
        code: "ps",
        native_name: "پښتو",
        rtl: true,
    },
    Language {
        code: "ckb",
        native_name: "کوردی",
        rtl: true,
    },
    Language {
        code: "kmr",
        native_name: "Kurmancî",
        rtl: false,
    },
    Language {
        code: "so",
        native_name: "Soomaali",
        rtl: false,
    },
    Language {
        code: "ti",
        native_name: "ትግርኛ",
        rtl: false,
    },
    Language {
        code: "am",
        native_name: "አማርኛ",
        rtl: false,
    },
    Language {
        code: "uk",
        native_name: "Українська",
        rtl: false,
    },
    Language {
        code: "ru",
        native_name: "Русский",
        rtl: false,
    },
    Language {
        code: "pl",
        native_name: "Polski",
        rtl: false,
    },
    Language {
        code: "tr",
        native_name: "Türkçe",
        rtl: false,
    },
    Language {
        code: "bs",
        native_name: "Bosanski / hrvatski / srpski",
        rtl: false,
    },
    Language {
        code: "sq",
        native_name: "Shqip",
        rtl: false,
    },
    Language {
        code: "fi",
        native_name: "Suomi",
        rtl: false,
    },
    Language {
        code: "th",
        native_name: "ไทย",
        rtl: false,
    },
    Language {
        code: "es",
        native_name: "Español",
        rtl: false,
    },
    Language {
        code: "fr",
        native_name: "Français",
        rtl: false,
    },
];

/// The pseudo-locale (accented, lengthened Swedish) built for tests; reachable only by
/// `?lang=qps-ploc`, never listed.
pub const PSEUDO: Language = Language {
    code: "qps-ploc",
    native_name: "Ƥşeŭđö",
    rtl: false,
};

/// The fallback language (Swedish).
pub fn fallback() -> &'static Language {
    &LANGUAGES[0]
}

/// The offered language with this code, ignoring case and region (`sv-SE` → `sv`).
pub fn find(code: &str) -> Option<&'static Language> {
    let code = code.trim().to_ascii_lowercase();
    if code == PSEUDO.code {
        return Some(&PSEUDO);
    }
    LANGUAGES.iter().find(|l| l.code == code).or_else(|| {
        let primary = code.split(['-', '_']).next()?;
        LANGUAGES.iter().find(|l| l.code == primary)
    })
}

/// The first of the browser's preferred languages that is offered, or Swedish.
pub fn from_browser() -> &'static Language {
    let navigator = window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|code| find(&code))
        .unwrap_or_else(fallback)
}

/// One language's parsed Fluent messages.
pub struct Translations {
    bundle: FluentBundle<FluentResource>,
    /// The files' text, to rebuild the bundle when a file is added.
    sources: Vec<String>,
    /// The files asked for later ([`I18n::fetch`]) whose messages are in the bundle.
    later: Vec<&'static str>,
}

impl Translations {
    /// Parses a language's text files (`main.ftl` first) for `language`.
    pub fn parse(language: &Language, sources: Vec<String>) -> Result<Self, String> {
        // Private-use tags (sv-x-easy) take the rules of their primary language.
        let primary = language.code.split('-').next().unwrap_or(language.code);
        let id: LanguageIdentifier = primary.parse().map_err(|_| "bad language tag")?;
        let mut bundle = FluentBundle::new(vec![id]);
        for source in &sources {
            let resource = FluentResource::try_new(source.clone())
                .map_err(|(_, errors)| format!("{} Fluent syntax errors", errors.len()))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("{} duplicate Fluent ids", errors.len()))?;
        }
        Ok(Self {
            bundle,
            sources,
            later: Vec::new(),
        })
    }

    /// These messages and those of the file `file`, asked for later.
    fn with(
        &self,
        language: &Language,
        file: &'static str,
        source: String,
    ) -> Result<Self, String> {
        let mut sources = self.sources.clone();
        sources.push(source);
        let mut added = Self::parse(language, sources)?;
        added.later = self.later.iter().copied().chain([file]).collect();
        Ok(added)
    }

    /// The message `id` formatted with `args`; the id itself when it is missing, so a
    /// missing translation is visible and caught by tests.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// Fetches and parses `locales/<code>/main.ftl` and the `extra` files beside it from the
/// same origin, side by side, taking over the boot script's early fetch of `main.ftl`
/// when it is for this language.
pub async fn load(
    language: &'static Language,
    extra: &[&'static str],
) -> Result<Translations, String> {
    let url = format!("/locales/{}/main.ftl", language.code);
    let main = match take_early_fetch(language) {
        Some(response) => crate::fetch::Pending::adopt(&url, response),
        None => crate::fetch::start(&url),
    };
    let others: Vec<_> = extra
        .iter()
        .map(|file| crate::fetch::start(&format!("/locales/{}/{file}", language.code)))
        .collect();
    let mut sources = vec![main.text().await?];
    for pending in others {
        sources.push(pending.text().await?);
    }
    Translations::parse(language, sources)
}

/// The boot script's fetch of a language's text (`globalThis.vvText`), if it is for
/// `language`. It is taken once: later switches fetch anew.
fn take_early_fetch(language: &Language) -> Option<js_sys::Promise> {
    use js_sys::Reflect;
    use wasm_bindgen::{JsCast, JsValue};
    let global = js_sys::global();
    let key = JsValue::from_str("vvText");
    let early = Reflect::get(&global, &key).ok().filter(|v| v.is_object())?;
    Reflect::delete_property(global.unchecked_ref::<js_sys::Object>(), &key).ok();
    let code = Reflect::get(&early, &JsValue::from_str("language")).ok()?;
    if code.as_string().as_deref() != Some(language.code) {
        return None;
    }
    Reflect::get(&early, &JsValue::from_str("response"))
        .ok()?
        .dyn_into()
        .ok()
}

/// The interface language and its text, shared through the app context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language being shown.
    pub language: RwSignal<&'static Language>,
    translations: RwSignal<Option<Rc<Translations>>, LocalStorage>,
    /// The text files fetched beside `main.ftl` (a screen loaded on demand has one).
    extra: &'static [&'static str],
    /// The files a page asked for later ([`I18n::fetch`]), and those whose last fetch
    /// failed. (Those that arrived are listed in the translations themselves.)
    asked: RwSignal<Vec<&'static str>>,
    failed: RwSignal<Vec<&'static str>>,
}

/// Where a text file asked for later stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// On its way.
    Pending,
    /// Here: its messages are in the bundle.
    Arrived,
    /// The fetch failed; asking again tries again.
    Failed,
}

impl I18n {
    /// Starts with `language` and its already loaded text, made of `main.ftl` and the
    /// `extra` files.
    pub fn new(
        language: &'static Language,
        translations: Translations,
        extra: &'static [&'static str],
    ) -> Self {
        Self {
            language: RwSignal::new(language),
            translations: RwSignal::new_local(Some(Rc::new(translations))),
            extra,
            asked: RwSignal::new(Vec::new()),
            failed: RwSignal::new(Vec::new()),
        }
    }

    /// Makes sure the text file `file` is loaded: fetches it the first time a page asks,
    /// and again after a failure. Text not needed on every visit lives in such files: the
    /// questions and result (`questions.ftl`, for everyone who starts the questions), the
    /// safety and about pages (`info.ftl`).
    pub fn fetch(self, file: &'static str) {
        if self.asked.with_untracked(|a| a.contains(&file)) {
            return;
        }
        self.asked.update(|a| a.push(file));
        self.failed.update(|f| f.retain(|x| *x != file));
        leptos::task::spawn_local(async move {
            let language = self.language.get_untracked();
            let url = format!("/locales/{}/{file}", language.code);
            let source = match crate::fetch::start(&url).text().await {
                Ok(source) => source,
                Err(error) => return self.fetch_failed(file, error),
            };
            if self.has(file) {
                // A language switch meanwhile loaded it.
                return;
            }
            if self.language.get_untracked() != language {
                // Switched meanwhile, but asked for after the switch began: fetch it in
                // the new language.
                self.asked.update(|a| a.retain(|f| *f != file));
                return self.fetch(file);
            }
            let added = self.translations.with_untracked(|t| {
                t.as_ref()
                    .map(|t| t.with(language, file, source))
                    .transpose()
            });
            match added {
                Ok(translations) => self.translations.set(translations.map(Rc::new)),
                Err(error) => self.fetch_failed(file, error),
            }
        });
    }

    /// Records that fetching `file` failed, so that asking again tries again.
    fn fetch_failed(self, file: &'static str, error: String) {
        leptos::logging::warn!("{file}: {error}");
        self.asked.update(|a| a.retain(|f| *f != file));
        self.failed.update(|f| f.push(file));
    }

    /// Whether the messages of the text file `file` are loaded (not reactive).
    fn has(self, file: &'static str) -> bool {
        self.translations
            .with_untracked(|t| t.as_ref().is_some_and(|t| t.later.contains(&file)))
    }

    /// Where the text file `file` stands (reactive).
    pub fn arrival(self, file: &'static str) -> impl Fn() -> Arrival + Copy + Send + Sync {
        move || {
            self.translations.track();
            if self.has(file) {
                Arrival::Arrived
            } else if self.failed.with(|f| f.contains(&file)) {
                Arrival::Failed
            } else {
                Arrival::Pending
            }
        }
    }

    /// The message `id` in the current language (reactive).
    pub fn t(&self, id: &str) -> String {
        self.translations
            .with(|t| t.as_ref().map(|t| t.text(id, None)).unwrap_or_default())
    }

    /// A reactive closure for the message `id`, for use directly in views.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// A reactive closure for a message id known only at run time. Views share this one
    /// closure type, which keeps the client small.
    pub fn tr_owned(self, id: String) -> impl Fn() -> String + Send + Sync + 'static {
        move || self.t(&id)
    }

    /// A reactive closure for the message `id` with one text argument.
    pub fn tr_arg(
        self,
        id: &'static str,
        name: &'static str,
        value: String,
    ) -> impl Fn() -> String + Send + Sync + 'static {
        move || {
            let mut args = FluentArgs::new();
            args.set(name, value.clone());
            self.t_args(id, &args)
        }
    }

    /// The message `id` with arguments in the current language (reactive).
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.translations.with(|t| {
            t.as_ref()
                .map(|t| t.text(id, Some(args)))
                .unwrap_or_default()
        })
    }

    /// Switches to `language` once its text has arrived (with every file asked for so far);
    /// the rest of the state is kept.
    pub fn switch(self, language: &'static Language) {
        leptos::task::spawn_local(async move {
            // Every file asked for so far, also one still on its way.
            let asked = self.asked.get_untracked();
            let files: Vec<&'static str> = self.extra.iter().chain(&asked).copied().collect();
            match load(language, &files).await {
                Ok(mut translations) => {
                    // A file asked for after the switch began and already here in the old
                    // language is fetched again in the new one (one still on its way sees
                    // the switch when it arrives).
                    let late: Vec<&'static str> = self.asked.with_untracked(|a| {
                        a.iter()
                            .copied()
                            .filter(|file| !asked.contains(file) && self.has(file))
                            .collect()
                    });
                    translations.later = asked;
                    self.translations.set(Some(Rc::new(translations)));
                    self.language.set(language);
                    for file in late {
                        self.asked.update(|a| a.retain(|f| *f != file));
                        self.fetch(file);
                    }
                }
                Err(error) => leptos::logging::warn!("language {}: {error}", language.code),
            }
        });
    }
}
