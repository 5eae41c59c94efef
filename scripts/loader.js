// index.html's bootstrap in release builds, put by scripts/finish-build.mjs in place of
// Trunk's (comments and indentation left out), before anything is fetched: it starts the
// first-visit build, the smaller one with only the pages a first visit needs, for a
// visitor with no history at one of those pages, and the full build otherwise. The
// first-visit build hands any other page over by loading the page again, after setting
// FULL in this tab's session storage; that is lossless only where storage keeps what is
// written, so the probe. tests/first_visit.rs holds EXACT and PREFIXES to
// `Route::in_first_visit`, and KEPT to the app's keys; `BUILDS` is filled in by the hook:
// [script, wasm, integrity].
const EXACT = ['', '#/', '#/assessment', '#/giving', '#/about'];
const PREFIXES = ['#/start/', '#/results/', '#/r/', '#/join?', '#/give?'];
// Kept only by someone who has used the app before: results, workshops run, feedback
// asked for. The first-visit build does not read the last two (src/app/storage.rs).
const KEPT = ['servewell.v1.history', 'servewell.v1.workshops', 'servewell.v1.feedback'];
const FULL = 'servewell.v1.full';
const PROBE = 'servewell.v1.probe';
const [FIRST_VISIT, FULL_APP] = BUILDS;
function firstVisit() {
  const hash = location.hash;
  if (!EXACT.includes(hash) && !PREFIXES.some((prefix) => hash.startsWith(prefix))) return false;
  try {
    if (sessionStorage.getItem(FULL) || KEPT.some((key) => localStorage.getItem(key) !== null)) return false;
    localStorage.setItem(PROBE, PROBE);
    const kept = localStorage.getItem(PROBE) === PROBE;
    localStorage.removeItem(PROBE);
    return kept;
  } catch {
    return false;
  }
}
const [script, wasm, integrity] = firstVisit() ? FIRST_VISIT : FULL_APP;
// Both at once; the script's integrity is in the import map before this script.
const module = fetch(wasm, { integrity });
const { default: init } = await import(script);
await init({ module_or_path: module });
