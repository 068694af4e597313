//! `cargo run -p xtask -- site` builds the client into `site/` (the folder the server
//! embeds); `cargo run -p xtask -- size` prints each asset raw / gzip / brotli;
//! `review-extract` and `review-compare` write the translation review's documents.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Parser, Subcommand};
use sha2::{Digest, Sha256};

mod review;

/// Vägvisaren's build tasks.
#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Build the web client and write the complete, precompressed site to `site/`.
    Site,
    /// Print every shipped asset raw / gzip / brotli and the first-load total.
    Size,
    /// Print a translation's safety-critical messages, without the Swedish, for a blind
    /// back-translation (locales/REVIEW.md).
    ReviewExtract {
        /// The locale's folder name, e.g. `ar`.
        locale: String,
    },
    /// Print the Swedish, the translation and its back-translation side by side.
    ReviewCompare {
        /// The locale's folder name, e.g. `ar`.
        locale: String,
        /// The back-translation: the extract's `### id` sections, in Swedish.
        back_translation: PathBuf,
    },
}

type Result<T> = std::result::Result<T, String>;

fn main() {
    let outcome = match Cli::parse().task {
        Task::Site => build_site(),
        Task::Size => size_report(),
        Task::ReviewExtract { locale } => review::extract(&locale).map(|text| print!("{text}")),
        Task::ReviewCompare {
            locale,
            back_translation,
        } => review::compare(&locale, &back_translation).map(|text| print!("{text}")),
    };
    if let Err(error) = outcome {
        eprintln!("xtask: {error}");
        std::process::exit(1);
    }
}

/// The workspace root (the parent of this crate's folder). `cargo run` says where the
/// crate is now; the path from the build is only a fallback, because cargo reuses a build
/// made in another clone that shares the target folder (as CI's cached one does).
fn root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Cargo's target folder, honouring `CARGO_TARGET_DIR`.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("{command:?} failed with {status}"))
}

/// The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen_version() -> Result<String> {
    let lock =
        fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn build_site() -> Result<()> {
    let root = root();
    let target = target_dir();
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "build",
        "-p",
        "app",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]))?;

    let version = locked_wasm_bindgen_version()?;
    let reported = Command::new("wasm-bindgen")
        .arg("--version")
        .output()
        .map_err(|_| {
            format!("wasm-bindgen is missing: cargo install wasm-bindgen-cli --version {version}")
        })?;
    if !String::from_utf8_lossy(&reported.stdout).contains(&version) {
        return Err(format!(
            "wasm-bindgen CLI must be {version} (Cargo.lock): cargo install wasm-bindgen-cli --version {version}"
        ));
    }
    let staging = root.join("site.new");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    }
    fs::create_dir_all(staging.join("locales")).map_err(|e| e.to_string())?;

    let (js, wasm) = bind(&target, "app", &staging)?;
    let modules = MODULES
        .into_iter()
        .map(|name| bind(&target, name, &staging).map(|(js, wasm)| (name, js, wasm)))
        .collect::<Result<Vec<_>>>()?;
    let style = String::from_utf8(read(&root.join("style/main.css"))?)
        .map_err(|_| "style/main.css is not UTF-8")?;
    let css = write_hashed(&staging, "style", "css", minify_css(&style).as_bytes())?;
    let languages = locale_codes(&root)?;
    let boot_source = boot_script(&languages, [&js, &wasm], &modules);
    let boot = write_hashed(
        &staging,
        "boot",
        "js",
        minify_js("boot", &boot_source)?.as_bytes(),
    )?;

    let exit_url = std::env::var("VV_EXIT_URL").unwrap_or_else(|_| "https://www.smhi.se/".into());
    let html = String::from_utf8(read(&root.join("app/index.html"))?)
        .map_err(|_| "app/index.html is not UTF-8")?
        .replace("{{css}}", &css)
        .replace("{{js}}", &js)
        .replace("{{wasm}}", &wasm)
        .replace("{{boot}}", &boot)
        .replace("{{exit}}", &exit_url);
    fs::write(staging.join("index.html"), html).map_err(|e| e.to_string())?;

    // Every language's text files: main.ftl for every visit, and the files the staff page
    // and the safety plan fetch when they are opened.
    for code in &languages {
        let out = staging.join("locales").join(code);
        fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        for file in TEXT_FILES {
            let ftl = root.join("locales").join(code).join(file);
            let source = fs::read_to_string(&ftl).map_err(|e| format!("{}: {e}", ftl.display()))?;
            fs::write(out.join(file), strip_comments(&source)).map_err(|e| e.to_string())?;
        }
    }

    let pseudo_dir = staging.join("locales").join(PSEUDO_LOCALE);
    fs::create_dir_all(&pseudo_dir).map_err(|e| e.to_string())?;
    for file in TEXT_FILES {
        let source =
            fs::read_to_string(root.join("locales/sv").join(file)).map_err(|e| e.to_string())?;
        fs::write(
            pseudo_dir.join(file),
            strip_comments(&pseudo_locale(source, file)?),
        )
        .map_err(|e| e.to_string())?;
    }

    precompress(&staging)?;
    let site = root.join("site");
    if site.exists() {
        fs::remove_dir_all(&site).map_err(|e| format!("{}: {e}", site.display()))?;
    }
    fs::rename(&staging, &site).map_err(|e| e.to_string())?;
    println!("site written to {}", site.display());
    size_report()
}

/// Runs wasm-bindgen on the entry point `name` and writes its JavaScript and wasm,
/// hashed, into `staging`; returns their file names.
fn bind(target: &Path, name: &str, staging: &Path) -> Result<(String, String)> {
    let bindgen_out = target.join("wasm-bindgen");
    run(Command::new("wasm-bindgen")
        .arg(target.join(format!("wasm32-unknown-unknown/wasm-release/{name}.wasm")))
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--remove-name-section",
            "--remove-producers-section",
        ])
        .args(["--out-name", name, "--out-dir"])
        .arg(&bindgen_out))?;
    let glue = String::from_utf8(read(&bindgen_out.join(format!("{name}.js")))?)
        .map_err(|_| format!("{name}.js is not UTF-8"))?;
    let js = write_hashed(staging, name, "js", minify_js(name, &glue)?.as_bytes())?;
    let wasm = write_hashed(
        staging,
        name,
        "wasm",
        &read(&bindgen_out.join(format!("{name}_bg.wasm")))?,
    )?;
    Ok((js, wasm))
}

/// The browsers whose syntax minified JavaScript may use: those that run the client's
/// wasm at all (it uses reference types, on by default in Rust's wasm target).
const JS_ENGINES: &str = "chrome96,firefox79,safari15";

/// The ES module `source` minified with oxc (compressed, local names shortened, no
/// comments): about a quarter less brotli for wasm-bindgen's glue.
fn minify_js(name: &str, source: &str) -> Result<String> {
    use oxc_allocator::Allocator;
    use oxc_codegen::{Codegen, CodegenOptions, CommentOptions};
    use oxc_compat::EngineTargets;
    use oxc_minifier::{CompressOptions, Minifier, MinifierOptions};
    use oxc_parser::Parser;
    use oxc_span::SourceType;

    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if let Some(error) = parsed.diagnostics.first() {
        return Err(format!("{name}.js does not parse: {error}"));
    }
    let mut program = parsed.program;
    let options = MinifierOptions {
        compress: Some(CompressOptions {
            target: EngineTargets::from_target(JS_ENGINES)?,
            ..CompressOptions::default()
        }),
        ..MinifierOptions::default()
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions {
            minify: true,
            comments: CommentOptions::disabled(),
            ..CodegenOptions::default()
        })
        .with_scoping(minified.scoping)
        .build(&program)
        .code)
}

/// Every language code with a `locales/<code>/main.ftl`, sorted.
fn locale_codes(root: &Path) -> Result<Vec<String>> {
    let mut codes = Vec::new();
    for entry in fs::read_dir(root.join("locales")).map_err(|e| e.to_string())? {
        let dir = entry.map_err(|e| e.to_string())?.path();
        if dir.join("main.ftl").is_file() {
            codes.push(dir.file_name().unwrap_or_default().to_string_lossy().into());
        }
    }
    codes.sort();
    Ok(codes)
}

/// The screens built as their own modules and loaded on demand (`app/src/bin/<name>.rs`).
const MODULES: [&str; 2] = ["staff", "plan"];

/// Each language's text files: `main.ftl` for every visit, then those fetched when they
/// are first needed (the questions and result, the staff page, the safety plan, the
/// safety and about pages).
const TEXT_FILES: [&str; 5] = [
    "main.ftl",
    "questions.ftl",
    "staff.ftl",
    "plan.ftl",
    "info.ftl",
];

/// The page's one script. It starts fetching the language's text at once, so text and
/// wasm arrive side by side; the client takes that fetch over when it chose the same
/// language (the client's choice is the one that counts: a differing guess here only
/// costs one extra request; a failure here only loses the head start). Then it loads and
/// starts the client. `vvModule(name)` loads the module of a screen loaded on demand (the
/// staff page, the safety plan) when the client asks for it (the client keeps the module
/// once loaded, and asks again after a failure). No top-level `await`, so older phone
/// browsers run it too.
fn boot_script(
    codes: &[String],
    [js, wasm]: [&str; 2],
    modules: &[(&str, String, String)],
) -> String {
    let modules = modules
        .iter()
        .map(|(name, js, wasm)| format!("{name}:[\"./{js}\",\"/{wasm}\"]"))
        .collect::<Vec<_>>()
        .join(",");
    let offered = codes
        .iter()
        .map(String::as_str)
        .chain([PSEUDO_LOCALE])
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"try {{
  const offered = [{offered}];
  const find = (code) => {{
    code = code.trim().toLowerCase();
    return offered.includes(code) ? code : offered.find((c) => c === code.split(/[-_]/)[0]);
  }};
  const asked = new URLSearchParams(location.search).get("lang");
  const language = (asked === null ? (navigator.languages || []).map(find).find(Boolean) : find(asked)) || "sv";
  globalThis.vvText = {{ language, response: fetch(`/locales/${{language}}/main.ftl`) }};
}} catch (error) {{
  // Only a head start is lost: the client fetches the text itself.
}}
const modules = {{{modules}}};
globalThis.vvModule = (name) => import(modules[name][0])
  .then((module) => module.default({{ module_or_path: modules[name][1] }}).then(() => module));
import("./{js}").then(({{ default: init }}) => init({{ module_or_path: "/{wasm}" }}));
"#
    )
}

/// The pseudo-locale's code: Swedish accented, lengthened and bracketed, for tests that
/// catch hard-coded text and overflow.
const PSEUDO_LOCALE: &str = "qps-ploc";

/// The Swedish source with every text element accented, lengthened by about a third and
/// wrapped in brackets; placeables, selectors and ids stay as they are.
fn pseudo_locale(source: String, file: &str) -> Result<String> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &mut Pattern<String>) {
        for element in &mut p.elements {
            match element {
                PatternElement::TextElement { value } => {
                    *value = fluent_pseudo::transform_dom(value, false, true, true).into_owned();
                }
                PatternElement::Placeable { expression } => placeable(expression),
            }
        }
    }
    fn placeable(expression: &mut Expression<String>) {
        match expression {
            Expression::Select { variants, .. } => {
                variants.iter_mut().for_each(|v| pattern(&mut v.value))
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => placeable(expression),
            Expression::Inline(_) => {}
        }
    }
    let mut resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, e)| format!("locales/sv/{file}: {e:?}"))?;
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                pattern(value);
            }
            message
                .attributes
                .iter_mut()
                .for_each(|a| pattern(&mut a.value));
        }
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// CSS without comments and with runs of white space folded: a few hundred bytes less
/// on every first load. Strings in the stylesheet hold no comment markers or spaces
/// that matter.
fn minify_css(source: &str) -> String {
    let mut without_comments = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    without_comments.push_str(rest);
    without_comments
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Fluent source without its comment and blank lines: comments are for translators,
/// not for phones.
fn strip_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .flat_map(|line| [line, "\n"])
        .collect()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `bytes` as `<stem>-<16 hex of sha256>.<ext>` and returns that name.
fn write_hashed(dir: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<String> {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("{stem}-{hex}.{ext}");
    fs::write(dir.join(&name), bytes).map_err(|e| e.to_string())?;
    Ok(name)
}

/// Every file in `dir`, recursively, except precompressed variants.
fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            out.extend(files(&path)?);
        } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz")) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory brotli");
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory gzip");
    encoder.finish().expect("in-memory gzip")
}

/// Writes `.br` and `.gz` beside every file.
fn precompress(dir: &Path) -> Result<()> {
    for path in files(dir)? {
        let bytes = read(&path)?;
        let with = |ext: &str| PathBuf::from(format!("{}.{ext}", path.display()));
        fs::write(with("br"), brotli(&bytes)).map_err(|e| e.to_string())?;
        fs::write(with("gz"), gzip(&bytes)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn size_report() -> Result<()> {
    let site = root().join("site");
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "asset", "raw", "gzip", "brotli"
    );
    let mut first_load = [0usize; 3];
    for path in files(&site)? {
        let raw = read(&path)?.len();
        let size_of = |ext: &str| {
            fs::metadata(format!("{}.{ext}", path.display()))
                .map(|m| m.len() as usize)
                .unwrap_or(0)
        };
        let (gz, br) = (size_of("gz"), size_of("br"));
        let name = path
            .strip_prefix(&site)
            .unwrap_or(&path)
            .display()
            .to_string();
        println!("{name:<40} {raw:>10} {gz:>10} {br:>10}");
        // A first load fetches every asset but the modules loaded on demand (the staff
        // page, the safety plan), and only one language's main.ftl (Swedish here).
        let on_demand = MODULES
            .iter()
            .any(|module| name.starts_with(&format!("{module}-")));
        let other_text = name.starts_with("locales/") && !name.starts_with("locales/sv/main.ftl");
        if !on_demand && !other_text {
            first_load[0] += raw;
            first_load[1] += gz;
            first_load[2] += br;
        }
    }
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "first load (main app, Swedish main.ftl)", first_load[0], first_load[1], first_load[2]
    );
    Ok(())
}
