/// Word lists the entity finder leans on. They describe English news prose
/// in general (titles, organisation words, country names), not any article.
enum Lexicon {
    /// Words that introduce a person: "President Vladimir Putin", "spokesperson Dmitry Peskov".
    static let roles: Set<String> = [
        "president", "vice", "prime", "minister", "ministers", "secretary", "chancellor", "king", "queen", "prince",
        "pope", "general", "gen", "senator", "sen", "governor", "gov", "mayor", "ceo", "chairman", "chairwoman",
        "chair", "director", "ambassador", "envoy", "envoys", "spokesperson", "spokesman", "spokeswoman", "adviser",
        "advisor", "aide", "chief", "leader", "commander", "judge", "justice", "rep", "representative", "congressman",
        "congresswoman", "staffer", "official", "analyst", "professor", "dr", "mr", "mrs", "ms", "foreign", "defense",
        "defence", "special", "deputy", "former", "son-in-law", "daughter", "wife", "husband", "sheikh", "emir",
        "premier", "speaker", "negotiator", "diplomat", "lawmaker", "candidate", "presidential", "security",
        "national", "intelligence", "ally",
    ]
    /// Role words that can end a role phrase and sit right before the name.
    static let roleHeads: Set<String> = [
        "president", "minister", "ministers", "secretary", "chancellor", "king", "queen", "prince", "pope", "general",
        "senator", "governor", "mayor", "ceo", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy",
        "envoys", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "chief", "leader",
        "commander", "judge", "rep", "representative", "congressman", "congresswoman", "staffer", "official",
        "professor", "dr", "mr", "mrs", "ms", "son-in-law", "sheikh", "emir", "premier", "speaker", "negotiator",
        "diplomat", "lawmaker", "ally",
    ]
    /// Words that make a name an organisation's; `organisationNouns` are the
    /// common nouns among them, which alone ("the Board") name nothing.
    static let organisationWords: Set<String> = organisationNouns.union([
        "kremlin", "pentagon", "nato", "un", "eu", "gru", "fbi", "cia", "imf", "who", "opec", "hamas", "hezbollah",
        "bloomberg", "reuters",
    ])
    static let organisationNouns: Set<String> = [
        "board", "council", "forum", "house", "nations", "union", "ministry", "department", "agency", "party", "bank",
        "committee", "commission", "court", "parliament", "congress", "senate", "institute", "university",
        "independent", "times", "post", "group", "alliance", "organisation", "organization", "fund", "company",
        "corporation", "inc", "ltd", "army", "navy", "force", "forces", "office", "administration", "government",
        "news", "press", "media", "network", "foundation", "association", "federation", "authority", "service",
    ]
    static let places: Set<String> = [
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
        "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia", "canada", "chile",
        "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "egypt", "estonia", "ethiopia",
        "finland", "france", "georgia", "germany", "greece", "greenland", "hungary", "iceland", "india", "indonesia",
        "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
        "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "mexico", "moldova", "mongolia",
        "montenegro", "morocco", "netherlands", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
        "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "serbia",
        "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea", "north korea", "spain",
        "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "thailand", "tunisia", "turkey", "türkiye",
        "turkmenistan", "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "united states",
        "us", "u.s", "u.s.", "usa", "america", "uzbekistan", "venezuela", "vietnam", "yemen", "zimbabwe", "europe",
        "africa", "asia", "arctic", "middle east", "gaza", "gaza strip", "west bank", "crimea", "donbas", "donbass",
        "donetsk", "luhansk", "kherson", "zaporizhzhia", "moscow", "kyiv", "kiev", "washington", "london", "paris",
        "berlin", "brussels", "beijing", "tokyo", "davos", "abu dhabi", "dubai", "riyadh", "doha", "cairo",
        "jerusalem", "tel aviv", "ankara", "istanbul", "tehran", "minsk", "warsaw", "rome", "madrid", "geneva",
        "vienna", "nuuk", "copenhagen", "oslo", "stockholm", "helsinki", "new york", "beirut", "damascus", "baghdad",
        "kabul", "delhi", "new delhi", "ottawa", "budapest", "prague", "sochi", "alaska", "florida", "mar-a-lago",
        "odesa", "kharkiv", "lviv", "rafah", "khan younis",
    ]
    /// How a place of `places` (lower case) is written: each word
    /// capitalised, but for the few written otherwise.
    static func placeName(_ lower: String) -> String {
        if let written = placeSpellings[lower] { return written }
        return lower.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
    static let placeSpellings: [String: String] = ["mar-a-lago": "Mar-a-Lago"]

    /// Other spellings of a place, folded to one name so an entity page
    /// gathers them all ("U.S", "US", "USA" → United States).
    static let placeAliases: [String: String] = [
        "us": "United States", "u.s": "United States", "u.s.": "United States", "usa": "United States",
        "united states": "United States", "uae": "United Arab Emirates", "uk": "United Kingdom",
        "donbass": "Donbas", "kiev": "Kyiv", "türkiye": "Turkey", "gaza strip": "Gaza",
    ]
    /// Capitalised words that start sentences or name months and days: never names by themselves.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "as", "for", "but", "and", "or", "if", "yet", "so", "it", "its", "this",
        "that", "these", "those", "there", "their", "they", "he", "she", "his", "her", "we", "our", "i", "you",
        "after", "before", "while", "when", "where", "during", "since", "although", "however", "meanwhile",
        "according", "despite", "among", "amid", "with", "without", "from", "by", "to", "of", "not", "no", "now",
        "then", "both", "either", "all", "some", "many", "most", "one", "two", "three", "what", "who", "how", "why",
        "will", "would", "can", "could", "should", "is", "was", "are", "were", "be", "has", "have", "had", "do",
        "does", "did", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "declared", "declares", "asked", "asks", "added", "adds", "stated",
        "wrote", "writes", "warned", "warns", "argued", "argues", "insisted", "insists", "noted", "notes",
        "explained", "described", "describes", "hailed", "called", "calls", "tweeted", "posted", "declare",
        "remarked", "replied", "responded", "announced", "claimed", "claims", "urged", "stressed", "emphasized",
        "emphasised", "cautioned", "confirmed", "admitted", "acknowledged", "statement", "expressing", "praised",
    ]
}
