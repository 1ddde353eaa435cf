#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven over the DevTools protocol.

Three ways in, the same checks:
  browser_test.py --binary BIN [--source DIR] [--out DIR]
      runs `BIN analyze examples/seeds examples/feeds/harbour.xml --html TMP/report.html`
      (three stories, so a search has rows to hide) and opens the page as a file:// URL;
  browser_test.py --page REPORT.html [--out DIR]
      opens a report already written (any input: the seeds' own floors are not applied);
  browser_test.py --url http://127.0.0.1:PORT [--out DIR]
      checks a running `crosscheck serve`: the story index at `/`, story pages wherever the
      index links (`/stories/{id}`), sentences wherever the story links. The index may be the
      report's (script filters) or a GET form (name=q, name=status) the server answers;
      ctest's browser_serve (serve_browser.sh) runs it against `crosscheck serve` on the seeds.

At desktop (1280x900) and phone (390x844, device scale 3, mobile emulation) widths it checks:
  1. the story index renders; typing (Input.insertText, as a keyboard would) a word from one
     story's title that no other row holds keeps that row and hides every row without the
     word; the claim-status filter shows only rows with a claim of that status (with the
     report's script: exactly those rows, and clearing it brings every row back);
  2. a story link lands on the story (the first story, in index order, with a timeline and a
     figure chart; the first story if none has both); its timeline items are there and visible,
     and each chart's SVG has a non-zero box with drawn circles and lines (on the seeds a chart
     is required);
  3. a link to a cited sentence lands on it: location.hash matches, the target exists, its
     <details> is open, it is in the viewport, and its background (the :target style) differs
     from the text around it and from the other marked sentences, evenly over the sentence;
     and, on the seeds, at least MIN_SENTENCE_LINK_SHARE of the story's item links point at a
     marked sentence, not at the top of a document (the count is printed in every mode);
  4. nothing scrolls sideways: innerWidth is the emulated width (a phone zooms out when a page
     is wider than the screen) and scrollWidth <= clientWidth, on the index, the story, the
     sentence and with every <details> open; offending elements are named;
  and that the page throws no script error and fetches nothing (from a file: nothing but
  itself; from a server: nothing from another origin).
Screenshots of the index, the story, its first chart and the sentence at both widths go to
--out (default out/browser/ in the source tree, which git ignores), e.g. phone-sentence.png.

The DevTools protocol runs over --remote-debugging-pipe (cdp.py), standard library only. Every
wait is bounded (WAIT_SECONDS) and Chromium is killed at the end, whatever happens.

Exit codes: 0 pass, 1 a check failed, 2 bad arguments or setup, 77 skipped (no Chromium).
"""
import argparse
import base64
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

from cdp import CHROMIUM, WAIT_SECONDS, CdpError, Chromium, Timeout

SKIP = 77
POLL_SECONDS = 0.05
VIEWPORTS = [
    # name, CSS width, height, device scale, mobile emulation
    ("desktop", 1280, 900, 1, False),
    ("phone", 390, 844, 3, True),
]
MAX_STORY_CANDIDATES = 5  # stories tried when looking for one with a timeline and a chart
MAX_OFFENDERS = 10
# On the seeds, the share of a story's item links that must land on a highlighted sentence
# rather than the document's top (138 of 140 do: two items paraphrase their copy too freely).
MIN_SENTENCE_LINK_SHARE = 0.95


class CheckFailed(Exception):
    pass


# Helpers defined in every evaluation (the page may have navigated since the last one).
JS_HELPERS = r"""
function visible(e){if(!e)return false;var r=e.getBoundingClientRect(),s=getComputedStyle(e);
  return r.width>0&&r.height>0&&s.visibility!='hidden'&&s.display!='none'}
function describe(e){var p=[];for(;e&&e.nodeType==1&&p.length<4;e=e.parentElement){
  var n=e.tagName.toLowerCase();if(e.id)n+='#'+e.id;else if(e.classList.length)n+='.'+[...e.classList].join('.');
  p.unshift(n)}return p.join(' > ')}
function rows(){return [...document.querySelectorAll('#index li')]}
function hashTarget(){var h=location.hash.slice(1);if(!h)return null;
  try{return document.getElementById(decodeURIComponent(h))}catch(x){return document.getElementById(h)}}
"""


class Page:
    """One tab at one viewport, attached with flatten: true."""

    def __init__(self, browser, viewport):  # viewport: an entry of VIEWPORTS
        self.browser = browser
        self.name, self.width, self.height, scale, mobile = viewport
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.target = target
        self.session = browser.send("Target.attachToTarget",
                                    {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": scale,
                   "mobile": mobile})
        if mobile:
            self.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})

    def send(self, method, params=None, timeout=WAIT_SECONDS):
        return self.browser.send(method, params, self.session, timeout)

    def close(self):
        self.browser.send("Target.closeTarget", {"targetId": self.target})

    def navigate(self, url):
        self.browser.take_events("Page.loadEventFired", self.session)
        reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise CheckFailed(f"{self.name}: cannot open {url}: {reply['errorText']}")
        self.browser.wait_event("Page.loadEventFired", self.session)

    def evaluate(self, expression):
        reply = self.send("Runtime.evaluate",
                          {"expression": JS_HELPERS + expression, "returnByValue": True,
                           "awaitPromise": True})
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CdpError(f"script failed: {text}")
        return reply["result"].get("value")

    def poll(self, expression, what, timeout=WAIT_SECONDS):
        """Evaluates `expression` until it is truthy; a navigation in between is waited out."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = self.evaluate(expression)
                if last:
                    return last
            except CdpError as error:  # the context went away mid-navigation
                last = str(error)
            time.sleep(POLL_SECONDS)
        raise CheckFailed(f"{self.name}: {what} (not within {timeout:.0f} s; last: {last!r})")

    def click_link(self, selector_js, what):
        """Clicks the link `selector_js` evaluates to and waits until the page is at its href."""
        href = self.evaluate(f"(()=>{{var a={selector_js};if(!a)return null;a.click();return a.href}})()")
        if not href:
            raise CheckFailed(f"{self.name}: no link to click for {what}")
        self.poll(f"location.href=={json.dumps(href)}&&document.readyState=='complete'",
                  f"{what}: clicking did not land on {href}")
        return href

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def script_errors(self):
        return [e["params"]["exceptionDetails"].get("exception", {}).get("description")
                or e["params"]["exceptionDetails"].get("text")
                for e in self.browser.take_events("Runtime.exceptionThrown", self.session)]

    def requests(self):
        return [e["params"]["request"]["url"]
                for e in self.browser.take_events("Network.requestWillBeSent", self.session)]


def check(condition, failures, message):
    if not condition:
        failures.append(message)
    return condition


# ---- the checks; each appends what is wrong to `failures` ----

# The index: with the report's script, #filters (#q, #status) filter rows in place; a server's
# index has no script, a GET form (name=q, name=status) that it answers with the rows that match.
INDEX_STATE = """(()=>{var f=document.getElementById('filters'),form=document.querySelector('#index form');
  return {kind:f?'script':form?'form':'none',filters:f?!f.hidden&&visible(f):visible(form),
    rows:rows().map(r=>{var a=r.querySelector('a');return {href:a?a.href:'',
      title:a?a.textContent.toLowerCase():'',text:r.textContent.toLowerCase(),shown:visible(r),
      statuses:[...r.querySelectorAll('.status')].flatMap(b=>[...b.classList].filter(c=>c!='status'))}})}})()"""


def set_filter(page, kind, field, value):
    """Sets the search (`q`) or the status filter as a reader would, typing a search; a form is
    submitted and its answer waited for. Returns the index's state after."""
    element = f"(document.getElementById('{field}')||document.querySelector('#index form [name={field}]'))"
    if field == "q":
        page.evaluate(f"(()=>{{var e={element};e.value='';e.focus();"
                      "e.dispatchEvent(new Event('input',{bubbles:true}))})()")
        if value:
            page.send("Input.insertText", {"text": value})
    else:
        page.evaluate(f"(()=>{{var e={element};e.value={json.dumps(value)};"
                      "e.dispatchEvent(new Event('change',{bubbles:true}))})()")
    if kind == "form":
        before = page.evaluate("location.href")
        page.evaluate("document.querySelector('#index form').requestSubmit()")
        page.poll(f"location.href!={json.dumps(before)}&&document.readyState=='complete'",
                  f"{page.name} index: the search form was not answered")
    page.evaluate("document.activeElement&&document.activeElement.blur()")
    return page.evaluate(INDEX_STATE)


def check_index(page, index_url, failures):
    index = page.evaluate(INDEX_STATE)
    rows, kind = index["rows"], index["kind"]
    where = f"{page.name} index"
    if not check(rows, failures, f"{where}: no story rows (#index li)"):
        return
    hidden = sum(not row["shown"] for row in rows)
    check(hidden == 0, failures, f"{where}: {hidden} of {len(rows)} rows not visible")
    if not check(kind != "none" and index["filters"], failures,
                 f"{where}: the search and filters are not shown"):
        return

    # Search: a word of four letters or more from one row's title that no other row contains.
    # The row stays and every row without the word goes (a server may also match names it
    # does not show, so rows that show the word are left alone).
    chosen = next(((row, word) for row in rows for word in re.findall(r"[a-z]{4,}", row["title"])
                   if sum(word in other["text"] for other in rows) == 1), None)
    if chosen is None:
        failures.append(f"{where}: no word singles out one story; search not checked")
    else:
        row, word = chosen
        after = set_filter(page, kind, "q", word)
        shown = [r["href"] for r in after["rows"] if r["shown"]]
        check(row["href"] in shown, failures,
              f"{where}: searching {word!r} hides the story whose title has it ({row['href']})")
        wrong = [r["href"] for r in rows if word not in r["text"] and r["href"] in shown]
        check(not wrong, failures, f"{where}: searching {word!r} still shows {wrong}")
        if kind == "script":
            counter = page.evaluate("document.getElementById('shown').textContent")
            check(counter.startswith(f"1 of {len(rows)}"), failures,
                  f"{where}: after the search the counter says {counter!r}")
        if kind == "script":
            set_filter(page, kind, "q", "")
        else:
            page.navigate(index_url)

    # Status filter: the status that splits the rows most evenly.
    statuses = [set(row["statuses"]) for row in rows]
    every = sorted(set().union(*statuses))
    if not every:
        failures.append(f"{where}: no row has a claim status; status filter not checked")
        return
    status = min(every, key=lambda s: abs(sum(s in row for row in statuses) - len(statuses) / 2))
    after = set_filter(page, kind, "status", status)
    shown = [r for r in after["rows"] if r["shown"]]
    check(shown and all(status in r["statuses"] for r in shown), failures,
          f"{where}: status filter {status!r} shows {[r['href'] for r in shown]}, not all with "
          "that status")
    if kind == "script":  # in place, so every row with the status must be there too
        expected = [row["href"] for row, has in zip(rows, statuses) if status in has]
        check([r["href"] for r in shown] == expected, failures,
              f"{where}: status filter {status!r} shows {[r['href'] for r in shown]}, "
              f"expected {expected}")
        after = set_filter(page, kind, "status", "")
        check(all(r["shown"] for r in after["rows"]), failures,
              f"{where}: clearing the filters does not bring every row back")
    else:
        page.navigate(index_url)


STORY_STATE = """(()=>{var s=hashTarget();if(!s||!s.matches('section.story'))s=document.querySelector('section.story');
  if(!s)return {found:false,url:location.href};
  var r=s.getBoundingClientRect(),items=[...s.querySelectorAll('ol.timeline li')];
  var charts=[...s.querySelectorAll('figure.chart svg')].map(svg=>{var b=svg.getBoundingClientRect();
    var drawn=q=>[...svg.querySelectorAll(q)].filter(e=>{var x=e.getBoundingClientRect();
      return (x.width>0||x.height>0)&&getComputedStyle(e).display!='none'}).length;
    return {width:b.width,height:b.height,circles:drawn('circle'),lines:drawn('line,polyline,path')}});
  return {found:true,id:s.id,title:(s.querySelector('h2')||s).textContent.slice(0,80),
    top:r.top,height:r.height,viewport:innerHeight,items:items.length,
    visibleItems:items.filter(visible).length,charts}})()"""


def open_story(page, index_url):
    """Opens, from the index, the first story with a timeline and a chart (else the first)."""
    count = page.evaluate("rows().length")
    first = None
    for row_idx in range(min(count, MAX_STORY_CANDIDATES)):
        if row_idx > 0:
            page.navigate(index_url)
        page.click_link(f"rows()[{row_idx}].querySelector('a')", "story link")
        state = page.poll(STORY_STATE, "story page has no section.story")
        first = first or (row_idx, state)
        if state["items"] > 0 and state["charts"]:
            return state
    if first and first[0] != row_idx:  # go back to the first story
        page.navigate(index_url)
        page.click_link(f"rows()[{first[0]}].querySelector('a')", "story link")
        return page.poll(STORY_STATE, "story page has no section.story")
    return first[1] if first else None


# Where the story's item links land: a marked sentence, or only the document (its text was
# not found there, not even rewritten). A timeline's publication entries link documents.
ITEM_LINKS = """(()=>{var s=hashTarget();if(!s||!s.matches('section.story'))s=document.querySelector('section.story');
  var marks=0,documents=[];for(var a of s.querySelectorAll('.refs a[href^="#"]')){
    if(a.closest('li.publication'))continue;var t=document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    if(t&&t.tagName=='MARK')marks++;else documents.push(a.getAttribute('href'))}
  return {marks:marks,documents:documents}})()"""


def check_story(page, state, known_input, failures):
    where = f"{page.name} story {state.get('id', '')}"
    if not check(state["found"], failures, f"{where}: the link did not land on a story"):
        return
    check(-1 <= state["top"] < state["viewport"], failures,
          f"{where}: the story is not in view (top {state['top']:.0f}px)")
    check(state["items"] > 0, failures, f"{where}: no timeline items (ol.timeline li)")
    check(state["visibleItems"] == state["items"], failures,
          f"{where}: {state['items'] - state['visibleItems']} of {state['items']} timeline items "
          "not visible")
    if known_input:
        check(state["charts"], failures, f"{where}: no figure chart (figure.chart svg)")
    for chart_idx, chart in enumerate(state["charts"]):
        check(chart["width"] > 0 and chart["height"] > 0 and chart["circles"] > 0 and
              chart["lines"] > 0, failures,
              f"{where}: chart {chart_idx} does not render: {chart}")


SENTENCE_STATE = """(()=>{var e=hashTarget();if(!e)return {found:false,hash:location.hash};
  var d=e.closest('details'),r=e.getBoundingClientRect();
  function background(x){for(;x;x=x.parentElement){var c=getComputedStyle(x).backgroundColor;
    if(c!='rgba(0, 0, 0, 0)'&&c!='transparent')return c}return 'rgb(255, 255, 255)'}
  var other=[...(d||document).querySelectorAll(e.tagName)].find(m=>m!=e&&!m.contains(e)&&!e.contains(m));
  return {found:true,hash:location.hash,tag:e.tagName.toLowerCase(),target:e.matches(':target'),
    otherBackground:other?getComputedStyle(other).backgroundColor:null,
    unevenInside:[...e.querySelectorAll('*')].filter(x=>getComputedStyle(x).backgroundColor!=getComputedStyle(e).backgroundColor
      &&getComputedStyle(x).backgroundColor!='rgba(0, 0, 0, 0)').length,
    detailsOpen:d?d.open:null,top:r.top,bottom:r.bottom,height:r.height,viewport:innerHeight,
    background:getComputedStyle(e).backgroundColor,textBackground:background(e.parentElement),
    text:e.textContent.slice(0,60)}})()"""


def check_sentence(page, story_id, failures):
    """Clicks the story's first link to a cited sentence; returns whether it landed."""
    where = f"{page.name} sentence"
    scope = (f"document.getElementById({json.dumps(story_id)})" if story_id
             else "document.querySelector('section.story')")
    href = page.click_link(f"[...({scope}||document).querySelectorAll('.refs a[href*=\"#\"]')]"
                           ".find(a=>!a.closest('li.publication'))", "sentence link")
    fragment = urllib.parse.urlsplit(href).fragment
    state = page.poll(f"(()=>{{var s={SENTENCE_STATE};return s.found&&s.height>0?s:null}})()",
                      f"{where}: #{fragment} is not on the page, or has no box", timeout=5)
    where += f" #{fragment}"
    check(state["hash"] == "#" + fragment, failures,
          f"{where}: location.hash is {state['hash']!r}")
    check(state["target"], failures, f"{where}: the element does not match :target")
    check(state["detailsOpen"] is not False, failures, f"{where}: its <details> is closed")
    in_view = state["top"] >= -1 and state["top"] < state["viewport"] and state["bottom"] > 0
    check(in_view, failures,
          f"{where}: not in the viewport (top {state['top']:.0f}, bottom {state['bottom']:.0f}, "
          f"viewport {state['viewport']})")
    check(state["background"] != state["textBackground"], failures,
          f"{where}: not highlighted: background {state['background']} is the text's")
    check(state["unevenInside"] == 0, failures,
          f"{where}: {state['unevenInside']} elements inside the sentence (marks of other items "
          "it holds) are not highlighted like it")
    check(state["background"] != state["otherBackground"], failures,
          f"{where}: not told apart from the other marked sentences (background "
          f"{state['background']})")
    return state


SIDEWAYS = """(()=>{var de=document.documentElement,vw=de.clientWidth,out=[];
  for(var e of document.body.querySelectorAll('*')){var r=e.getBoundingClientRect();
    if(r.width==0&&r.height==0)continue;
    if(r.right+scrollX<=vw+1&&r.left+scrollX>=-1)continue;
    var clipped=false;for(var p=e.parentElement;p&&p!=document.body;p=p.parentElement){
      if(getComputedStyle(p).overflowX!='visible'){clipped=true;break}}
    if(!clipped&&!(e.parentElement&&out.some(o=>o.element==e.parentElement)))
      out.push({element:e,text:describe(e)+' ['+Math.round(r.left+scrollX)+'..'+Math.round(r.right+scrollX)+'px]'})}
  return {scrollWidth:de.scrollWidth,clientWidth:vw,innerWidth:innerWidth,count:out.length,
          offenders:out.slice(0,%d).map(o=>o.text)}})()""" % MAX_OFFENDERS


def check_sideways(page, state_name, failures):
    result = page.evaluate(SIDEWAYS)
    where = f"{page.name} {state_name}"
    check(result["innerWidth"] == page.width, failures,
          f"{where}: innerWidth {result['innerWidth']} is not the emulated {page.width} "
          "(the page is wider than the screen and was zoomed out)")
    check(result["scrollWidth"] <= result["clientWidth"], failures,
          f"{where}: scrolls sideways: scrollWidth {result['scrollWidth']} > clientWidth "
          f"{result['clientWidth']}")
    check(result["count"] == 0, failures,
          f"{where}: {result['count']} elements wider than the viewport: "
          + "; ".join(result["offenders"]))


def run_viewport(browser, viewport, index_url, out_dir, from_file, known_input, failures):
    """`from_file`: the page is a file (nothing else may be fetched); `known_input`: the page
    is the seeds' and the feed's (--binary), with a figure chart and item links that find
    their sentences."""
    page = Page(browser, viewport)
    try:
        page.navigate(index_url)
        check_index(page, index_url, failures)
        check_sideways(page, "index", failures)
        page.screenshot(out_dir / f"{page.name}-index.png")

        story = open_story(page, index_url)
        if story is None:
            failures.append(f"{page.name}: no story to open")
            return
        check_story(page, story, known_input, failures)
        links = page.evaluate(ITEM_LINKS)
        total = links["marks"] + len(links["documents"])
        print(f"{page.name} story {story.get('id', '')}: {links['marks']} of {total} item links "
              f"land on a highlighted sentence, the others on the document's top "
              f"{links['documents'][:8]}")
        if known_input and total:
            check(links["marks"] >= MIN_SENTENCE_LINK_SHARE * total, failures,
                  f"{page.name} story: only {links['marks']} of {total} item links land on a "
                  f"highlighted sentence (floor {MIN_SENTENCE_LINK_SHARE:.0%})")
        check_sideways(page, "story", failures)
        page.screenshot(out_dir / f"{page.name}-story.png")
        if page.evaluate("(()=>{var c=(hashTarget()||document).querySelector('figure.chart');"
                         "if(c)c.scrollIntoView();return !!c})()"):
            page.screenshot(out_dir / f"{page.name}-chart.png")

        check_sentence(page, story.get("id"), failures)
        check_sideways(page, "sentence", failures)
        page.screenshot(out_dir / f"{page.name}-sentence.png")

        page.evaluate("document.querySelectorAll('details').forEach(d=>d.open=true)")
        check_sideways(page, "page with every <details> open", failures)

        for error in page.script_errors():
            failures.append(f"{page.name}: script error: {error}")
        # Self-contained: from a file nothing else is fetched, from a server nothing elsewhere.
        parts = urllib.parse.urlsplit(index_url)
        own = ("file:",) if from_file else (f"{parts.scheme}://{parts.netloc}/",)
        fetched = [u for u in page.requests() if not u.startswith(own + ("data:",))]
        check(not fetched, failures, f"{page.name}: the page fetched {fetched[:5]}")
    finally:
        page.close()


def make_report(binary, source, work):
    report = work / "report.html"
    inputs = [source / "examples" / "seeds", source / "examples" / "feeds" / "harbour.xml"]
    run = subprocess.run([binary, "analyze", *map(str, inputs), "--html", str(report)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    if run.returncode != 0 or not report.exists():
        print(f"browser_test: {binary} analyze failed ({run.returncode}): "
              f"{run.stderr.decode(errors='replace')}", file=sys.stderr)
        sys.exit(2)
    return report.as_uri()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", help="crosscheck binary (file mode)")
    parser.add_argument("--source", default=str(pathlib.Path(__file__).resolve().parents[2]),
                        help="source tree holding examples/ (default: this script's)")
    parser.add_argument("--url", help="base URL of a running `crosscheck serve` (URL mode)")
    parser.add_argument("--page", help="an HTML report already written (file mode, no binary)")
    parser.add_argument("--out", help="screenshot folder (default SOURCE/out/browser)")
    args = parser.parse_args()
    if sum(map(bool, (args.binary, args.url, args.page))) != 1:
        parser.error("give one of --binary (file mode), --page (file mode) or --url (a serve)")
    if not os.access(CHROMIUM, os.X_OK):
        print(f"browser_test: SKIP: no Chromium at {CHROMIUM} (Debian package `chromium`; "
              "scripts/install-deps.sh installs it)")
        return SKIP

    def stop(signum, _frame):  # so that `finally` kills Chromium on SIGTERM/SIGINT too
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    out_dir = pathlib.Path(args.out or pathlib.Path(args.source) / "out" / "browser")
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    failures = []
    with tempfile.TemporaryDirectory(prefix="crosscheck-browser-") as temp:
        work = pathlib.Path(temp)
        if args.url:
            index_url = args.url.rstrip("/") + "/"
        elif args.page:
            index_url = pathlib.Path(args.page).resolve().as_uri()
        else:
            index_url = make_report(args.binary, pathlib.Path(args.source), work)
        (work / "profile").mkdir()
        browser = Chromium(work / "profile", work / "chromium.log")
        try:
            for viewport in VIEWPORTS:
                try:
                    run_viewport(browser, viewport, index_url, out_dir, not args.url,
                                 bool(args.binary), failures)
                except (CheckFailed, Timeout, CdpError) as error:
                    failures.append(f"{viewport[0]}: {error}")
        finally:
            browser.close()
            if failures:
                log = (work / "chromium.log").read_bytes().decode(errors="replace")
                # Without a D-Bus (a container, CI) Chromium logs its absence many times.
                lines = [line for line in log.splitlines() if "dbus" not in line]
                tail = "\n".join(lines[-15:])
                print(f"browser_test: Chromium's log, last lines:\n{tail}", file=sys.stderr)
    seconds = time.monotonic() - started
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"browser_test: {len(failures)} failures, {len(VIEWPORTS)} viewports, "
          f"screenshots in {out_dir}, {seconds:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
