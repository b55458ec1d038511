/// One of Denmark's 98 municipalities: slug, official kommunekode, name, region and a rounded
/// population (about 2024; the generator needs realistic proportions, not census figures).
struct DanishMunicipality: Sendable, Hashable {
    let id: String
    let code: String
    let name: String
    let region: String
    let population: Int

    /// Small islands: one agent with little availability, as Læsø and Samsø in the bundled plan.
    var isScarce: Bool { population < 5_000 }
}

enum DanishMunicipalities {
    /// The thirty municipalities of Region Midtjylland and Region Nordjylland that share the bundled
    /// plan's hotline (the same figures as Fixtures/jutland-30).
    static let jutland: [DanishMunicipality] = [
        .init(id: "aarhus", code: "751", name: "Aarhus", region: "Midtjylland", population: 367_000),
        .init(id: "favrskov", code: "710", name: "Favrskov", region: "Midtjylland", population: 50_000),
        .init(id: "hedensted", code: "766", name: "Hedensted", region: "Midtjylland", population: 47_000),
        .init(id: "herning", code: "657", name: "Herning", region: "Midtjylland", population: 90_000),
        .init(id: "holstebro", code: "661", name: "Holstebro", region: "Midtjylland", population: 59_000),
        .init(id: "horsens", code: "615", name: "Horsens", region: "Midtjylland", population: 98_000),
        .init(id: "ikast-brande", code: "756", name: "Ikast-Brande", region: "Midtjylland", population: 42_000),
        .init(id: "lemvig", code: "665", name: "Lemvig", region: "Midtjylland", population: 19_500),
        .init(id: "norddjurs", code: "707", name: "Norddjurs", region: "Midtjylland", population: 37_000),
        .init(id: "odder", code: "727", name: "Odder", region: "Midtjylland", population: 23_500),
        .init(id: "randers", code: "730", name: "Randers", region: "Midtjylland", population: 100_000),
        .init(id: "ringkobing-skjern", code: "760", name: "Ringkøbing-Skjern", region: "Midtjylland", population: 56_000),
        .init(id: "samso", code: "741", name: "Samsø", region: "Midtjylland", population: 3_700),
        .init(id: "silkeborg", code: "740", name: "Silkeborg", region: "Midtjylland", population: 100_000),
        .init(id: "skanderborg", code: "746", name: "Skanderborg", region: "Midtjylland", population: 65_000),
        .init(id: "skive", code: "779", name: "Skive", region: "Midtjylland", population: 46_000),
        .init(id: "struer", code: "671", name: "Struer", region: "Midtjylland", population: 20_500),
        .init(id: "syddjurs", code: "706", name: "Syddjurs", region: "Midtjylland", population: 43_000),
        .init(id: "viborg", code: "791", name: "Viborg", region: "Midtjylland", population: 98_000),
        .init(id: "aalborg", code: "851", name: "Aalborg", region: "Nordjylland", population: 222_000),
        .init(id: "bronderslev", code: "810", name: "Brønderslev", region: "Nordjylland", population: 36_500),
        .init(id: "frederikshavn", code: "813", name: "Frederikshavn", region: "Nordjylland", population: 58_000),
        .init(id: "hjorring", code: "860", name: "Hjørring", region: "Nordjylland", population: 64_000),
        .init(id: "jammerbugt", code: "849", name: "Jammerbugt", region: "Nordjylland", population: 38_000),
        .init(id: "laeso", code: "825", name: "Læsø", region: "Nordjylland", population: 1_750),
        .init(id: "mariagerfjord", code: "846", name: "Mariagerfjord", region: "Nordjylland", population: 41_500),
        .init(id: "morso", code: "773", name: "Morsø", region: "Nordjylland", population: 20_000),
        .init(id: "rebild", code: "840", name: "Rebild", region: "Nordjylland", population: 30_500),
        .init(id: "thisted", code: "787", name: "Thisted", region: "Nordjylland", population: 43_500),
        .init(id: "vesthimmerland", code: "820", name: "Vesthimmerland", region: "Nordjylland", population: 36_500),
    ]

    /// The other 68: Hovedstaden, Sjælland and Syddanmark.
    static let rest: [DanishMunicipality] = [
        .init(id: "kobenhavn", code: "101", name: "København", region: "Hovedstaden", population: 660_000),
        .init(id: "frederiksberg", code: "147", name: "Frederiksberg", region: "Hovedstaden", population: 105_000),
        .init(id: "ballerup", code: "151", name: "Ballerup", region: "Hovedstaden", population: 52_000),
        .init(id: "brondby", code: "153", name: "Brøndby", region: "Hovedstaden", population: 39_000),
        .init(id: "dragor", code: "155", name: "Dragør", region: "Hovedstaden", population: 14_500),
        .init(id: "gentofte", code: "157", name: "Gentofte", region: "Hovedstaden", population: 75_000),
        .init(id: "gladsaxe", code: "159", name: "Gladsaxe", region: "Hovedstaden", population: 70_000),
        .init(id: "glostrup", code: "161", name: "Glostrup", region: "Hovedstaden", population: 24_000),
        .init(id: "herlev", code: "163", name: "Herlev", region: "Hovedstaden", population: 30_000),
        .init(id: "albertslund", code: "165", name: "Albertslund", region: "Hovedstaden", population: 28_000),
        .init(id: "hvidovre", code: "167", name: "Hvidovre", region: "Hovedstaden", population: 54_000),
        .init(id: "hoje-taastrup", code: "169", name: "Høje-Taastrup", region: "Hovedstaden", population: 58_000),
        .init(id: "lyngby-taarbaek", code: "173", name: "Lyngby-Taarbæk", region: "Hovedstaden", population: 57_000),
        .init(id: "rodovre", code: "175", name: "Rødovre", region: "Hovedstaden", population: 41_000),
        .init(id: "ishoj", code: "183", name: "Ishøj", region: "Hovedstaden", population: 24_000),
        .init(id: "taarnby", code: "185", name: "Tårnby", region: "Hovedstaden", population: 44_000),
        .init(id: "vallensbaek", code: "187", name: "Vallensbæk", region: "Hovedstaden", population: 17_000),
        .init(id: "fureso", code: "190", name: "Furesø", region: "Hovedstaden", population: 41_000),
        .init(id: "allerod", code: "201", name: "Allerød", region: "Hovedstaden", population: 26_000),
        .init(id: "fredensborg", code: "210", name: "Fredensborg", region: "Hovedstaden", population: 41_000),
        .init(id: "helsingor", code: "217", name: "Helsingør", region: "Hovedstaden", population: 64_000),
        .init(id: "hillerod", code: "219", name: "Hillerød", region: "Hovedstaden", population: 53_000),
        .init(id: "horsholm", code: "223", name: "Hørsholm", region: "Hovedstaden", population: 25_000),
        .init(id: "rudersdal", code: "230", name: "Rudersdal", region: "Hovedstaden", population: 57_000),
        .init(id: "egedal", code: "240", name: "Egedal", region: "Hovedstaden", population: 44_000),
        .init(id: "frederikssund", code: "250", name: "Frederikssund", region: "Hovedstaden", population: 46_000),
        .init(id: "halsnaes", code: "260", name: "Halsnæs", region: "Hovedstaden", population: 31_000),
        .init(id: "gribskov", code: "270", name: "Gribskov", region: "Hovedstaden", population: 42_000),
        .init(id: "bornholm", code: "400", name: "Bornholm", region: "Hovedstaden", population: 39_000),
        .init(id: "greve", code: "253", name: "Greve", region: "Sjælland", population: 51_000),
        .init(id: "koge", code: "259", name: "Køge", region: "Sjælland", population: 62_000),
        .init(id: "roskilde", code: "265", name: "Roskilde", region: "Sjælland", population: 91_000),
        .init(id: "solrod", code: "269", name: "Solrød", region: "Sjælland", population: 24_000),
        .init(id: "odsherred", code: "306", name: "Odsherred", region: "Sjælland", population: 33_000),
        .init(id: "holbaek", code: "316", name: "Holbæk", region: "Sjælland", population: 73_000),
        .init(id: "faxe", code: "320", name: "Faxe", region: "Sjælland", population: 38_000),
        .init(id: "kalundborg", code: "326", name: "Kalundborg", region: "Sjælland", population: 49_000),
        .init(id: "ringsted", code: "329", name: "Ringsted", region: "Sjælland", population: 36_000),
        .init(id: "slagelse", code: "330", name: "Slagelse", region: "Sjælland", population: 80_000),
        .init(id: "stevns", code: "336", name: "Stevns", region: "Sjælland", population: 23_000),
        .init(id: "soro", code: "340", name: "Sorø", region: "Sjælland", population: 30_000),
        .init(id: "lejre", code: "350", name: "Lejre", region: "Sjælland", population: 29_000),
        .init(id: "lolland", code: "360", name: "Lolland", region: "Sjælland", population: 40_000),
        .init(id: "naestved", code: "370", name: "Næstved", region: "Sjælland", population: 84_000),
        .init(id: "guldborgsund", code: "376", name: "Guldborgsund", region: "Sjælland", population: 60_000),
        .init(id: "vordingborg", code: "390", name: "Vordingborg", region: "Sjælland", population: 45_000),
        .init(id: "middelfart", code: "410", name: "Middelfart", region: "Syddanmark", population: 40_000),
        .init(id: "assens", code: "420", name: "Assens", region: "Syddanmark", population: 41_000),
        .init(id: "faaborg-midtfyn", code: "430", name: "Faaborg-Midtfyn", region: "Syddanmark", population: 52_000),
        .init(id: "kerteminde", code: "440", name: "Kerteminde", region: "Syddanmark", population: 24_000),
        .init(id: "nyborg", code: "450", name: "Nyborg", region: "Syddanmark", population: 32_000),
        .init(id: "odense", code: "461", name: "Odense", region: "Syddanmark", population: 210_000),
        .init(id: "svendborg", code: "479", name: "Svendborg", region: "Syddanmark", population: 59_000),
        .init(id: "nordfyns", code: "480", name: "Nordfyns", region: "Syddanmark", population: 30_000),
        .init(id: "langeland", code: "482", name: "Langeland", region: "Syddanmark", population: 12_000),
        .init(id: "aero", code: "492", name: "Ærø", region: "Syddanmark", population: 6_000),
        .init(id: "haderslev", code: "510", name: "Haderslev", region: "Syddanmark", population: 56_000),
        .init(id: "billund", code: "530", name: "Billund", region: "Syddanmark", population: 27_000),
        .init(id: "sonderborg", code: "540", name: "Sønderborg", region: "Syddanmark", population: 74_000),
        .init(id: "tonder", code: "550", name: "Tønder", region: "Syddanmark", population: 37_000),
        .init(id: "esbjerg", code: "561", name: "Esbjerg", region: "Syddanmark", population: 116_000),
        .init(id: "fano", code: "563", name: "Fanø", region: "Syddanmark", population: 3_500),
        .init(id: "varde", code: "573", name: "Varde", region: "Syddanmark", population: 50_000),
        .init(id: "vejen", code: "575", name: "Vejen", region: "Syddanmark", population: 43_000),
        .init(id: "aabenraa", code: "580", name: "Aabenraa", region: "Syddanmark", population: 59_000),
        .init(id: "fredericia", code: "607", name: "Fredericia", region: "Syddanmark", population: 52_000),
        .init(id: "kolding", code: "621", name: "Kolding", region: "Syddanmark", population: 95_000),
        .init(id: "vejle", code: "630", name: "Vejle", region: "Syddanmark", population: 121_000),
    ]

    static var all: [DanishMunicipality] { jutland + rest }

    /// `count` municipalities (1 … 98), sorted by id: a seeded pick from the thirty Jutland ones of the
    /// bundled plan while they suffice, then all thirty plus a seeded pick from the rest of Denmark.
    static func pick(_ count: Int, random: inout SeededRandom) -> [DanishMunicipality] {
        let chosen = count <= jutland.count
            ? random.sample(jutland, count: count)
            : jutland + random.sample(rest, count: count - jutland.count)
        return chosen.sorted { $0.id < $1.id }
    }
}
