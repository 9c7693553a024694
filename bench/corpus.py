#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of N articles in the messy formats
Briefing reads — bylines, dates in many formats, site menus, captions,
related links, quotes, dated events — across the three threads of
briefing.yml and unrelated news, with a few syndicated copies; and the same
articles as Markdown pages for Hugo (one page per article, tagged by thread).

Usage: corpus.py N OUT   → OUT/seeds/*.txt and OUT/hugo/content/articles/*.md
The same N always gives the same bytes."""
import os
import random
import sys
from datetime import date, timedelta

SEED = 20260122
START = date(2025, 10, 1)
DAYS = 130
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

THREADS = {
    "board-of-peace": {
        "people": [("Donald Trump", "President"), ("Karoline Leavitt", "White House press secretary"),
                   ("Viktor Orbán", "Hungarian Prime Minister"), ("Javier Milei", "Argentine President"),
                   ("Tony Blair", "former British prime minister"), ("Jared Kushner", "adviser"),
                   ("Alexander Lukashenko", "Belarusian President"), ("Ajay Banga", "World Bank president")],
        "places": ["Gaza", "Davos", "Washington", "Cairo", "Doha", "Rafah", "Jerusalem"],
        "heads": ["{place} talks put Board of Peace under scrutiny", "{person} defends $1bn price of a Board of Peace seat",
                  "Board of Peace charter divides allies", "Who has joined Trump's Board of Peace so far",
                  "Gaza reconstruction waits on Board of Peace decisions", "{person} weighs invitation to the Board of Peace"],
        "facts": ["The Board of Peace, chaired by President Donald Trump, is meant to oversee the reconstruction of Gaza.",
                  "Members who want a permanent seat on the board are asked to contribute $1 billion to a reconstruction fund.",
                  "The charter gives the chairman the final word on membership and spending.",
                  "{count} governments have received an invitation to join the Board of Peace, officials said.",
                  "Diplomats in {place} said the invitation had arrived without a clear explanation of the board's rules.",
                  "Aid agencies in Gaza say reconstruction has barely begun since the ceasefire took effect.",
                  "Critics say the board could sideline the United Nations in Gaza.",
                  "The board's executive committee met in {place} to discuss a technocratic administration for Gaza."],
        "quotes": ["This board will bring real peace to Gaza and beyond", "We will not pay for a seat at a table whose rules we have not seen",
                   "The invitation is being studied carefully by our government", "Reconstruction cannot wait for committees"],
    },
    "ukraine-peace-talks": {
        "people": [("Steve Witkoff", "special envoy"), ("Volodymyr Zelensky", "Ukrainian President"),
                   ("Dmitry Peskov", "Kremlin spokesman"), ("Yuri Ushakov", "Kremlin aide"),
                   ("Kirill Dmitriev", "Russian envoy"), ("Rustem Umerov", "Ukrainian negotiator"),
                   ("Marco Rubio", "Secretary of State"), ("Igor Kostyukov", "military intelligence chief")],
        "places": ["Moscow", "Kyiv", "Abu Dhabi", "Geneva", "Miami", "Istanbul", "Riyadh"],
        "heads": ["Peace talks resume in {place} as gaps remain on Donbas", "{person} says security guarantees are close",
                  "Trilateral talks on Ukraine end without a deal", "Envoys fly to {place} for new round of peace talks",
                  "Kremlin cool on latest version of the peace plan", "{person} warns a ceasefire must be monitored"],
        "facts": ["Negotiators from Ukraine, Russia and the United States held peace talks in {place}.",
                  "The status of the Donbas remains the main obstacle to a peace deal, officials said.",
                  "Ukraine wants security guarantees that would oblige its partners to act if Russia attacks again.",
                  "Russia has demanded that Ukrainian forces withdraw from the parts of the Donbas they still hold.",
                  "European governments have promised a reassurance force once a ceasefire is in place.",
                  "Working groups on military and economic questions met for {count} hours, according to a US official.",
                  "The revised peace plan has been cut from 28 points to 20 after weeks of talks with Kyiv.",
                  "Prisoner exchanges have continued alongside the negotiations."],
        "quotes": ["We are closer than we have ever been", "Any deal must respect Ukraine's sovereignty",
                   "The territorial question is still open", "We are ready to discuss everything, but our position is well known"],
    },
    "greenland": {
        "people": [("Mette Frederiksen", "Danish Prime Minister"), ("Jens-Frederik Nielsen", "Greenland premier"),
                   ("Lars Løkke Rasmussen", "Danish foreign minister"), ("Mark Rutte", "NATO Secretary General"),
                   ("Vivian Motzfeldt", "Greenland foreign minister"), ("Donald Trump", "President")],
        "places": ["Nuuk", "Copenhagen", "Washington", "Ilulissat", "Brussels", "Sisimiut"],
        "heads": ["Greenland rejects US pressure as {person} visits {place}", "Denmark boosts Arctic defence spending",
                  "Greenland protesters march in {place}", "{person}: Greenland is not for sale",
                  "NATO steps up patrols near Greenland", "US and Denmark open talks on Greenland's future"],
        "facts": ["Greenland, an autonomous Danish territory, has been at the centre of a dispute since President Trump said the US must own it.",
                  "Denmark has promised more money for Arctic defence and more soldiers on the island.",
                  "Thousands of people marched in {place} carrying Greenlandic flags.",
                  "NATO allies have agreed to increase air and naval patrols in the North Atlantic and around Greenland.",
                  "Greenland's government says any decision about the island's future belongs to its people.",
                  "The Danish parliament debated the crisis for {count} hours.",
                  "Officials in Copenhagen said talks with Washington would continue at a technical level."],
        "quotes": ["Greenland is not for sale, and it is not for taking", "We will decide our own future",
                   "The Arctic is no longer a quiet corner of the world", "Our allies must respect our borders"],
    },
    "none": {
        "people": [("Sandra Kell", "café owner"), ("Ruth Adeyemi", "chief executive"), ("Lena Haugland", "manager"),
                   ("Tomás Iglesias", "astrophysicist"), ("Huw Thomas", "council leader"), ("Emeka Okafor", "striker")],
        "places": ["York", "Cardiff", "Leeds", "Lisbon", "Bristol", "Porto"],
        "heads": ["Flood warnings issued as rain hits {place}", "Council in {place} approves new tram line",
                  "Chipmaker beats forecasts on data-centre demand", "{person} scores late winner in cup tie",
                  "Astronomers find water vapour on rocky exoplanet", "Rail strike disrupts services around {place}"],
        "facts": ["Rail services around {place} were suspended for {count} hours.",
                  "The council voted {count} to 23 in favour of the plan after a long debate.",
                  "Revenue rose {count}% from a year earlier, above analysts' expectations.",
                  "The river peaked at just over five metres and several streets were flooded.",
                  "Researchers said further observations were planned for later this year.",
                  "Supporters celebrated in the streets of {place} until late at night."],
        "quotes": ["We had about twenty minutes to move everything upstairs", "This is the biggest investment in a generation",
                   "Demand continues to exceed supply", "The lads kept going to the end"],
    },
}
OUTLETS = [("Reuters", "wire"), ("The Westminster Ledger", "uk"), ("The Capitol Dispatch", "us"), ("Levant Observer", "plain"),
           ("Alpine Wire", "plain"), ("Nordic Herald", "plain"), ("Baltic Times Online", "plain"), (None, "blog")]
REPORTERS = ["Guy Hollis", "Zoë Lefèvre", "Mark Ellis", "Omar Haddad", "Hannah Becker", "Irina Volkova", "Mikkel Sørensen",
             "Sarah Klein", "Anna Kovalenko", "Peter Lindqvist", "Claire Fontaine", "Noura Al Mansoori", "Dan Whitlock"]
MENUS = ["News | Politics | World | Business | Opinion", "Home > World > Europe", "World", "Skip to main content"]
FOOTERS = ["© 2026 {outlet}. All rights reserved.", "Follow us on X and Facebook", "Share this article", "Advertisement",
           "Sign up for our morning newsletter", "Related Stories"]


def date_line(rng, d, style):
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    choice = rng.randrange(5)
    if choice == 0:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if choice == 1:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if choice == 2:
        return f"Published {rng.randrange(6, 22):02d}:{rng.randrange(60):02d} GMT, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if choice == 3:
        return d.isoformat() + f"T{rng.randrange(6, 22):02d}:30:00Z"
    return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def fill(rng, text, pool):
    person = rng.choice(pool["people"])[0]
    return text.format(person=person, place=rng.choice(pool["places"]), count=rng.randrange(3, 60))


def paragraph(rng, pool, d, thread):
    kind = rng.randrange(4)
    if kind == 0:  # a quote with its speaker
        name, role = rng.choice(pool["people"])
        quote = rng.choice(pool["quotes"])
        return f"“{quote},” {role} {name} said{rng.choice(['', ' on ' + WEEKDAYS[(d - timedelta(days=rng.randrange(1, 6))).weekday()]])}."
    if kind == 1:  # a dated event
        past = d - timedelta(days=rng.randrange(1, 6))
        when = rng.choice([f"on {WEEKDAYS[past.weekday()]}", f"on {MONTHS[past.month - 1]} {past.day}", "yesterday"])
        name = rng.choice(pool["people"])[0]
        fact = fill(rng, rng.choice(pool["facts"]), pool)
        return f"{name} met officials in {rng.choice(pool['places'])} {when}. {fact}"
    sentences = [fill(rng, rng.choice(pool["facts"]), pool) for _ in range(rng.randrange(2, 4))]
    return " ".join(sentences)


def article(rng, i):
    thread = rng.choice(["board-of-peace", "ukraine-peace-talks", "greenland", "none"])
    pool = THREADS[thread]
    d = START + timedelta(days=rng.randrange(DAYS))
    outlet, style = rng.choice(OUTLETS)
    reporter = rng.choice(REPORTERS)
    title = fill(rng, rng.choice(pool["heads"]), pool)
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(MENUS))
    if outlet and style != "wire" and rng.random() < 0.6:
        lines.append(outlet.upper() if rng.random() < 0.5 else outlet)
    lines.append(title)
    byline = rng.choice([f"By {reporter}", f"By {reporter} and {rng.choice(REPORTERS)}", f"{reporter} | Staff Writer",
                         f"Story by {reporter}", reporter])
    if style == "wire":
        byline = f"By {reporter}, Reuters"
    lines.append(byline)
    lines.append(date_line(rng, d, style))
    lines.append("")
    body = [paragraph(rng, pool, d, thread) for _ in range(rng.randrange(5, 10))]
    if style == "wire":
        body[0] = f"{rng.choice(pool['places']).upper()}, {MONTHS[d.month - 1][:3]} {d.day} (Reuters) - " + body[0]
    for k, p in enumerate(body):
        lines.append(p)
        lines.append("")
        if k == 1 and rng.random() < 0.3:
            lines.append(f"{rng.choice(pool['people'])[0]} in {rng.choice(pool['places'])}. (Photo: {rng.choice(REPORTERS)}/AFP)")
            lines.append("")
    for footer in rng.sample(FOOTERS, rng.randrange(1, 4)):
        lines.append(footer.format(outlet=outlet or "Example News"))
    return thread, d, title, body, "\n".join(lines) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(SEED)
    seeds = os.path.join(out, "seeds")
    pages = os.path.join(out, "hugo", "content", "articles")
    os.makedirs(seeds, exist_ok=True)
    os.makedirs(pages, exist_ok=True)
    previous = None
    for i in range(n):
        if previous and rng.random() < 0.02:   # a syndicated copy under other furniture
            thread, d, title, body, _ = previous
            text = "Most Popular\n" + title + "\nBy Guy Hollis, Reuters\n" + date_line(rng, d, "plain") + "\n\n" + "\n\n".join(body) + "\n\nCopyright 2026 Reuters.\n"
        else:
            previous = article(rng, i)
            thread, d, title, body, text = previous
        with open(os.path.join(seeds, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        tags = "[]" if thread == "none" else f'["{thread}"]'
        escaped = title.replace('"', '\\"')
        with open(os.path.join(pages, f"{i:06d}.md"), "w", encoding="utf-8") as f:
            f.write(f'---\ntitle: "{escaped}"\ndate: {d.isoformat()}\ntags: {tags}\n---\n\n' + "\n\n".join(body) + "\n")
    hugo = os.path.join(out, "hugo")
    layouts = os.path.join(hugo, "layouts", "_default")
    os.makedirs(layouts, exist_ok=True)
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write('baseURL = "https://example.org/"\ntitle = "Benchmark"\n[taxonomies]\ntag = "tags"\n')
    files = {
        "baseof.html": '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
                       '<body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
        "single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>'
                       '{{ .Content }}<p>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p></article>{{ end }}\n',
        "list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
    }
    for name, text in files.items():
        with open(os.path.join(layouts, name), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
